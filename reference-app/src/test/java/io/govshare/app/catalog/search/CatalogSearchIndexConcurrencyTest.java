package io.govshare.app.catalog.search;

import static io.govshare.app.catalog.search.TestEntries.entry;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class CatalogSearchIndexConcurrencyTest {

    private static final int SEARCHES = 100;
    private static final int WRITES = 200;

    @Test
    void hundredConcurrentSearchesWhileWritingSeeConsistentResults() throws Exception {
        try (CatalogSearchIndex index = CatalogSearchIndex.inMemory()) {
            for (int i = 1; i <= 50; i++) {
                index.upsert(entry(String.format("101001/%06d", i)).name("户籍人口基本信息" + i).indexed(i));
            }
            index.commit(50);

            ExecutorService pool = Executors.newFixedThreadPool(8);
            try {
                Future<?> writer = pool.submit(() -> {
                    for (int i = 51; i <= 50 + WRITES; i++) {
                        index.upsert(entry(String.format("102001/%06d", i)).name("企业法人登记信息" + i).indexed(i));
                        if (i % 10 == 0) {
                            index.commit(i);
                        }
                    }
                    index.commit(50 + WRITES);
                    return null;
                });
                List<Future<SearchResult>> searches = new ArrayList<>();
                for (int i = 0; i < SEARCHES; i++) {
                    String text = i % 2 == 0 ? "人口" : "";
                    searches.add(pool.submit(() ->
                            index.search(new SearchQuery(text, Map.of(), Visibility.all(), 1, 10))));
                }
                for (int i = 0; i < SEARCHES; i++) {
                    SearchResult result = searches.get(i).get(30, TimeUnit.SECONDS);
                    long kindTotal = result.facets().get("kind").values().stream().mapToLong(Long::longValue).sum();
                    assertEquals(result.total(), kindTotal, "facets and total come from one snapshot");
                    if (i % 2 == 0) {
                        assertEquals(50, result.total(), "the writer adds no 人口 entries");
                    } else {
                        assertTrue(result.total() >= 50 && result.total() <= 50 + WRITES, "total " + result.total());
                    }
                }
                writer.get(30, TimeUnit.SECONDS);
            } finally {
                pool.shutdown();
            }
            assertEquals(50 + WRITES, index.count());
            assertEquals(50 + WRITES, index.committedChangeSeq());
        }
    }
}
