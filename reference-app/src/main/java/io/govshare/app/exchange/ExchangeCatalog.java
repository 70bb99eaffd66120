package io.govshare.app.exchange;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import io.govshare.app.catalog.CatalogLookup;
import io.govshare.catalog.CatalogEntry;

/**
 * The catalog as the exchange sees it: data flows only for resources that have passed review (REGISTERED or
 * PUBLISHED); drafts, rejected and retired entries carry no exchange.
 */
@ApplicationScoped
public class ExchangeCatalog {

    @Inject
    CatalogLookup catalog;

    /** The entry with {@code code} if it exists and is exchangeable. */
    @Transactional
    public Optional<CatalogEntry> exchangeable(String code) {
        return catalog.find(code)
                .filter(CatalogLookup.CatalogRecord::exchangeable)
                .map(CatalogLookup.CatalogRecord::entry);
    }
}
