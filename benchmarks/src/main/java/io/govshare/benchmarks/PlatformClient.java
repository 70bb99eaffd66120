package io.govshare.benchmarks;

import io.govshare.catalog.CatalogEntry;
import io.govshare.catalog.Provider;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;

/**
 * What the HTTP benchmarks need of a running platform before they measure: tokens, the registered departments,
 * entries the platform will accept. Set-up only — the measured calls use a kept-alive HttpURLConnection (see
 * {@link CatalogHttpSearchBenchmark}).
 */
final class PlatformClient {

    private final URI base;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    PlatformClient(URI base) {
        this.base = base;
    }

    URI base() {
        return base;
    }

    String token(String username, String password) throws IOException, InterruptedException {
        String body = Json.createObjectBuilder().add("username", username).add("password", password).build().toString();
        HttpResponse<String> answer = post(null, "api/v1/auth/token", body, Duration.ofSeconds(30));
        if (answer.statusCode() != 200) {
            throw new IllegalStateException("login of " + username + " answered " + answer.statusCode()
                    + " — is the platform running in demo mode at " + base + "?");
        }
        return Json.createReader(new StringReader(answer.body())).readObject().getString("access_token");
    }

    JsonValue get(String token, String path) throws IOException, InterruptedException {
        HttpResponse<String> answer = http.send(HttpRequest.newBuilder(base.resolve(path))
                .timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + token)
                .GET().build(), HttpResponse.BodyHandlers.ofString());
        return Json.createReader(new StringReader(answer.body())).readValue();
    }

    HttpResponse<String> post(String token, String path, String json, Duration timeout)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path))
                .timeout(timeout)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The demo city's departments, in number order. */
    List<Provider> registeredProviders(String token) throws IOException, InterruptedException {
        return get(token, "api/v1/departments").asJsonArray().getValuesAs(JsonObject.class).stream()
                .map(d -> new Provider(d.getString("code"), d.getString("name")))
                .toList();
    }

    /** Distinct from every demo name even after the platform's normalisation; 基准 = benchmark. */
    static String benchmarkName(CatalogEntry entry) {
        return "基准" + entry.name();
    }

    /**
     * The entry as the platform accepts it: the generator's department number (characters 11–12 of its code)
     * picks a registered demo department, the platform assigns the code, the name is marked as a benchmark's.
     */
    static CatalogEntry onRegisteredProvider(CatalogEntry entry, List<Provider> registered) {
        int departmentNumber = Integer.parseInt(entry.provider().code().substring(10, 12));
        Provider provider = registered.get((departmentNumber - 1) % registered.size());
        return new CatalogEntry(null, benchmarkName(entry), entry.summary(), entry.kind(), entry.classificationCode(),
                provider, entry.format(), entry.dataItems(), entry.share(), entry.open(), entry.updateCycle(),
                entry.publishedOn(), entry.relatedCodes(), entry.systemName(), entry.survey(), null, null);
    }
}
