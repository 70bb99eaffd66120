package io.govshare.app.it;

import static io.govshare.app.it.ExchangeFixtures.records;
import static io.govshare.app.it.ExchangeFixtures.registeredPoliceEntry;
import static io.govshare.app.it.ExchangeFixtures.seal;
import static io.govshare.app.it.ExchangeFixtures.submit;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.sun.net.httpserver.HttpServer;

import io.govshare.security.crypto.CryptoProfile;
import io.govshare.security.crypto.CryptoProfiles;
import io.govshare.security.identity.CertificateRequests;
import io.govshare.security.identity.Certificates;
import io.govshare.security.identity.HubTrustStore;
import io.govshare.security.identity.NodeIdentity;
import io.govshare.security.packet.OpenedPacket;
import io.govshare.security.packet.PacketOpener;

/** Push delivery to a node's endpoint, with retries and the dead-letter list when the endpoint is down. */
class ExchangePushIT {

    private HttpServer endpoint;
    private final Map<String, byte[]> pushed = new ConcurrentHashMap<>();

    @TempDir
    Path temp;

    @BeforeEach
    void startEndpoint() throws Exception {
        endpoint = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        endpoint.createContext("/govshare/inbox", exchange -> {
            byte[] body = exchange.getRequestBody().readAllBytes();
            pushed.put(exchange.getRequestHeaders().getFirst("X-GovShare-Delivery"), body);
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        endpoint.start();
    }

    @AfterEach
    void stopEndpoint() {
        endpoint.stop(0);
    }

    @Test
    void pushesDeliveriesToTheNodeEndpointAndDeadLettersThoseItCannotReach() throws Exception {
        String cataloguer = Api.demoToken("cataloguer");
        String consumer = Api.demoToken("consumer");
        String admin = Api.demoToken("admin");
        NodeIdentity provider = ExchangeFixtures.approvedNode(cataloguer, CryptoProfiles.SM);
        String url = "http://127.0.0.1:" + endpoint.getAddress().getPort() + "/govshare/inbox";
        NodeIdentity pushedTo = nodeWithPushUrl(consumer, url);
        NodeIdentity unreachable = nodeWithPushUrl(consumer, "http://127.0.0.1:9/closed");
        String code = registeredPoliceEntry();
        Api.Reply grant = Api.post("/api/v1/exchange/grants", admin, Json.createObjectBuilder()
                .add("consumerDepartment", ExchangeHubIT.civilAffairsDepartment()).add("resourceCode", code).build().toString());
        assertEquals(201, grant.status(), grant.toString());

        JsonObject trust = Api.get("/api/v1/exchange/trust", null).object();
        X509Certificate hub = Certificates.readCertificate(trust.getString("hubCertificate"));
        Api.Reply accepted = submit(cataloguer, seal(provider, code, 1, records(5), hub));
        assertEquals(201, accepted.status(), accepted.toString());

        // the reachable node gets the packet pushed, and can open it
        HubTrustStore trustStore = HubTrustStore.of(List.of(Certificates.readCertificate(trust.getString("caCertificate"))),
                List.of(Certificates.readCrl(Api.get("/api/v1/exchange/trust/crl.pem", null).body())));
        OpenedPacket opened = awaitPushedOrigin(accepted.object().getString("packetId"), pushedTo, trustStore,
                Duration.ofSeconds(30));
        assertEquals(5, opened.header().recordCount());

        // the unreachable one ends on the dead-letter list after its attempts, with the error
        JsonObject dead = awaitDeadLetter(unreachable.nodeId(), Duration.ofSeconds(30));
        assertEquals(3, dead.getInt("pushAttempts"));
        assertTrue(!dead.getString("lastError").isBlank(), dead.toString());
        // it can still be pulled, and an admin can put it back on the queue
        assertTrue(Api.get("/api/v1/exchange/inbox?node=" + unreachable.nodeId(), consumer).object()
                .getJsonArray("items").size() >= 1);
        Api.Reply retried = Api.post("/api/v1/exchange/dead-letters/" + dead.getString("packetId") + "/retry", admin, null);
        assertEquals("PENDING", retried.object().getString("pushState"), retried.toString());
    }

    /** Waits for the push of the delivery made of {@code submissionId} (other tests' deliveries may come too). */
    private OpenedPacket awaitPushedOrigin(String submissionId, NodeIdentity node, HubTrustStore trustStore,
                                           Duration timeout) throws Exception {
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            for (Map.Entry<String, byte[]> delivery : pushed.entrySet()) {
                Path file = temp.resolve(delivery.getKey() + ".gspkt");
                Files.write(file, delivery.getValue());
                OpenedPacket opened = new PacketOpener(node, trustStore).open(file, Instant.now());
                if (opened.header().origin().packetId().value().equals(submissionId)) {
                    return opened;
                }
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the delivery of " + submissionId + " was not pushed within " + timeout);
    }

    private static JsonObject awaitDeadLetter(String nodeId, Duration timeout) throws InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            var match = Api.get("/api/v1/exchange/failures", Api.demoToken("admin")).object()
                    .getJsonArray("deadLetters").getValuesAs(JsonObject.class).stream()
                    .filter(d -> d.getString("node").equals(nodeId)).findFirst();
            if (match.isPresent()) {
                return match.get();
            }
            Thread.sleep(200);
        }
        throw new AssertionError("no dead letter for " + nodeId + " within " + timeout);
    }

    private static NodeIdentity nodeWithPushUrl(String token, String pushUrl) {
        CryptoProfile profile = CryptoProfiles.SM;
        String nodeId = "node-" + UUID.randomUUID().toString().substring(0, 8).toLowerCase(Locale.ROOT);
        KeyPair keys = profile.generateSigningKeyPair();
        Api.Reply registered = Api.post(ExchangeFixtures.NODES, token, Json.createObjectBuilder()
                .add("csr", CertificateRequests.createPem(keys, nodeId, profile)).add("pushUrl", pushUrl)
                .build().toString());
        assertEquals(201, registered.status(), registered.toString());
        Api.Reply approved = Api.post(ExchangeFixtures.NODES + "/" + nodeId + "/approve", Api.demoToken("admin"), null);
        assertEquals(200, approved.status(), approved.toString());
        return new NodeIdentity(nodeId, keys.getPrivate(),
                Certificates.readCertificate(approved.object().getString("certificate")), profile);
    }
}
