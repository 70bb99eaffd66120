package io.govshare.benchmarks;

import io.govshare.app.catalog.search.CatalogSearchIndex;
import io.govshare.app.catalog.search.IndexedEntry;
import io.govshare.app.catalog.search.SearchQuery;
import io.govshare.app.catalog.search.SearchResult;
import io.govshare.app.catalog.search.Visibility;
import io.govshare.catalog.CatalogEntry;
import io.govshare.catalog.json.CatalogJson;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import java.util.zip.CRC32;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * In-process latency of catalog searches over a generated city catalog of 100,000 entries, on disk as in the
 * platform. Target: keyword + two facet filters, all facets counted, page size 20 — p95 ≤ 2 ms.
 * <p>
 * The index is built once under {@code govshare.bench.dir} (default: the temp directory) and reused by later
 * forks and runs as long as the indexing and generator classes are unchanged.
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
@State(Scope.Benchmark)
public class CatalogSearchBenchmark {

    @Param("100000")
    int entries;

    private CatalogSearchIndex index;
    private SearchQuery keywordAndTwoFacets;
    private SearchQuery keywordOnly;
    private SearchQuery firstPageOfEverything;
    private SearchQuery resourceCode;

    @Setup(Level.Trial)
    public void openIndex() {
        CatalogGenerator generator = new CatalogGenerator();
        Path directory = Path.of(System.getProperty("govshare.bench.dir", System.getProperty("java.io.tmpdir")))
                .resolve("govshare-bench").resolve("catalog-index-" + entries + "-" + buildFingerprint());
        index = CatalogSearchIndex.open(directory);
        if (!matchesGenerator(generator)) {
            long start = System.nanoTime();
            Iterator<IndexedEntry> all = IntStream.range(0, entries)
                    .mapToObj(i -> new IndexedEntry(generator.entry(i), i + 1L)).iterator();
            index.rebuild(all, entries);
            System.out.printf("indexed %,d entries in %.1f s%n", entries, (System.nanoTime() - start) / 1e9);
            // measure the index as a restarted platform finds it, not with merges still running in the background
            index.close();
            index = CatalogSearchIndex.open(directory);
            System.gc();
        }
        keywordAndTwoFacets = new SearchQuery("人口", Map.of("kind", "BASE", "shareType", "CONDITIONAL"),
                Visibility.publishedOnly(), 1, 20);
        keywordOnly = new SearchQuery("人口", Map.of(), Visibility.all(), 1, 20);
        firstPageOfEverything = new SearchQuery("", Map.of(), Visibility.publishedOnly(), 1, 20);
        resourceCode = new SearchQuery(generator.entry(entries / 2).code().value(), Map.of(), Visibility.all(), 1, 20);
    }

    /**
     * Changes to the index layout or to the generator must not be measured against an index built before them:
     * the directory name carries a checksum of the classes that decide what is indexed.
     */
    private static String buildFingerprint() {
        CRC32 crc = new CRC32();
        for (Class<?> type : List.of(CatalogSearchIndex.class, CatalogGenerator.class)) {
            for (String name : List.of(type.getSimpleName(), "CatalogDocuments", "CatalogVocabulary")) {
                try (InputStream in = type.getResourceAsStream(name + ".class")) {
                    if (in != null) {
                        crc.update(in.readAllBytes());
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
        return Long.toHexString(crc.getValue());
    }

    /** The index is current if it holds as many entries as asked and samples of them equal the generator's. */
    private boolean matchesGenerator(CatalogGenerator generator) {
        if (index.count() != entries || index.committedChangeSeq() != entries) {
            return false;
        }
        for (int i : List.of(0, entries / 2, entries - 1)) {
            CatalogEntry expected = generator.entry(i);
            SearchResult found = index.search(SearchQuery.of(expected.code().value(), Visibility.all()));
            if (found.items().isEmpty() || !found.items().get(0).json().equals(CatalogJson.write(expected))) {
                return false;
            }
        }
        return true;
    }

    @TearDown(Level.Trial)
    public void closeIndex() {
        index.close();
    }

    /** The target: q=人口&kind=BASE&shareType=CONDITIONAL as a consumer, with every facet counted. */
    @Benchmark
    public SearchResult keywordAndTwoFacets() {
        return index.search(keywordAndTwoFacets);
    }

    /** The widest keyword search: every 人口 entry in every status. */
    @Benchmark
    public SearchResult keywordOnly() {
        return index.search(keywordOnly);
    }

    /** The portal's landing list: everything published, in code order. */
    @Benchmark
    public SearchResult firstPageOfEverything() {
        return index.search(firstPageOfEverything);
    }

    @Benchmark
    public SearchResult resourceCode() {
        return index.search(resourceCode);
    }
}
