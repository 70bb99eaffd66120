package io.govshare.security.packet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.zip.ZipFile;

import io.govshare.exchange.PacketEntries;
import io.govshare.exchange.PacketHeader;
import io.govshare.exchange.PacketId;
import io.govshare.exchange.PacketOperation;
import io.govshare.exchange.PacketOrigin;
import io.govshare.exchange.internal.RecipientKey;
import io.govshare.security.crypto.CryptoProfile;
import io.govshare.security.crypto.CryptoProfiles;
import io.govshare.security.identity.Certificates;
import io.govshare.security.identity.NodeIdentity;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PacketRoundTripTest {

    private static final Instant CREATED = Instant.parse("2026-11-22T08:30:00Z");

    @TempDir
    Path dir;

    static List<JsonObject> readAll(OpenedPacket packet) {
        List<JsonObject> records = new ArrayList<>();
        try (RecordStream stream = packet.records()) {
            stream.forEachRemaining(records::add);
        }
        return records;
    }

    @ParameterizedTest
    @CsvSource({"SM, false", "SM, true", "INTL, false", "INTL, true"})
    void sealsAndOpensWithEveryProfileEncryptedOrNot(String profileName, boolean encrypted) throws IOException {
        CryptoProfile profile = CryptoProfiles.named(profileName);
        TestPki pki = new TestPki(profile);
        NodeIdentity sender = pki.node("node-a");
        NodeIdentity hub = pki.node("hub");
        PacketSpec.Builder spec = PacketSpec.builder(Records.RESOURCE, PacketOperation.INCREMENTAL).sequence(42)
                .createdAt(CREATED);
        spec = encrypted ? spec.recipient("hub", hub.certificate()) : spec.recipient("hub");
        List<JsonObject> people = Records.people(250);

        Path file = dir.resolve("p.gspkt");
        SealedPacket sealed = PacketSealer.seal(sender, spec.build(), people, file);

        PacketHeader header = sealed.header();
        assertEquals(250, header.recordCount());
        assertEquals("node-a", header.sourceNode());
        assertEquals(profileName, header.cryptoProfile());
        assertEquals(encrypted, header.encrypted());
        assertEquals(List.of("hub"), header.recipients());
        try (OpenedPacket opened = new PacketOpener(hub, pki.trust()).open(file, TestPki.NOW)) {
            assertEquals(header, opened.header());
            assertEquals(sealed.manifestDigestHex(), opened.manifestDigestHex());
            assertEquals(sender.certificate(), opened.signerCertificate());
            assertEquals(people, readAll(opened));
        }
        try (ZipFile zip = new ZipFile(file.toFile())) {
            byte[] manifest = zip.getInputStream(zip.getEntry(PacketEntries.MANIFEST)).readAllBytes();
            assertEquals(HexFormat.of().formatHex(profile.digest(manifest)), sealed.manifestDigestHex());
            assertEquals(List.of(encrypted ? PacketEntries.RECORDS_ENCRYPTED : PacketEntries.RECORDS, PacketEntries.HEADER)
                    .stream().toList(), zip.stream().map(e -> e.getName()).limit(2).toList(), "records first, header next");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"SM", "INTL"})
    void everyRecipientOfAnEncryptedPacketCanReadItAndNoOneElse(String profileName) throws IOException {
        TestPki pki = new TestPki(CryptoProfiles.named(profileName));
        NodeIdentity hub = pki.node("hub");
        NodeIdentity b = pki.node("node-b");
        NodeIdentity c = pki.node("node-c");
        NodeIdentity stranger = pki.node("node-d");
        PacketSpec spec = PacketSpec.builder(Records.RESOURCE, PacketOperation.FULL).sequence(1)
                .recipient("node-b", b.certificate()).recipient("node-c", c.certificate()).build();
        Path file = dir.resolve("delivery.gspkt");
        PacketSealer.seal(hub, spec, Records.people(20), file);

        for (NodeIdentity reader : List.of(b, c)) {
            try (OpenedPacket opened = new PacketOpener(reader, pki.trust()).open(file, TestPki.NOW)) {
                assertEquals(Records.people(20), readAll(opened));
            }
        }
        try (ZipFile zip = new ZipFile(file.toFile())) {
            List<RecipientKey> keys = RecipientKey.fromJson(
                    zip.getInputStream(zip.getEntry(PacketEntries.RECIPIENTS)).readAllBytes());
            assertEquals(List.of("node-b", "node-c"), keys.stream().map(RecipientKey::node).toList());
            assertEquals(Certificates.serialHex(b.certificate()), keys.get(0).certificateSerial());
            assertFalse(zip.stream().anyMatch(e -> e.getName().equals(PacketEntries.RECORDS)));
        }
        DecryptionFailedException notForMe = assertThrows(DecryptionFailedException.class,
                () -> new PacketOpener(stranger, pki.trust()).open(file, TestPki.NOW));
        assertEquals("decryption.failed", notForMe.reason().code());
        assertTrue(notForMe.getMessage().contains("'node-d' is not a recipient"), notForMe.getMessage());
    }

    @Test
    void anOpenerWithoutIdentityVerifiesAnEncryptedPacketButCannotReadIt() throws IOException {
        TestPki pki = new TestPki(CryptoProfiles.SM);
        NodeIdentity hub = pki.node("hub");
        Path file = dir.resolve("p.gspkt");
        PacketSealer.seal(pki.node("node-a"), PacketSpec.builder(Records.RESOURCE, PacketOperation.FULL).sequence(3)
                .recipient("hub", hub.certificate()).build(), Records.people(3), file);
        try (OpenedPacket opened = new PacketOpener(null, pki.trust()).open(file, TestPki.NOW)) {
            assertEquals(3, opened.header().recordCount());
            DecryptionFailedException e = assertThrows(DecryptionFailedException.class, opened::records);
            assertTrue(e.getMessage().contains("has no node identity"), e.getMessage());
        }
    }

    @Test
    void streamsRecordsThroughTheWriterAndKeepsTheOutputOpen() throws IOException {
        TestPki pki = new TestPki(CryptoProfiles.SM);
        NodeIdentity hub = pki.node("hub");
        Path file = dir.resolve("p.gspkt");
        PacketId id = PacketId.of("01JD3Z6V8Q4N7R2W5X9Y0A1B2C");
        PacketOrigin origin = new PacketOrigin(PacketId.of("6f1c9a2e-2d47-4c1b-9a3e-1f2d3c4b5a69"), "node-a",
                "ab".repeat(32));
        SealedPacket sealed;
        try (OutputStream out = Files.newOutputStream(file)) {
            PacketWriter writer = new PacketSealer(hub).start(out, PacketSpec.builder(Records.RESOURCE,
                    PacketOperation.DELETE).sequence(9).packetId(id).createdAt(CREATED).origin(origin)
                    .recipient("node-b").build());
            writer.write(Json.createObjectBuilder().add("id", 1).build());
            writer.write(Json.createObjectBuilder().add("id", 2).build());
            assertEquals(2, writer.count());
            assertThrows(IllegalStateException.class, writer::result);
            writer.close();
            out.write(new byte[0]); // still open
            sealed = writer.result();
        }
        assertEquals(id, sealed.header().packetId());
        assertEquals(origin, sealed.header().origin());
        assertEquals(PacketOperation.DELETE, sealed.header().operation());
        assertEquals(CREATED, sealed.header().createdAt());
        try (OpenedPacket opened = new PacketOpener(null, pki.trust()).open(file, TestPki.NOW)) {
            assertEquals(origin, opened.header().origin());
            assertEquals(2, readAll(opened).size());
        }
    }

    @Test
    void anEmptyPacketIsValid() throws IOException {
        TestPki pki = new TestPki(CryptoProfiles.INTL);
        NodeIdentity hub = pki.node("hub");
        Path file = dir.resolve("p.gspkt");
        PacketSealer.seal(pki.node("node-a"), PacketSpec.builder(Records.RESOURCE, PacketOperation.FULL).sequence(1)
                .recipient("hub", hub.certificate()).build(), List.of(), file);
        try (OpenedPacket opened = new PacketOpener(hub, pki.trust()).open(file, TestPki.NOW)) {
            assertEquals(0, opened.header().recordCount());
            assertEquals(List.of(), readAll(opened));
        }
    }

    @Test
    void defaultsAreARandomIdAndNow() {
        PacketSpec one = PacketSpec.builder(Records.RESOURCE, PacketOperation.FULL).sequence(1).recipient("hub").build();
        PacketSpec two = PacketSpec.builder(Records.RESOURCE, PacketOperation.FULL).sequence(1).recipient("hub").build();
        assertFalse(one.packetId().equals(two.packetId()));
        assertTrue(!one.createdAt().isAfter(Instant.now()) && one.createdAt().isAfter(Instant.now().minusSeconds(60)));
        assertFalse(one.encrypted());
        assertNull(one.origin());
        assertEquals(Set.of(), one.recipientCertificates().keySet());
    }
}
