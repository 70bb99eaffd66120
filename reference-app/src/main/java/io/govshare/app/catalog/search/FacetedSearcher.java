package io.govshare.app.catalog.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherFactory;

/**
 * A searcher that also counts the catalog's facets. The facet ordinals of its reader are prepared once, when a
 * refresh opens the searcher, rather than on every search.
 */
final class FacetedSearcher extends IndexSearcher {

    static final SearcherFactory FACTORY = new SearcherFactory() {
        @Override
        public IndexSearcher newSearcher(IndexReader reader, IndexReader previousReader) throws IOException {
            return new FacetedSearcher(reader);
        }
    };

    /** Null while the index holds no document yet. */
    private final SortedSetDocValuesReaderState facetState;

    private FacetedSearcher(IndexReader reader) throws IOException {
        super(reader);
        this.facetState = hasFacets(reader) ? new DefaultSortedSetDocValuesReaderState(reader, CatalogDocuments.FACETS) : null;
    }

    private static boolean hasFacets(IndexReader reader) {
        return reader.leaves().stream().anyMatch(leaf ->
                leaf.reader().getFieldInfos().fieldInfo(FacetsConfig.DEFAULT_INDEX_FIELD_NAME) != null);
    }

    /** Dimension → value → count over {@code matching}, every dimension present, values by count descending. */
    Map<String, Map<String, Long>> countFacets(FacetsCollector matching) throws IOException {
        SortedSetDocValuesFacetCounts counts =
                facetState == null ? null : new SortedSetDocValuesFacetCounts(facetState, matching);
        Map<String, Map<String, Long>> facets = new LinkedHashMap<>();
        for (String dimension : SearchQuery.FACET_DIMENSIONS) {
            Map<String, Long> values = new LinkedHashMap<>();
            FacetResult result = counts == null || facetState.getOrdRange(dimension) == null
                    ? null : counts.getAllChildren(dimension);
            if (result != null) {
                List<LabelAndValue> sorted = new ArrayList<>(List.of(result.labelValues));
                sorted.sort(Comparator.comparingLong((LabelAndValue lv) -> lv.value.longValue()).reversed()
                        .thenComparing(lv -> lv.label));
                sorted.forEach(lv -> values.put(lv.label, lv.value.longValue()));
            }
            facets.put(dimension, values);
        }
        return facets;
    }
}
