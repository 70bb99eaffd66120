package io.govshare.benchmarks;

import io.govshare.catalog.CatalogEntry;
import io.govshare.catalog.CatalogStatus;
import io.govshare.catalog.Provider;
import io.govshare.catalog.json.CatalogJson;
import jakarta.json.JsonObject;
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
import org.openjdk.jmh.annotations.Warmup;

import java.io.IOException;
import java.io.InputStream;
import java.net.HttpURLConnection;
import java.net.URL;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * Latency of the catalog list API over HTTP — {@code GET /api/v1/catalog/resources} with a keyword and two facet
 * filters, as a consumer, page size 20, every facet counted — against a running platform holding 100,000
 * generated entries besides the demo city. Target: p95 ≤ 10 ms on the 2-core machine.
 * <p>
 * Start the platform first (see BENCHMARKS.md). The first run imports the generated entries through the bulk
 * import API as the administrator, in chunks, with their generated statuses (SUBMITTED, REJECTED and RETIRED
 * arrive as DRAFT, the import's only other choices being REGISTERED and PUBLISHED); later runs find them there.
 * Providers are mapped onto the demo city's registered departments, since the platform only accepts entries of
 * registered departments.
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms512m", "-Xmx1g"})
@State(Scope.Benchmark)
public class CatalogHttpSearchBenchmark {

    private static final int CHUNK = 10_000;

    @Param("http://localhost:9080/")
    String platform;

    @Param("100000")
    int entries;

    private URL keywordAndTwoFacets;
    private URL keywordOnly;
    private String consumer;

    @Setup(Level.Trial)
    public void loadCatalog() throws Exception {
        PlatformClient client = new PlatformClient(URI.create(platform));
        String admin = client.token("admin", "admin123");
        Map<CatalogStatus, List<CatalogEntry>> generated = generatedByStatus(entries);
        if (!alreadyImported(client, admin, generated)) {
            importGenerated(client, admin, generated);
        }
        consumer = client.token("consumer", "consumer123");
        String query = "api/v1/catalog/resources?q=" + URLEncoder.encode("人口", StandardCharsets.UTF_8);
        keywordAndTwoFacets = client.base().resolve(query + "&kind=BASE&shareType=CONDITIONAL&size=20").toURL();
        keywordOnly = client.base().resolve(query + "&size=20").toURL();
        System.out.println("keyword + two facets over HTTP: " + send(keywordAndTwoFacets) + " bytes");
    }

    @Benchmark
    public int keywordAndTwoFacets() throws IOException {
        return send(keywordAndTwoFacets);
    }

    @Benchmark
    public int keywordOnly() throws IOException {
        return send(keywordOnly);
    }

    /**
     * One search on a kept-alive connection. The blocking HttpURLConnection is used here, not java.net.http:
     * on this 2-core machine the latter's selector-thread hand-offs added about 3 ms to the median and most of
     * the tail of every call (compared with wrk on the same URL), which would measure the client, not the platform.
     */
    private int send(URL url) throws IOException {
        HttpURLConnection connection = (HttpURLConnection) url.openConnection();
        connection.setRequestProperty("Authorization", "Bearer " + consumer);
        int status = connection.getResponseCode();
        try (InputStream body = status == 200 ? connection.getInputStream() : connection.getErrorStream()) {
            byte[] bytes = body.readAllBytes();
            if (status != 200) {
                throw new IllegalStateException("search answered " + status + ": "
                        + new String(bytes, StandardCharsets.UTF_8));
            }
            return bytes.length;
        }
    }

    /** Imports run in a fixed order, so the last entry of the last chunk being there means all of them are. */
    private static boolean alreadyImported(PlatformClient client, String admin,
                                           Map<CatalogStatus, List<CatalogEntry>> generated)
            throws IOException, InterruptedException {
        List<CatalogEntry> lastGroup = new ArrayList<>(generated.values()).get(generated.size() - 1);
        String lastName = PlatformClient.benchmarkName(lastGroup.get(lastGroup.size() - 1));
        JsonObject found = client.get(admin, "api/v1/catalog/resources?size=1&q="
                + URLEncoder.encode(lastName, StandardCharsets.UTF_8)).asJsonObject();
        return found.getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .anyMatch(item -> item.getString("name").equals(lastName));
    }

    private static Map<CatalogStatus, List<CatalogEntry>> generatedByStatus(int count) {
        CatalogGenerator generator = new CatalogGenerator();
        Map<CatalogStatus, List<CatalogEntry>> byStatus = new EnumMap<>(CatalogStatus.class);
        for (int i = 0; i < count; i++) {
            CatalogEntry entry = generator.entry(i);
            byStatus.computeIfAbsent(importableStatus(entry.status()), s -> new ArrayList<>()).add(entry);
        }
        return byStatus;
    }

    private static void importGenerated(PlatformClient client, String admin,
                                        Map<CatalogStatus, List<CatalogEntry>> generated)
            throws IOException, InterruptedException {
        List<Provider> registered = client.registeredProviders(admin);
        long start = System.nanoTime();
        for (Map.Entry<CatalogStatus, List<CatalogEntry>> group : generated.entrySet()) {
            List<String> all = group.getValue().stream().map(e -> CatalogJson.write(PlatformClient.onRegisteredProvider(e, registered)))
                    .toList();
            for (int from = 0; from < all.size(); from += CHUNK) {
                String body = all.subList(from, Math.min(all.size(), from + CHUNK)).stream()
                        .collect(Collectors.joining(",\n", "[", "]"));
                HttpResponse<String> answer = client.post(admin,
                        "api/v1/catalog/imports?initialStatus=" + group.getKey(), body, Duration.ofMinutes(15));
                if (answer.statusCode() != 200) {
                    throw new IllegalStateException("import answered " + answer.statusCode() + ": "
                            + answer.body().substring(0, Math.min(2000, answer.body().length())));
                }
                System.out.printf("imported %s entries %,d-%,d after %.0f s%n", group.getKey(), from,
                        Math.min(all.size(), from + CHUNK), (System.nanoTime() - start) / 1e9);
            }
        }
    }

    private static CatalogStatus importableStatus(CatalogStatus generated) {
        return switch (generated) {
            case PUBLISHED, REGISTERED -> generated;
            default -> CatalogStatus.DRAFT;
        };
    }

}
