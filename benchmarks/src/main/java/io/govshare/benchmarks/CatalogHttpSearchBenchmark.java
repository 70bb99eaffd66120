package io.govshare.benchmarks;

import io.govshare.catalog.CatalogEntry;
import io.govshare.catalog.CatalogStatus;
import io.govshare.catalog.Provider;
import io.govshare.catalog.json.CatalogJson;
import jakarta.json.Json;
import jakarta.json.JsonArray;
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
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
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

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private URL keywordAndTwoFacets;
    private URL keywordOnly;
    private String consumer;

    @Setup(Level.Trial)
    public void loadCatalog() throws Exception {
        URI base = URI.create(platform);
        String admin = token(base, "admin", "admin123");
        Map<CatalogStatus, List<CatalogEntry>> generated = generatedByStatus(entries);
        if (!alreadyImported(base, admin, generated)) {
            importGenerated(base, admin, generated);
        }
        consumer = token(base, "consumer", "consumer123");
        String query = "api/v1/catalog/resources?q=" + URLEncoder.encode("人口", StandardCharsets.UTF_8);
        keywordAndTwoFacets = base.resolve(query + "&kind=BASE&shareType=CONDITIONAL&size=20").toURL();
        keywordOnly = base.resolve(query + "&size=20").toURL();
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
    private boolean alreadyImported(URI base, String admin, Map<CatalogStatus, List<CatalogEntry>> generated)
            throws IOException, InterruptedException {
        List<CatalogEntry> lastGroup = new ArrayList<>(generated.values()).get(generated.size() - 1);
        String lastName = benchmarkName(lastGroup.get(lastGroup.size() - 1));
        JsonObject found = json(http.send(get(base, admin, "api/v1/catalog/resources?size=1&q="
                + URLEncoder.encode(lastName, StandardCharsets.UTF_8)), HttpResponse.BodyHandlers.ofString()));
        return found.getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .anyMatch(item -> item.getString("name").equals(lastName));
    }

    /** Distinct from every demo name even after the platform's normalisation; 基准 = benchmark. */
    private static String benchmarkName(CatalogEntry entry) {
        return "基准" + entry.name();
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

    private void importGenerated(URI base, String admin, Map<CatalogStatus, List<CatalogEntry>> generated)
            throws IOException, InterruptedException {
        JsonArray departments = Json.createReader(new StringReader(http.send(get(base, admin, "api/v1/departments"),
                HttpResponse.BodyHandlers.ofString()).body())).readArray();
        List<Provider> registered = departments.getValuesAs(JsonObject.class).stream()
                .map(d -> new Provider(d.getString("code"), d.getString("name")))
                .toList();
        long start = System.nanoTime();
        for (Map.Entry<CatalogStatus, List<CatalogEntry>> group : generated.entrySet()) {
            List<String> all = group.getValue().stream().map(e -> CatalogJson.write(onRegisteredProvider(e, registered)))
                    .toList();
            for (int from = 0; from < all.size(); from += CHUNK) {
                String body = all.subList(from, Math.min(all.size(), from + CHUNK)).stream()
                        .collect(Collectors.joining(",\n", "[", "]"));
                HttpResponse<String> answer = http.send(HttpRequest.newBuilder(base.resolve(
                                        "api/v1/catalog/imports?initialStatus=" + group.getKey()))
                                .timeout(Duration.ofMinutes(15))
                                .header("Authorization", "Bearer " + admin)
                                .header("Content-Type", "application/json")
                                .POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (answer.statusCode() != 200) {
                    throw new IllegalStateException("import answered " + answer.statusCode() + ": "
                            + answer.body().substring(0, Math.min(2000, answer.body().length())));
                }
                System.out.printf("imported %s entries %,d-%,d after %.0f s%n", group.getKey(), from,
                        Math.min(all.size(), from + CHUNK), (System.nanoTime() - start) / 1e9);
            }
        }
    }

    /**
     * The entry as the platform accepts it: the generator's department number (characters 11–12 of its code)
     * picks a registered demo department, the platform assigns the code, the name is marked as a benchmark's.
     */
    private static CatalogEntry onRegisteredProvider(CatalogEntry entry, List<Provider> registered) {
        int departmentNumber = Integer.parseInt(entry.provider().code().substring(10, 12));
        Provider provider = registered.get((departmentNumber - 1) % registered.size());
        return new CatalogEntry(null, benchmarkName(entry), entry.summary(), entry.kind(), entry.classificationCode(),
                provider, entry.format(), entry.dataItems(), entry.share(), entry.open(), entry.updateCycle(),
                entry.publishedOn(), entry.relatedCodes(), entry.systemName(), entry.survey(), null, null);
    }

    private static CatalogStatus importableStatus(CatalogStatus generated) {
        return switch (generated) {
            case PUBLISHED, REGISTERED -> generated;
            default -> CatalogStatus.DRAFT;
        };
    }

    private String token(URI base, String username, String password) throws IOException, InterruptedException {
        String body = Json.createObjectBuilder().add("username", username).add("password", password).build().toString();
        HttpResponse<String> answer = http.send(HttpRequest.newBuilder(base.resolve("api/v1/auth/token"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() != 200) {
            throw new IllegalStateException("login of " + username + " answered " + answer.statusCode()
                    + " — is the platform running in demo mode at " + base + "?");
        }
        return json(answer).getString("access_token");
    }

    private static HttpRequest get(URI base, String token, String path) {
        return HttpRequest.newBuilder(base.resolve(path))
                .timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + token)
                .GET().build();
    }

    private static JsonObject json(HttpResponse<String> response) {
        return Json.createReader(new StringReader(response.body())).readObject();
    }
}
