package io.govshare.app.it;

import static io.govshare.app.it.CatalogFixtures.RESOURCES;
import static io.govshare.app.it.CatalogFixtures.create;
import static io.govshare.app.it.CatalogFixtures.move;
import static io.govshare.app.it.CatalogFixtures.newEntry;
import static io.govshare.app.it.CatalogFixtures.uniqueName;
import static io.govshare.app.it.CatalogFixtures.with;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.KeyPair;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import io.govshare.catalog.ResourceCode;
import io.govshare.exchange.PacketId;
import io.govshare.exchange.PacketOperation;
import io.govshare.security.crypto.CryptoProfile;
import io.govshare.security.identity.CertificateRequests;
import io.govshare.security.identity.Certificates;
import io.govshare.security.identity.NodeIdentity;
import io.govshare.security.packet.PacketSealer;
import io.govshare.security.packet.PacketSpec;
import io.govshare.security.packet.PacketWriter;

/** Nodes, exchangeable catalog entries and packets for the exchange integration tests. */
final class ExchangeFixtures {

    static final String NODES = "/api/v1/exchange/nodes";
    static final String PACKETS = "/api/v1/exchange/packets";
    static final String PACKET_TYPE = "application/vnd.govshare.packet+zip";

    private ExchangeFixtures() {
    }

    /** Registers a node with {@code token}'s department and has the admin approve it. */
    static NodeIdentity approvedNode(String token, CryptoProfile profile) {
        String nodeId = "node-" + UUID.randomUUID().toString().substring(0, 8).toLowerCase(Locale.ROOT);
        KeyPair keys = profile.generateSigningKeyPair();
        String csr = CertificateRequests.createPem(keys, nodeId, profile);
        Api.Reply registered = Api.post(NODES, token, Json.createObjectBuilder().add("csr", csr).build().toString());
        assertEquals(201, registered.status(), registered.toString());
        assertEquals("PENDING", registered.object().getString("status"));
        Api.Reply approved = Api.post(NODES + "/" + nodeId + "/approve", Api.demoToken("admin"), null);
        assertEquals(200, approved.status(), approved.toString());
        assertEquals("ACTIVE", approved.object().getString("status"));
        return new NodeIdentity(nodeId, keys.getPrivate(),
                Certificates.readCertificate(approved.object().getString("certificate")), profile);
    }

    /**
     * A REGISTERED entry of the police department (the demo cataloguer's) with items 证件号码, 签发日期, 签发机关,
     * 有效期限 (INTEGER) and 人像照片 (不予共享).
     */
    static String registeredPoliceEntry() {
        String cataloguer = Api.demoToken("cataloguer");
        JsonObject entry = newEntry(uniqueName("证件签发信息"), CatalogFixtures.POLICE);
        entry = with(entry, "dataItems", Json.createArrayBuilder(entry.getJsonArray("dataItems"))
                .add(Json.createObjectBuilder().add("name", "有效期限").add("type", "INTEGER").add("length", 3))
                .add(Json.createObjectBuilder().add("name", "人像照片").add("type", "BINARY").add("shareType", "NONE")
                        .add("sensitive", true))
                .build());
        String code = create(cataloguer, entry).getString("code");
        String path = RESOURCES + "/" + code;
        assertEquals(200, move(path, cataloguer, "SUBMIT", null).status());
        Api.Reply approved = move(path, Api.demoToken("reviewer"), "APPROVE", null);
        assertEquals("REGISTERED", approved.object().getString("status"), approved.toString());
        return code;
    }

    static JsonObject record(int i) {
        return Json.createObjectBuilder()
                .add("证件号码", "G" + String.format("%08d", i))
                .add("签发日期", "2026-11-0" + (1 + i % 9))
                .add("签发机关", "示范市公安局")
                .add("有效期限", 10)
                .build();
    }

    static List<JsonObject> records(int count) {
        return java.util.stream.IntStream.range(0, count).mapToObj(ExchangeFixtures::record).toList();
    }

    /** A packet for the hub, encrypted for the hub's key. */
    static byte[] seal(NodeIdentity sender, String resourceCode, long sequence, List<JsonObject> records,
                       java.security.cert.X509Certificate hubCertificate) {
        return seal(sender, PacketId.random(), resourceCode, sequence, records, hubCertificate);
    }

    static byte[] seal(NodeIdentity sender, PacketId id, String resourceCode, long sequence, List<JsonObject> records,
                       java.security.cert.X509Certificate hubCertificate) {
        return seal(sender, id, resourceCode, sequence, records, hubCertificate, PacketOperation.INCREMENTAL);
    }

    static byte[] seal(NodeIdentity sender, PacketId id, String resourceCode, long sequence, List<JsonObject> records,
                       java.security.cert.X509Certificate hubCertificate, PacketOperation operation) {
        PacketSpec spec = PacketSpec.builder(ResourceCode.of(resourceCode), operation)
                .packetId(id)
                .sequence(sequence)
                .recipient("hub", hubCertificate)
                .build();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (PacketWriter writer = new PacketSealer(sender).start(out, spec)) {
            for (JsonObject record : records) {
                writer.write(record);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static Api.Reply submit(String token, byte[] packet) {
        return Api.sendBytes("POST", PACKETS, token, PACKET_TYPE, packet);
    }

    static String problemRule(Api.Reply reply) {
        return reply.object().getJsonArray("errors").getJsonObject(0).getString("rule");
    }
}
