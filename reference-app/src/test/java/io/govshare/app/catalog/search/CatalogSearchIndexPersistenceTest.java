package io.govshare.app.catalog.search;

import static io.govshare.app.catalog.search.TestEntries.entry;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.govshare.catalog.CatalogStatus;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CatalogSearchIndexPersistenceTest {

    @TempDir
    Path dataDir;

    @Test
    void startsEmptyInANewDirectory() {
        try (CatalogSearchIndex index = CatalogSearchIndex.open(dataDir.resolve("search/catalog"))) {
            assertEquals(0, index.count());
            assertEquals(0, index.committedChangeSeq());
            SearchResult result = index.search(SearchQuery.of("人口", Visibility.all()));
            assertEquals(0, result.total());
            assertEquals(SearchQuery.FACET_DIMENSIONS, List.copyOf(result.facets().keySet()));
            assertEquals(Map.of(), result.facets().get("kind"));
        }
    }

    @Test
    void reopeningKeepsCommittedChangeSeqAndEntries() {
        try (CatalogSearchIndex index = CatalogSearchIndex.open(dataDir)) {
            index.upsert(entry("101001/000001").name("户籍人口基本信息").indexed(41));
            index.upsert(entry("101001/000002").name("流动人口登记信息").status(CatalogStatus.DRAFT).indexed(42));
            index.commit(42);
        }
        try (CatalogSearchIndex index = CatalogSearchIndex.open(dataDir)) {
            assertEquals(42, index.committedChangeSeq());
            assertEquals(2, index.count());
            SearchResult result = index.search(SearchQuery.of("人口", Visibility.publishedOnly()));
            assertEquals(List.of("101001/000001"), result.items().stream().map(SearchResult.Hit::code).toList());
        }
    }

    @Test
    void closingDropsChangesThatWereNotCommitted() {
        try (CatalogSearchIndex index = CatalogSearchIndex.open(dataDir)) {
            index.upsert(entry("101001/000001").indexed(1));
            index.commit(1);
            index.upsert(entry("101001/000002").indexed(2));
        }
        try (CatalogSearchIndex index = CatalogSearchIndex.open(dataDir)) {
            assertEquals(1, index.committedChangeSeq());
            assertEquals(1, index.count(), "change 2 must be replayed from the database, and will be");
        }
    }

    @Test
    void refusesWorkAfterClose() {
        CatalogSearchIndex index = CatalogSearchIndex.open(dataDir);
        index.close();
        index.close();
        IllegalStateException failure = assertThrows(IllegalStateException.class,
                () -> index.search(SearchQuery.of("", Visibility.all())));
        assertEquals("the catalog search index is closed", failure.getMessage());
    }
}
