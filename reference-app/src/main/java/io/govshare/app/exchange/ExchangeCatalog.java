package io.govshare.app.exchange;

import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import io.govshare.app.catalog.CatalogRepository;
import io.govshare.app.catalog.CatalogResourceRow;
import io.govshare.catalog.CatalogEntry;
import io.govshare.catalog.CatalogStatus;
import io.govshare.catalog.json.CatalogJson;

/**
 * The catalog as the exchange sees it: data flows only for resources that have passed review (REGISTERED or
 * PUBLISHED); drafts, rejected and retired entries carry no exchange.
 */
@ApplicationScoped
public class ExchangeCatalog {

    static final Set<CatalogStatus> EXCHANGEABLE = Set.of(CatalogStatus.REGISTERED, CatalogStatus.PUBLISHED);

    @Inject
    CatalogRepository catalog;

    /** Parsed entries by code, with the change sequence they were parsed at; bounded, cleared when full. */
    private static final int PARSED_LIMIT = 1_000;
    private final ConcurrentMap<String, Parsed> parsed = new ConcurrentHashMap<>();

    private record Parsed(long changeSeq, CatalogEntry entry) {
    }

    /**
     * The entry with {@code code} if it exists and is exchangeable. Every packet asks for its resource's entry,
     * so the parsed document is kept until the row changes: every change of a catalog row takes a new change
     * sequence, so a kept entry is never older than the row read in this transaction.
     */
    @Transactional
    public Optional<CatalogEntry> exchangeable(String code) {
        return catalog.find(code)
                .filter(row -> EXCHANGEABLE.contains(row.status()))
                .map(this::entryOf);
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
