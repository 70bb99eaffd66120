package io.govshare.benchmarks;

import io.govshare.catalog.CatalogEntry;
import io.govshare.catalog.Provider;
import io.govshare.security.crypto.CryptoProfile;
import io.govshare.security.identity.CertificateRequests;
import io.govshare.security.identity.Certificates;
import io.govshare.security.identity.NodeIdentity;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.KeyPair;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.List;

/**
 * What the HTTP benchmarks need of a running platform before they measure: tokens, the registered departments,
 * entries the platform will accept, approved exchange nodes and the hub's certificate. Set-up only — the measured
 * calls use a kept-alive HttpURLConnection (see {@link CatalogHttpSearchBenchmark}).
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
    /** The signed-in account: username, roles, departmentCode and departmentName for a department's account. */
    JsonObject me(String token) throws IOException, InterruptedException {
        return get(token, "api/v1/auth/me").asJsonObject();
    }

    /** The hub's own certificate (GET /api/v1/exchange/trust): the recipient of every submission. */
    X509Certificate hubCertificate() throws IOException, InterruptedException {
        HttpResponse<String> answer = http.send(HttpRequest.newBuilder(base.resolve("api/v1/exchange/trust"))
                .timeout(Duration.ofSeconds(30)).GET().build(), HttpResponse.BodyHandlers.ofString());
        JsonObject trust = expect(answer, 200, "GET /api/v1/exchange/trust");
        return Certificates.readCertificate(trust.getString("hubCertificate"));
    }

    /**
     * A node of {@code departmentToken}'s department, registered with a fresh key pair's CSR and approved by the
     * administrator; the identity holds the certificate the hub's CA issued.
     */
    NodeIdentity approvedNode(String departmentToken, String adminToken, String nodeId, CryptoProfile profile)
            throws IOException, InterruptedException {
        KeyPair keys = profile.generateSigningKeyPair();
        String csr = CertificateRequests.createPem(keys, nodeId, profile);
        String request = Json.createObjectBuilder().add("csr", csr).build().toString();
        expect(post(departmentToken, "api/v1/exchange/nodes", request, Duration.ofSeconds(30)), 201,
                "registration of node " + nodeId);
        JsonObject approved = expect(post(adminToken, "api/v1/exchange/nodes/" + nodeId + "/approve", "{}",
                Duration.ofSeconds(30)), 200, "approval of node " + nodeId);
        X509Certificate certificate = Certificates.readCertificate(approved.getString("certificate"));
        return new NodeIdentity(nodeId, keys.getPrivate(), certificate, profile);
    }

    /**
     * A REGISTERED catalog entry of the cataloguer's department for {@link ExchangeRecords}: created by the
     * cataloguer, submitted, approved by the department's reviewer. Returns its resource code.
     */
    String registeredEntry(String cataloguerToken, String reviewerToken, String name)
            throws IOException, InterruptedException {
        JsonObject me = me(cataloguerToken);
        String department = me.getString("departmentCode");
        String number = get(cataloguerToken, "api/v1/departments/" + department).asJsonObject().getString("number");
        JsonObject entry = ExchangeRecords.catalogEntry(name, department, me.getString("departmentName"), number);
        String code = expect(post(cataloguerToken, "api/v1/catalog/resources", entry.toString(),
                Duration.ofSeconds(30)), 201, "creation of catalog entry " + name).getString("code");
        String transitions = "api/v1/catalog/resources/" + code + "/transitions";
        expect(post(cataloguerToken, transitions, "{\"action\":\"SUBMIT\"}", Duration.ofSeconds(30)), 200,
                "submission of " + code);
        JsonObject approved = expect(post(reviewerToken, transitions, "{\"action\":\"APPROVE\"}",
                Duration.ofSeconds(30)), 200, "approval of " + code);
        if (!"REGISTERED".equals(approved.getString("status"))) {
            throw new IllegalStateException("entry " + code + " is " + approved.getString("status") + " after approval,"
                    + " expected REGISTERED");
        }
        return code;
    }

    private static JsonObject expect(HttpResponse<String> answer, int status, String what) {
        if (answer.statusCode() != status) {
            throw new IllegalStateException(what + " answered " + answer.statusCode() + " (expected " + status + "): "
                    + answer.body());
        }
        return Json.createReader(new StringReader(answer.body())).readObject();
    }
}
