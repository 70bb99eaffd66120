package io.govshare.app.exchange;

import java.util.Optional;
import java.util.Set;

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

    /** The entry with {@code code} if it exists and is exchangeable. */
    @Transactional
    public Optional<CatalogEntry> exchangeable(String code) {
        return catalog.find(code)
                .filter(row -> EXCHANGEABLE.contains(row.status()))
                .map(CatalogResourceRow::document)
                .map(document -> CatalogJson.read(document).entry());
    }
}
