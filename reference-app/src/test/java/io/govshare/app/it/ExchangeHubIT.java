package io.govshare.app.it;

import static io.govshare.app.it.ExchangeFixtures.NODES;
import static io.govshare.app.it.ExchangeFixtures.PACKETS;
import static io.govshare.app.it.ExchangeFixtures.PACKET_TYPE;
import static io.govshare.app.it.ExchangeFixtures.approvedNode;
import static io.govshare.app.it.ExchangeFixtures.problemRule;
import static io.govshare.app.it.ExchangeFixtures.record;
import static io.govshare.app.it.ExchangeFixtures.records;
import static io.govshare.app.it.ExchangeFixtures.registeredPoliceEntry;
import static io.govshare.app.it.ExchangeFixtures.seal;
import static io.govshare.app.it.ExchangeFixtures.submit;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.govshare.exchange.PacketId;
import io.govshare.security.crypto.CryptoProfiles;
import io.govshare.security.identity.Certificates;
import io.govshare.security.identity.HubTrustStore;
import io.govshare.security.identity.NodeIdentity;
import io.govshare.security.identity.TrustStore;
import io.govshare.security.packet.OpenedPacket;
import io.govshare.security.packet.PacketOpener;
import io.govshare.security.packet.RecordStream;
import io.govshare.security.receipt.ReceiptReport;
import io.govshare.security.receipt.ReceiptVerifier;

/** The exchange hub end to end: nodes, intake and receipts, refusals, grants, inbox, push, statistics. */
class ExchangeHubIT {

    private static X509Certificate caCertificate;
    private static X509Certificate hubCertificate;
    private static X509Certificate tsaCertificate;

    @TempDir
    Path temp;

    @BeforeAll
    static void trust() {
        JsonObject trust = Api.get("/api/v1/exchange/trust", null).object();
        caCertificate = Certificates.readCertificate(trust.getString("caCertificate"));
        hubCertificate = Certificates.readCertificate(trust.getString("hubCertificate"));
        tsaCertificate = Certificates.readCertificate(trust.getString("tsaCertificate"));
    }

    private static TrustStore currentTrust() {
        String crl = Api.get("/api/v1/exchange/trust/crl.pem", null).body();
        return HubTrustStore.of(List.of(caCertificate), List.of(Certificates.readCrl(crl)));
    }

    @Test
    void acceptsASignedPacketWithAVerifiableReceiptAndAnswersARepeatWithTheSameReceipt() {
        String cataloguer = Api.demoToken("cataloguer");
        NodeIdentity node = approvedNode(cataloguer, CryptoProfiles.SM);
        String code = registeredPoliceEntry();
        byte[] packet = seal(node, code, 1, records(10), hubCertificate);

        Api.Reply first = submit(cataloguer, packet);
        assertEquals(201, first.status(), first.toString());
        JsonObject receipt = first.object();
        assertEquals(code, receipt.getString("resourceCode"));
        assertEquals(10, receipt.getInt("recordCount"));
        assertEquals("ACCEPTED", receipt.getString("status"));

        ReceiptReport report = new ReceiptVerifier(currentTrust(), hubCertificate, tsaCertificate)
                .verify(first.body().getBytes(StandardCharsets.UTF_8), null, Instant.now());
        assertTrue(report.valid(), report.toString());

        Api.Reply again = submit(cataloguer, packet);
        assertEquals(200, again.status(), again.toString());
        assertEquals(first.body(), again.body(), "a repeated packet id gets the very same receipt");

        Api.Reply stored = Api.get(PACKETS + "/" + receipt.getString("packetId") + "/receipt", Api.demoToken("auditor"));
        assertEquals(first.body(), stored.body());
        assertArrayEquals(packet, Api.getBytes(PACKETS + "/" + receipt.getString("packetId"), Api.demoToken("auditor")),
                "the hub keeps the packet exactly as received");
    }

    @Test
    void refusesNodeRequestsOfAnotherProfileOrWithoutAValidCsr() {
        String cataloguer = Api.demoToken("cataloguer");
        var intl = CryptoProfiles.INTL;
        String csr = io.govshare.security.identity.CertificateRequests.createPem(intl.generateSigningKeyPair(),
                "node-intl-" + System.nanoTime() % 100000, intl);
        Api.Reply otherProfile = Api.post(NODES, cataloguer, Json.createObjectBuilder().add("csr", csr).build().toString());
        assertTrue(otherProfile.isProblem(400), otherProfile.toString());
        assertEquals("exchange.csr-profile", problemRule(otherProfile));

        Api.Reply garbage = Api.post(NODES, cataloguer, "{\"csr\":\"-----BEGIN CERTIFICATE REQUEST-----\\nAAAA\\n-----END CERTIFICATE REQUEST-----\"}");
        assertTrue(garbage.isProblem(400), garbage.toString());
        assertEquals("exchange.csr-invalid", problemRule(garbage));

        Api.Reply auditor = Api.post(NODES, Api.demoToken("auditor"), "{}");
        assertTrue(auditor.isProblem(403), auditor.toString());
    }

    @Test
    void refusesASequenceThatIsNotAboveTheLastAccepted() {
        String cataloguer = Api.demoToken("cataloguer");
        NodeIdentity node = approvedNode(cataloguer, CryptoProfiles.SM);
        String code = registeredPoliceEntry();
        assertEquals(201, submit(cataloguer, seal(node, code, 5, records(2), hubCertificate)).status());

        Api.Reply same = submit(cataloguer, seal(node, code, 5, records(2), hubCertificate));
        assertTrue(same.isProblem(422), same.toString());
        assertEquals("packet.replayed", problemRule(same));
        Api.Reply lower = submit(cataloguer, seal(node, code, 4, records(2), hubCertificate));
        assertEquals("packet.replayed", problemRule(lower));
        assertEquals(201, submit(cataloguer, seal(node, code, 9, records(2), hubCertificate)).status(),
                "a gap in the sequence is allowed");
    }

    @Test
    void refusesATamperedPacketAndKeepsNothingOfIt() {
        String cataloguer = Api.demoToken("cataloguer");
        NodeIdentity node = approvedNode(cataloguer, CryptoProfiles.SM);
        String code = registeredPoliceEntry();
        PacketId id = PacketId.random();
        byte[] packet = seal(node, id, code, 1, records(50), hubCertificate);
        byte[] tampered = packet.clone();
        tampered[tampered.length / 3] ^= 0x01;

        Api.Reply refused = submit(cataloguer, tampered);
        assertTrue(refused.isProblem(422), refused.toString());
        assertTrue(Set.of("container.malformed", "manifest.digest-mismatch", "signature.invalid", "header.invalid",
                "decryption.failed").contains(problemRule(refused)), refused.toString());
        assertEquals(404, Api.get(PACKETS + "/" + id.value() + "/receipt", Api.demoToken("auditor")).status());
        assertEquals(201, submit(cataloguer, packet).status(), "the intact packet is still accepted");
    }

    @Test
    void refusesRecordsWithAnItemThatIsNotSharedOrNotInTheCatalog() {
        String cataloguer = Api.demoToken("cataloguer");
        NodeIdentity node = approvedNode(cataloguer, CryptoProfiles.SM);
        String code = registeredPoliceEntry();
        JsonObject withPhoto = Json.createObjectBuilder(record(1)).add("人像照片", "aGVsbG8=").build();
        Api.Reply notShared = submit(cataloguer, seal(node, code, 1, List.of(record(0), withPhoto), hubCertificate));
        assertTrue(notShared.isProblem(422), notShared.toString());
        assertEquals("records.item-not-shared", problemRule(notShared));

        JsonObject unknown = Json.createObjectBuilder(record(1)).add("备注", "x").build();
        Api.Reply invalid = submit(cataloguer, seal(node, code, 2, List.of(unknown), hubCertificate));
        assertEquals("records.invalid", problemRule(invalid), invalid.toString());

        JsonObject wrongType = Json.createObjectBuilder(record(1)).add("有效期限", "十年").build();
        Api.Reply mistyped = submit(cataloguer, seal(node, code, 3, List.of(wrongType), hubCertificate));
        assertEquals("records.invalid", problemRule(mistyped), mistyped.toString());
    }

    @Test
    void refusesSendersThatAreNotTheProviderOrNotTheirDepartment() {
        String cataloguer = Api.demoToken("cataloguer");
        NodeIdentity police = approvedNode(cataloguer, CryptoProfiles.SM);
        String code = registeredPoliceEntry();

        Api.Reply otherAccount = submit(Api.demoToken("consumer"), seal(police, code, 1, records(1), hubCertificate));
        assertTrue(otherAccount.isProblem(403), otherAccount.toString());

        String health = Api.demoToken("health-cataloguer");
        NodeIdentity healthNode = approvedNode(health, CryptoProfiles.SM);
        Api.Reply notProvider = submit(health, seal(healthNode, code, 1, records(1), hubCertificate));
        assertTrue(notProvider.isProblem(422), notProvider.toString());
        assertEquals("signer.not-provider", problemRule(notProvider));

        JsonObject failures = Api.get("/api/v1/exchange/failures", Api.demoToken("auditor")).object();
        assertTrue(failures.getJsonArray("rejections").getValuesAs(JsonObject.class).stream()
                .anyMatch(r -> r.getString("reason").equals("signer.not-provider")
                        && r.getString("sourceNode", "").equals(healthNode.nodeId())), failures.toString());
    }

    @Test
    void refusesMalformedOversizeAndMistypedUploadsWithAClearProblem() {
        String cataloguer = Api.demoToken("cataloguer");
        Api.Reply notZip = submit(cataloguer, "this is not a packet".getBytes(StandardCharsets.UTF_8));
        assertTrue(notZip.isProblem(422), notZip.toString());
        assertEquals("container.malformed", problemRule(notZip));

        Api.Reply oversize = submit(cataloguer, new byte[16 * 1024 * 1024 + 1]);
        assertTrue(oversize.isProblem(413), oversize.toString());
        assertEquals("exchange.packet-too-large", problemRule(oversize));

        Api.Reply wrongType = Api.sendBytes("POST", PACKETS, cataloguer, "application/zip", new byte[10]);
        assertEquals(415, wrongType.status(), wrongType.toString());

        Api.Reply anonymous = submit(null, new byte[10]);
        assertTrue(anonymous.isProblem(401), anonymous.toString());
    }

    @Test
    void refusesAPacketOfARevokedNodeAndListsItsCertificateOnTheRevocationList() {
        String cataloguer = Api.demoToken("cataloguer");
        NodeIdentity node = approvedNode(cataloguer, CryptoProfiles.SM);
        String code = registeredPoliceEntry();
        assertEquals(201, submit(cataloguer, seal(node, code, 1, records(1), hubCertificate)).status());

        Api.Reply noReason = Api.post(NODES + "/" + node.nodeId() + "/revoke", Api.demoToken("admin"), "{}");
        assertTrue(noReason.isProblem(400), noReason.toString());
        Api.Reply revoked = Api.post(NODES + "/" + node.nodeId() + "/revoke", Api.demoToken("admin"),
                "{\"reason\":\"前置机私钥泄露\"}");
        assertEquals("REVOKED", revoked.object().getString("status"), revoked.toString());

        Api.Reply refused = submit(cataloguer, seal(node, code, 2, records(1), hubCertificate));
        assertTrue(refused.isProblem(422), refused.toString());
        assertEquals("signer.revoked", problemRule(refused));
        assertTrue(Certificates.readCrl(Api.get("/api/v1/exchange/trust/crl.pem", null).body())
                .isRevoked(node.certificate()));
    }

    @Test
    void routesOnlyTheGrantedItemsResealedForTheConsumerNodeThroughItsInbox() throws Exception {
        String cataloguer = Api.demoToken("cataloguer");
        String consumer = Api.demoToken("consumer");
        String admin = Api.demoToken("admin");
        NodeIdentity provider = approvedNode(cataloguer, CryptoProfiles.SM);
        NodeIdentity receiver = approvedNode(consumer, CryptoProfiles.SM);
        String code = registeredPoliceEntry();
        String civilAffairs = civilAffairsDepartment();

        Api.Reply photo = Api.post("/api/v1/exchange/grants", admin, Json.createObjectBuilder()
                .add("consumerDepartment", civilAffairs).add("resourceCode", code)
                .add("items", Json.createArrayBuilder().add("证件号码").add("人像照片")).build().toString());
        assertTrue(photo.isProblem(400), photo.toString());
        assertEquals("exchange.item-not-shared", problemRule(photo));
        Api.Reply grant = Api.post("/api/v1/exchange/grants", admin, Json.createObjectBuilder()
                .add("consumerDepartment", civilAffairs).add("resourceCode", code)
                .add("items", Json.createArrayBuilder().add("证件号码").add("签发日期")).build().toString());
        assertEquals(201, grant.status(), grant.toString());

        Api.Reply accepted = submit(cataloguer, seal(provider, code, 1, records(7), hubCertificate));
        assertEquals(201, accepted.status(), accepted.toString());
        String submissionId = accepted.object().getString("packetId");

        String inbox = "/api/v1/exchange/inbox?node=" + receiver.nodeId() + "&after=0";
        JsonObject item = awaitInboxItem(inbox, consumer, submissionId);
        assertEquals(7, item.getInt("recordCount"));

        Path file = temp.resolve("delivery.gspkt");
        Files.write(file, Api.getBytes(item.getString("href"), consumer));
        OpenedPacket opened = new PacketOpener(receiver, currentTrust()).open(file, Instant.now());
        assertEquals("hub", opened.header().sourceNode());
        assertEquals(submissionId, opened.header().origin().packetId().value());
        List<JsonObject> delivered = new ArrayList<>();
        try (RecordStream records = opened.records()) {
            records.forEachRemaining(delivered::add);
        }
        assertEquals(7, delivered.size());
        assertEquals(Set.of("证件号码", "签发日期"), delivered.get(0).keySet());
        assertEquals(record(0).getString("证件号码"), delivered.get(0).getString("证件号码"));

        Api.Reply stranger = Api.get("/api/v1/exchange/inbox?node=" + receiver.nodeId(), cataloguer);
        assertTrue(stranger.isProblem(403), "another department cannot read this node's inbox: " + stranger);

        Api.Reply ack = Api.post("/api/v1/exchange/inbox/ack", consumer, Json.createObjectBuilder()
                .add("node", receiver.nodeId()).add("packetIds", Json.createArrayBuilder().add(item.getString("packetId")))
                .build().toString());
        assertEquals(1, ack.object().getInt("acknowledged"), ack.toString());
        assertTrue(Api.get(inbox, consumer).object().getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .noneMatch(i -> i.getString("sourcePacketId").equals(submissionId)), "acknowledged: gone from the inbox");
    }

    @Test
    void countsAcceptedPacketsAndRecordsPerResourceAndDepartment() {
        String cataloguer = Api.demoToken("cataloguer");
        NodeIdentity node = approvedNode(cataloguer, CryptoProfiles.SM);
        String code = registeredPoliceEntry();
        submit(cataloguer, seal(node, code, 1, records(3), hubCertificate));
        submit(cataloguer, seal(node, code, 2, records(4), hubCertificate));

        JsonObject stats = Api.get("/api/v1/exchange/statistics", Api.demoToken("auditor")).object();
        JsonObject forResource = stats.getJsonArray("byResource").getValuesAs(JsonObject.class).stream()
                .filter(r -> r.getString("resourceCode").equals(code)).findFirst().orElseThrow();
        assertEquals(2, forResource.getInt("packets"));
        assertEquals(7, forResource.getInt("records"));
        assertTrue(stats.getJsonObject("totals").getInt("packets") >= 2);
        assertFalse(stats.getJsonArray("byDay").isEmpty());
    }

    static JsonObject awaitInboxItem(String inbox, String token, String submissionId) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (Instant.now().isBefore(deadline)) {
            Api.Reply reply = Api.get(inbox, token);
            assertEquals(200, reply.status(), reply.toString());
            var match = reply.object().getJsonArray("items").getValuesAs(JsonObject.class).stream()
                    .filter(i -> i.getString("sourcePacketId").equals(submissionId)).findFirst();
            if (match.isPresent()) {
                return match.get();
            }
            Thread.sleep(200);
        }
        throw new AssertionError("no delivery of " + submissionId + " reached " + inbox + " within 30 s");
    }

    static String civilAffairsDepartment() {
        // the demo consumer belongs to department 02 (市民政局)
        try (var in = ExchangeHubIT.class.getClassLoader().getResourceAsStream("demo/departments.json")) {
            return Json.createReader(in).readArray().getValuesAs(JsonObject.class).stream()
                    .filter(d -> d.getString("number").equals("02")).map(d -> d.getString("code"))
                    .findFirst().orElseThrow();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
