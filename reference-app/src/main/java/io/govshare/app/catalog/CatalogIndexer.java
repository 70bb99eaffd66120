package io.govshare.app.catalog;

import io.govshare.app.catalog.search.CatalogSearchIndex;
import io.govshare.app.catalog.search.IndexedEntry;
import io.govshare.app.catalog.search.SearchQuery;
import io.govshare.app.catalog.search.SearchResult;
import io.govshare.app.platform.DatabaseReady;
import io.govshare.app.platform.PlatformConfig;
import io.govshare.app.platform.outbox.EventObserver;
import io.govshare.app.platform.outbox.OutboxEvent;
import io.govshare.catalog.CatalogEntry;
import io.govshare.catalog.json.CatalogJson;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Keeps the Lucene catalog index in step with the database. Changes reach the index from the outbox, after their
 * transaction committed (this is an instance observer: every platform instance keeps its own index); at start the
 * index is compared entry by entry (code and change number) with the database and whatever differs — changes a
 * crash kept from the index, a deleted or copied index folder — is indexed again.
 */
@ApplicationScoped
public class CatalogIndexer implements EventObserver {

    private static final Logger LOG = Logger.getLogger(CatalogIndexer.class.getName());
    private static final int PAGE = 1000;

    @Inject
    PlatformConfig config;
    @Inject
    CatalogRepository repository;

    private volatile CatalogSearchIndex index;

    public SearchResult search(SearchQuery query) {
        return index().search(query);
    }

    @Override
    public String name() {
        return "catalog.search-index";
    }

    /** Each instance keeps its own index folder, so every instance applies every change. */
    @Override
    public Scope scope() {
        return Scope.INSTANCE;
    }

    @Override
    public Set<String> eventTypes() {
        return CatalogEvents.ALL;
    }

    @Override
    public void on(OutboxEvent event) {
        onAll(List.of(event));
    }

    /**
     * Indexes the entries as the events carry them, with one index commit for the lot (a bulk import is one
     * round). Events come in commit order per entry, so the last one of an entry leaves its current state.
     */
    @Override
    public void onAll(List<OutboxEvent> events) {
        // catalog writes are serialised, so changes reach the index in change order: what is at or below the last
        // committed change number is there already (after a start's reconcile, the replayed events all are)
        long committed = index().committedChangeSeq();
        long highest = 0;
        for (OutboxEvent event : events) {
            long changeSeq = event.payload().getJsonNumber("changeSeq").longValue();
            if (changeSeq <= committed) {
                continue;
            }
            CatalogEntry entry = CatalogJson.read(event.payload().getJsonObject("entry").toString()).entry();
            index().upsert(new IndexedEntry(entry, changeSeq));
            highest = Math.max(highest, changeSeq);
        }
        if (highest > 0) {
            index().commit(highest);
        }
    }

    /** Runs at start, after the database is migrated and the demo catalog seeded. */
    void reconcile(@Observes @Priority(DatabaseReady.RECONCILE_SEARCH_INDEX) DatabaseReady ready) {
        ReconcileResult result = reconcile();
        LOG.info("Catalog search index checked against the database: " + result);
    }

    /** Brings the index in line with the database; safe to call at any time. */
    public synchronized ReconcileResult reconcile() {
        Map<String, Long> inDatabase = repository.changeSeqByCode();
        Map<String, Long> inIndex = index().changeSeqByCode();
        Set<String> stale = new HashSet<>();
        inDatabase.forEach((code, seq) -> {
            if (!seq.equals(inIndex.get(code))) {
                stale.add(code);
            }
        });
        List<String> orphans = inIndex.keySet().stream().filter(code -> !inDatabase.containsKey(code)).toList();
        long lastChange = repository.lastChangeSeq();
        if (stale.isEmpty() && orphans.isEmpty()) {
            if (index().committedChangeSeq() != lastChange) {
                index().commit(lastChange);
            }
            return new ReconcileResult(inDatabase.size(), 0, 0);
        }
        orphans.forEach(index()::delete);
        String after = null;
        List<IndexedEntry> batch = new ArrayList<>();
        while (true) {
            List<CatalogResourceRow> rows = repository.page(after, PAGE);
            if (rows.isEmpty()) {
                break;
            }
            for (CatalogResourceRow row : rows) {
                if (stale.contains(row.code())) {
                    batch.add(new IndexedEntry(CatalogJson.read(row.document()).entry(), row.changeSeq()));
                }
            }
            batch.forEach(index()::upsert);
            batch.clear();
            after = rows.get(rows.size() - 1).code();
        }
        index().commit(lastChange);
        return new ReconcileResult(inDatabase.size(), stale.size(), orphans.size());
    }

    public record ReconcileResult(int entries, int reindexed, int removed) {
    }

    private CatalogSearchIndex index() {
        CatalogSearchIndex current = index;
        if (current == null) {
            synchronized (this) {
                if (index == null) {
                    Path directory = config.dataDir().resolve("search").resolve("catalog");
                    index = CatalogSearchIndex.open(directory);
                }
                current = index;
            }
        }
        return current;
    }

    @PreDestroy
    void close() {
        if (index != null) {
            try {
                index.close();
            } catch (Exception e) {
                LOG.log(Level.WARNING, "Closing the catalog search index failed", e);
            }
        }
    }
}
