package io.govshare.app.catalog.search;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One page of matching entries, the number of all matching entries the caller may see, and facet counts.
 *
 * @param total  matching, visible entries on all pages
 * @param items  the requested page; empty when the page lies beyond the end
 * @param facets dimension → value → count over the same entries as {@code total}, so each dimension's counts
 *               add up to {@code total}; dimensions in {@link SearchQuery#FACET_DIMENSIONS} order, values by
 *               count descending (then by value)
 */
public record SearchResult(long total, List<Hit> items, Map<String, Map<String, Long>> facets) {

    public SearchResult {
        items = List.copyOf(items);
        Map<String, Map<String, Long>> ordered = new LinkedHashMap<>();
        facets.forEach((dimension, counts) ->
                ordered.put(dimension, Collections.unmodifiableMap(new LinkedHashMap<>(counts))));
        facets = Collections.unmodifiableMap(ordered);
    }

    /**
     * @param json  the entry as contract JSON, ready to be returned
     * @param score relevance; 0 when the query had no text and results are in code order
     */
    public record Hit(String code, String json, float score) {
    }
}
