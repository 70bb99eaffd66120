package io.govshare.app.catalog;

import java.util.List;
import java.util.Optional;

import io.govshare.app.catalog.search.SearchQuery;
import io.govshare.app.catalog.search.SearchResult;
import io.govshare.catalog.CatalogEntry;
import io.govshare.catalog.CatalogStatus;

/**
 * The catalog feature's published port: what other features (exchange, sharing, open data, maps) may ask of the
 * catalog. They get parsed {@link CatalogEntry} values with their status and provider, never the catalog's rows
 * or repository, so the catalog tables stay the catalog's own.
 */
public interface CatalogLookup {

    /** The entry with this resource code in any status, or empty. Joins the caller's transaction if there is one. */
    Optional<CatalogRecord> find(String code);

    /** Up to {@code size} entries after {@code afterCode} (null: from the start), in code order. */
    List<CatalogRecord> page(String afterCode, int size);

    /** The search index: Chinese full-text search with facets, filtered by the query's visibility. */
    SearchResult search(SearchQuery query);

    /**
     * A catalog entry as other features see it.
     *
     * @param changeSeq the catalog change number of the entry's last change: a newer one means the entry changed
     */
    record CatalogRecord(String code, CatalogStatus status, int version, long changeSeq, String providerCode,
                         String providerName, CatalogEntry entry) {

        /** Whether data may flow for it: it passed review (REGISTERED) or is published. */
        public boolean exchangeable() {
            return status == CatalogStatus.REGISTERED || status == CatalogStatus.PUBLISHED;
        }

        public boolean published() {
            return status == CatalogStatus.PUBLISHED;
        }
    }
}
