package io.govshare.benchmarks;

import io.govshare.catalog.CatalogEntry;
import io.govshare.catalog.Provider;
import io.govshare.catalog.json.CatalogJson;
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
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Validation through the HTTP API: {@code POST /api/v1/catalog/validations}, one entry per call, one client thread
 * on a kept-alive connection; ops/s = entries/s. Besides the SDK's rules the platform checks the name against the
 * catalog (a database lookup) and the provider against the registered departments, so this is what a catalog
 * console pays per keystroke-triggered check. Needs a running platform (see BENCHMARKS.md).
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms256m", "-Xmx512m"})
@State(Scope.Benchmark)
public class CatalogHttpValidationBenchmark {

    private static final int MIX = 1_000;

    @Param("http://localhost:9080/")
    String platform;

    private final List<byte[]> documents = new ArrayList<>();
    private URL validations;
    private String token;
    private int next;

    @Setup(Level.Trial)
    public void prepare() throws Exception {
        PlatformClient client = new PlatformClient(URI.create(platform));
        token = client.token("cataloguer", "cataloguer123");
        List<Provider> registered = client.registeredProviders(token);
        CatalogGenerator generator = new CatalogGenerator();
        int stride = CatalogGenerator.CAPACITY / MIX;
        for (int i = 0; i < MIX; i++) {
            CatalogEntry entry = PlatformClient.onRegisteredProvider(generator.entry(i * stride + i % stride), registered);
            documents.add(CatalogJson.write(entry).getBytes(StandardCharsets.UTF_8));
        }
        validations = client.base().resolve("api/v1/catalog/validations").toURL();
    }

    @Benchmark
    public int validateOneEntry() throws IOException {
        byte[] document = documents.get(next++ % MIX);
        HttpURLConnection connection = (HttpURLConnection) validations.openConnection();
        connection.setRequestMethod("POST");
        connection.setDoOutput(true);
        connection.setRequestProperty("Authorization", "Bearer " + token);
        connection.setRequestProperty("Content-Type", "application/json");
        connection.setFixedLengthStreamingMode(document.length);
        try (OutputStream out = connection.getOutputStream()) {
            out.write(document);
        }
        int status = connection.getResponseCode();
        try (InputStream body = status == 200 ? connection.getInputStream() : connection.getErrorStream()) {
            byte[] answer = body.readAllBytes();
            if (status != 200) {
                throw new IllegalStateException("validation answered " + status + ": "
                        + new String(answer, StandardCharsets.UTF_8));
            }
            return answer.length;
        }
    }
}
