package io.govshare.app.catalog;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import io.govshare.app.catalog.search.SearchQuery;
import io.govshare.app.catalog.search.SearchResult;
import io.govshare.catalog.CatalogEntry;
import io.govshare.catalog.json.CatalogJson;

/**
 * The {@link CatalogLookup} port. Every packet asks for its resource's entry, so parsed documents are kept until
 * the row changes: every change of a catalog row takes a new change number, so a kept entry is never older than
 * the row read in the caller's transaction.
 */
@ApplicationScoped
class CatalogDirectory implements CatalogLookup {

    /** Parsed entries by code, with the change number they were parsed at; bounded, cleared when full. */
    private static final int PARSED_LIMIT = 1_000;
    private final ConcurrentMap<String, Parsed> parsed = new ConcurrentHashMap<>();

    private record Parsed(long changeSeq, CatalogEntry entry) {
    }

    @Inject
    CatalogRepository repository;

    @Inject
    CatalogIndexer indexer;

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<CatalogRecord> find(String code) {
        if (code == null) {
            return Optional.empty();
        }
        return repository.find(code).map(this::recordOf);
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<CatalogRecord> page(String afterCode, int size) {
        return repository.page(afterCode, size).stream().map(this::recordOf).toList();
    }

    @Override
    public SearchResult search(SearchQuery query) {
        return indexer.search(query);
    }

    private CatalogRecord recordOf(CatalogResourceRow row) {
        return new CatalogRecord(row.code(), row.status(), row.version(), row.changeSeq(), row.providerCode(),
                row.providerName(), entryOf(row));
    }

    private CatalogEntry entryOf(CatalogResourceRow row) {
        Parsed kept = parsed.get(row.code());
        if (kept != null && kept.changeSeq() == row.changeSeq()) {
            return kept.entry();
        }
        CatalogEntry entry = CatalogJson.read(row.document()).entry();
        if (parsed.size() >= PARSED_LIMIT) {
            parsed.clear();
        }
        parsed.put(row.code(), new Parsed(row.changeSeq(), entry));
        return entry;
    }
}
