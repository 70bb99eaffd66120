package io.govshare.app.catalog;

import io.govshare.catalog.CatalogEntry;

/** An entry as saved: the entry, its JSON document, and the change number of the save. */
public record StoredEntry(CatalogEntry entry, String document, long changeSeq) {
}
