package io.govshare.app.opendata;

import io.govshare.app.catalog.CatalogLookup;
import io.govshare.app.catalog.search.SearchQuery;
import io.govshare.app.catalog.search.SearchResult;
import io.govshare.app.catalog.search.Visibility;
import io.govshare.app.platform.domain.NotFound;
import io.govshare.catalog.CatalogEntry;
import io.govshare.catalog.CatalogStatus;
import io.govshare.catalog.OpenType;
import io.govshare.catalog.json.CatalogJson;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The open catalog: published catalog entries whose 开放属性 is 无条件开放 or 有条件开放. Entries that are not
 * open are invisible here — asking for one is a 404, exactly as for a code that does not exist.
 */
@ApplicationScoped
public class OpenCatalog {

    @Inject
    CatalogLookup catalog;

    /** The open entry with this open-data id, or empty. */
    @Transactional
    public Optional<CatalogEntry> find(String datasetId) {
        String code = OpenDatasetId.toResourceCode(datasetId);
        if (code == null) {
            return Optional.empty();
        }
        return catalog.find(code)
                .filter(CatalogLookup.CatalogRecord::published)
                .map(CatalogLookup.CatalogRecord::entry)
                .filter(OpenCatalog::isOpen);
    }

    /** Like {@link #find}, or a 404 problem naming the id. */
    public CatalogEntry require(String datasetId) {
        return find(datasetId).orElseThrow(() -> new NotFound(
                "No open dataset with id '" + datasetId + "' (ids are resource codes with '-' for '/')"));
    }

    public SearchResult search(String text, int page, int size) {
        return catalog.search(new SearchQuery(text, Map.of(), Visibility.openData(), page, size));
    }

    /** Every open entry in code order (the catalog exports and harvesters list them all). */
    public List<CatalogEntry> all() {
        List<CatalogEntry> entries = new ArrayList<>();
        for (int page = 1; ; page++) {
            SearchResult result = search("", page, SearchQuery.MAX_SIZE);
            result.items().forEach(hit -> entries.add(CatalogJson.read(hit.json()).entry()));
            if ((long) page * SearchQuery.MAX_SIZE >= result.total()) {
                return entries;
            }
        }
    }

    static boolean isOpen(CatalogEntry entry) {
        return entry.open() != null
                && (entry.open().type() == OpenType.UNCONDITIONAL || entry.open().type() == OpenType.CONDITIONAL);
    }
}
