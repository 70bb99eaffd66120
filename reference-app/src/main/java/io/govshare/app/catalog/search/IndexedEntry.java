package io.govshare.app.catalog.search;

import io.govshare.catalog.CatalogEntry;
import java.util.Objects;

/**
 * A catalog entry as the search index receives it: the current document plus the {@code changeSeq} of the saved
 * change that produced it, so the index can record how far it has caught up with the database.
 * <p>
 * Indexed: code, status, name, summary, data-item names, systemName, provider code and name, kind, share type,
 * open type, format type, update cycle and classification code. The whole entry is stored as contract JSON, so
 * search results need no database round trip.
 *
 * @param changeSeq the database's monotonically increasing sequence number of the change, 0 or more
 */
public record IndexedEntry(CatalogEntry entry, long changeSeq) {

    public IndexedEntry {
        Objects.requireNonNull(entry, "entry");
        if (entry.code() == null) {
            throw new IllegalArgumentException("entry.code must be assigned before the entry is indexed");
        }
        if (changeSeq < 0) {
            throw new IllegalArgumentException("changeSeq must be 0 or more, got " + changeSeq);
        }
    }

    public String code() {
        return entry.code().value();
    }
}
