package io.govshare.app.it;

import static io.govshare.app.it.ExchangeFixtures.PACKETS;
import static io.govshare.app.it.ExchangeFixtures.approvedNode;
import static io.govshare.app.it.ExchangeFixtures.records;
import static io.govshare.app.it.ExchangeFixtures.registeredPoliceEntry;
import static io.govshare.app.it.ExchangeFixtures.seal;
import static io.govshare.app.it.ExchangeFixtures.submit;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;

import jakarta.json.JsonObject;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.govshare.exchange.PacketId;
import io.govshare.security.crypto.CryptoProfiles;
import io.govshare.security.identity.Certificates;
import io.govshare.security.identity.HubTrustStore;
import io.govshare.security.identity.NodeIdentity;
import io.govshare.security.packet.PacketVerifier;
import io.govshare.security.packet.VerificationReport;

/**
 * The hub is killed (SIGKILL, no shutdown of any kind) while two senders stream submissions, then started again.
 * Every packet that got a receipt must be there exactly once with that receipt, every stored packet must be whole
 * and verify, no half-stored file may remain, and re-sending what was in flight must be answered idempotently.
 * Runs in the restart execution, after the other integration tests.
 */
class ExchangeCrashRestartIT {

    private static final Path DATA = Path.of(System.getProperty("govshare.it.data.dir", "target/it-data/govshareIT"));

    @TempDir
    Path temp;

    /** What one sender knows after the crash: receipts it saw, and packets whose answer it never got. */
    private record Sent(Map<String, String> receipts, Map<String, byte[]> inFlight) {
    }

    @Test
    void everyReceiptedPacketSurvivesAKillExactlyOnceAndNothingIsHalfStored() throws Exception {
        String cataloguer = Api.demoToken("cataloguer");
        String auditor = Api.demoToken("auditor");
        JsonObject trust = Api.get("/api/v1/exchange/trust", null).object();
        X509Certificate ca = Certificates.readCertificate(trust.getString("caCertificate"));
        X509Certificate hub = Certificates.readCertificate(trust.getString("hubCertificate"));
        String code = registeredPoliceEntry();
        List<NodeIdentity> senders = List.of(approvedNode(cataloguer, CryptoProfiles.SM),
                approvedNode(cataloguer, CryptoProfiles.SM));

        AtomicBoolean stop = new AtomicBoolean();
        List<Sent> sent = new ArrayList<>();
        List<Thread> threads = new ArrayList<>();
        for (NodeIdentity sender : senders) {
            Sent s = new Sent(new ConcurrentHashMap<>(), new ConcurrentHashMap<>());
            sent.add(s);
            Thread thread = new Thread(() -> stream(sender, code, hub, cataloguer, s, stop));
            threads.add(thread);
            thread.start();
        }
        awaitReceipts(sent, 20);
        TestServer.kill();
        stop.set(true);
        for (Thread thread : threads) {
            thread.join(TimeUnit.MINUTES.toMillis(2));
        }
        TestServer.startAndAwait("/api/v1/exchange/trust", null);

        int receipted = 0;
        for (Sent s : sent) {
            for (Map.Entry<String, String> receipt : s.receipts().entrySet()) {
                Api.Reply stored = Api.get(PACKETS + "/" + receipt.getKey() + "/receipt", auditor);
                assertEquals(200, stored.status(), "receipted packet " + receipt.getKey() + " is stored: " + stored);
                assertEquals(receipt.getValue(), stored.body(), "with the very receipt the sender got");
                receipted++;
            }
        }
        assertTrue(receipted >= 20, "the stream got receipts before the kill: " + receipted);

        // every stored submission is whole: its file verifies, and no file exists without its row
        HubTrustStore trustStore = HubTrustStore.of(List.of(ca),
                List.of(Certificates.readCrl(Api.get("/api/v1/exchange/trust/crl.pem", null).body())));
        Set<String> files = packetFiles();
        JsonObject stats = Api.get("/api/v1/exchange/statistics", auditor).object();
        int rows = stats.getJsonArray("byResource").getValuesAs(JsonObject.class).stream()
                .filter(r -> r.getString("resourceCode").equals(code))
                .mapToInt(r -> r.getInt("packets")).sum();
        long filesOfThisResource = 0;
        for (String id : files) {
            Path copy = temp.resolve(id + ".gspkt");
            Files.write(copy, Api.getBytes(PACKETS + "/" + id, auditor));
            VerificationReport report = new PacketVerifier(trustStore).verify(copy, Instant.now());
            assertTrue(report.header() != null, id + " has a readable header after the crash: " + report);
            if (report.header().resourceCode().toString().equals(code)) {
                // (other tests' packets may be signed by nodes revoked since; these senders are not revoked)
                assertTrue(report.valid(), id + " verifies after the crash: " + report);
                filesOfThisResource++;
            }
        }
        assertEquals(rows, filesOfThisResource, "one file per stored row of the resource, no orphans");
        try (Stream<Path> incoming = Files.list(DATA.resolve("exchange").resolve("incoming"))) {
            assertEquals(0, incoming.count(), "no half-received upload is left");
        }

        // what was in flight is answered idempotently: stored ones with their receipt, the others accepted now
        for (Sent s : sent) {
            for (Map.Entry<String, byte[]> flying : s.inFlight().entrySet()) {
                Api.Reply again = submit(cataloguer, flying.getValue());
                assertTrue(again.status() == 200 || again.status() == 201 || again.isProblem(422),
                        "resent " + flying.getKey() + ": " + again);
                if (again.isProblem(422)) {
                    // a later packet of the same sender was accepted first: its sequence is now too low
                    assertEquals("packet.replayed", ExchangeFixtures.problemRule(again), again.toString());
                }
            }
        }
    }

    private static void stream(NodeIdentity sender, String code, X509Certificate hub, String token, Sent sent,
                               AtomicBoolean stop) {
        long sequence = 1;
        while (!stop.get()) {
            PacketId id = PacketId.random();
            byte[] packet = seal(sender, id, code, sequence++, records(20), hub);
            sent.inFlight().put(id.value(), packet);
            try {
                Api.Reply reply = submit(token, packet);
                if (reply.status() == 201 || reply.status() == 200) {
                    sent.receipts().put(id.value(), reply.body());
                    sent.inFlight().remove(id.value());
                } else {
                    sent.inFlight().remove(id.value());
                }
            } catch (UncheckedIOException e) {
                return; // the server is gone; this packet stays "in flight"
            }
        }
    }

    private static void awaitReceipts(List<Sent> sent, int count) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(2));
        while (sent.stream().mapToInt(s -> s.receipts().size()).sum() < count) {
            assertTrue(Instant.now().isBefore(deadline), "submissions flow before the kill");
            Thread.sleep(50);
        }
    }

    private static Set<String> packetFiles() throws IOException {
        try (Stream<Path> files = Files.list(DATA.resolve("exchange").resolve("packets"))) {
            Set<String> ids = new java.util.HashSet<>();
            files.map(f -> f.getFileName().toString())
                    .filter(n -> n.endsWith(".gspkt"))
                    .forEach(n -> ids.add(n.substring(0, n.length() - ".gspkt".length())));
            return ids;
        }
    }
}
