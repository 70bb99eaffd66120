package io.govshare.security.packet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import io.govshare.exchange.ManifestEntry;
import io.govshare.exchange.PacketEntries;
import io.govshare.exchange.PacketHeader;
import io.govshare.exchange.PacketId;
import io.govshare.exchange.PacketManifest;
import io.govshare.exchange.PacketOperation;
import io.govshare.exchange.RecordRules;
import io.govshare.security.crypto.CryptoProfile;
import io.govshare.security.crypto.CryptoProfiles;
import io.govshare.security.identity.CertificateStatus;
import io.govshare.security.identity.HubTrustStore;
import io.govshare.security.identity.NodeIdentity;
import io.govshare.verification.Reason;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each way a packet can be refused, with the exception and reason the opener gives. */
class PacketFailuresTest {

    @TempDir
    Path dir;
    private TestPki pki;
    private NodeIdentity sender;
    private NodeIdentity hub;

    @BeforeEach
    void pki() {
        pki = new TestPki(CryptoProfiles.SM);
        sender = pki.node("node-a");
        hub = pki.node("hub");
    }

    private Path plain(List<JsonObject> records) throws IOException {
        Path file = Files.createTempFile(dir, "plain", ".gspkt");
        PacketSealer.seal(sender, PacketSpec.builder(Records.RESOURCE, PacketOperation.FULL).sequence(1)
                .recipient("hub").build(), records, file);
        return file;
    }

    private Path encrypted() throws IOException {
        Path file = Files.createTempFile(dir, "encrypted", ".gspkt");
        PacketSealer.seal(sender, PacketSpec.builder(Records.RESOURCE, PacketOperation.FULL).sequence(1)
                .recipient("hub", hub.certificate()).build(), Records.people(5), file);
        return file;
    }

    private Path file(PacketForge forge) throws IOException {
        return forge.write(Files.createTempFile(dir, "forged", ".gspkt"));
    }

    private <T extends PacketException> T refused(Class<T> type, String reason, Path packet) {
        return refused(type, reason, packet, hub, pki.trust());
    }

    private static <T extends PacketException> T refused(Class<T> type, String reason, Path packet,
                                                         NodeIdentity opener, HubTrustStore trust) {
        T e = assertThrows(type, () -> {
            try (OpenedPacket opened = new PacketOpener(opener, trust).open(packet, TestPki.NOW)) {
                PacketRoundTripTest.readAll(opened);
            }
        });
        assertEquals(reason, e.reason().code(), e.getMessage());
        return e;
    }

    @Test
    void refusesAFileThatIsNoZip() throws IOException {
        Path file = Files.writeString(dir.resolve("x.gspkt"), "hello");
        assertTrue(refused(MalformedPacketException.class, "container.malformed", file).getMessage()
                .contains("not a ZIP file"));
    }

    @Test
    void refusesAnUnsafeEntryName() throws IOException {
        PacketForge forge = PacketForge.of(plain(Records.people(2))).put("../../etc/cron.d/evil", "* * * * * root sh");
        refused(MalformedPacketException.class, "container.unsafe-entry-name", file(forge));
    }

    @Test
    void refusesAnEntryTheManifestDoesNotList() throws IOException {
        refused(MalformedPacketException.class, "manifest.unlisted-entry",
                file(PacketForge.of(plain(Records.people(2))).put("notes.txt", "hello")));
        // A known name, validly signed but left out of the manifest.
        PacketForge forge = PacketForge.of(plain(Records.people(2))).resign(sender, manifest ->
                new PacketManifest(manifest.packetId(), manifest.digestAlgorithm(), manifest.entries().stream()
                        .filter(entry -> !entry.name().equals(PacketEntries.SIGNER)).toList()));
        assertTrue(refused(MalformedPacketException.class, "manifest.unlisted-entry", file(forge)).getMessage()
                .contains("'signer.pem' is not listed"));
    }

    @Test
    void refusesAManifestListingAnEntryThatIsNotThere() throws IOException {
        PacketForge forge = PacketForge.of(plain(Records.people(2))).resign(sender, manifest -> {
            List<ManifestEntry> entries = new ArrayList<>(manifest.entries());
            entries.add(new ManifestEntry(PacketEntries.RECIPIENTS, 10, "00".repeat(32)));
            return new PacketManifest(manifest.packetId(), manifest.digestAlgorithm(), entries);
        });
        refused(MalformedPacketException.class, "manifest.missing-entry", file(forge));
    }

    @Test
    void rejectsPacketWhoseRecordsWereChanged() throws IOException {
        PacketForge forge = PacketForge.of(plain(Records.people(3))).edit(PacketEntries.RECORDS,
                text -> text.replace("居民2", "居民X"));
        DigestMismatchException e = refused(DigestMismatchException.class, "manifest.digest-mismatch", file(forge));
        assertTrue(e.getMessage().startsWith("records.jsonl has SM3 digest"), e.getMessage());
    }

    @Test
    void rejectsPacketWhoseManifestDigestDiffers() throws IOException {
        PacketForge forge = PacketForge.of(plain(Records.people(3))).resign(sender, manifest ->
                new PacketManifest(manifest.packetId(), manifest.digestAlgorithm(), manifest.entries().stream()
                        .map(entry -> entry.name().equals(PacketEntries.HEADER)
                                ? new ManifestEntry(entry.name(), entry.size(), "ab".repeat(32)) : entry).toList()));
        refused(DigestMismatchException.class, "manifest.digest-mismatch", file(forge));
    }

    @Test
    void rejectsASignatureByAnotherKeyThanTheSigners() throws IOException {
        NodeIdentity mallory = pki.node("node-a");
        PacketForge forge = PacketForge.of(plain(Records.people(3)));
        forge.put(PacketEntries.SIGNATURE, CryptoProfiles.SM.sign(mallory.privateKey(), forge.get(PacketEntries.MANIFEST)));
        refused(SignatureInvalidException.class, "signature.invalid", file(forge));
    }

    @Test
    void rejectsAManifestChangedAfterSigning() throws IOException {
        PacketForge forge = PacketForge.of(plain(Records.people(3))).edit(PacketEntries.MANIFEST,
                text -> text.replace("\"SM3\"", " \"SM3\""));
        refused(SignatureInvalidException.class, "signature.invalid", file(forge));
    }

    @Test
    void rejectsASignerKeyOfTheOtherProfile() throws IOException {
        TestPki intl = new TestPki(CryptoProfiles.INTL);
        NodeIdentity intlNode = intl.node("node-a");
        PacketForge forge = PacketForge.of(plain(Records.people(1)))
                .put(PacketEntries.SIGNER, io.govshare.security.identity.Certificates.toPem(intlNode.certificate()));
        SignatureInvalidException e = refused(SignatureInvalidException.class, "signature.invalid", file(forge));
        assertTrue(e.getMessage().contains("cannot verify a SM packet"), e.getMessage());
    }

    @Test
    void refusesSignersTheTrustStoreDoesNotVouchFor() throws IOException {
        TestPki other = new TestPki(CryptoProfiles.SM, "Somebody Else CA");
        NodeIdentity stranger = other.node("node-a");
        Path file = dir.resolve("untrusted.gspkt");
        PacketSealer.seal(stranger, PacketSpec.builder(Records.RESOURCE, PacketOperation.FULL).sequence(1)
                .recipient("hub").build(), Records.people(1), file);
        assertEquals(CertificateStatus.UNTRUSTED,
                refused(SignerNotTrustedException.class, "signer.untrusted", file).status());

        NodeIdentity expired = pki.node("node-old", Instant.parse("2026-01-01T00:00:00Z"),
                Instant.parse("2026-06-01T00:00:00Z"));
        Path old = dir.resolve("expired.gspkt");
        PacketSealer.seal(expired, PacketSpec.builder(Records.RESOURCE, PacketOperation.FULL).sequence(1)
                .createdAt(Instant.parse("2026-05-01T00:00:00Z")).recipient("hub").build(), Records.people(1), old);
        assertEquals(CertificateStatus.EXPIRED, refused(SignerNotTrustedException.class, "signer.expired", old).status());

        NodeIdentity early = pki.node("node-new", Instant.parse("2027-01-01T00:00:00Z"), TestPki.NODE_UNTIL);
        Path future = dir.resolve("future.gspkt");
        PacketSealer.seal(early, PacketSpec.builder(Records.RESOURCE, PacketOperation.FULL).sequence(1)
                .recipient("hub").build(), Records.people(1), future);
        assertEquals(CertificateStatus.NOT_YET_VALID,
                refused(SignerNotTrustedException.class, "signer.not-yet-valid", future).status());

        Path revoked = plain(Records.people(1));
        pki.revoke(sender, TestPki.NOW.minusSeconds(7200));
        SignerNotTrustedException e = refused(SignerNotTrustedException.class, "signer.revoked", revoked);
        assertEquals(CertificateStatus.REVOKED, e.status());
        assertTrue(e.getMessage().contains("CN=node-a"), e.getMessage());
    }

    @Test
    void refusesAHeaderThatClaimsAnotherSourceThanTheSigner() throws IOException {
        PacketForge forge = PacketForge.of(plain(Records.people(1)));
        forge.put(PacketEntries.HEADER, withSource(PacketHeader.fromJson(forge.get(PacketEntries.HEADER)), "node-z").toJson())
                .resign(sender);
        MalformedPacketException e = refused(MalformedPacketException.class, "header.invalid", file(forge));
        assertTrue(e.getMessage().contains("header.sourceNode 'node-z' is not the node that signed"), e.getMessage());
    }

    @Test
    void refusesAHeaderOfAnotherPacketOrAnInvalidOne() throws IOException {
        PacketForge forge = PacketForge.of(plain(Records.people(1)));
        PacketHeader header = PacketHeader.fromJson(forge.get(PacketEntries.HEADER));
        PacketHeader other = new PacketHeader(PacketId.random(), header.resourceCode(), header.sourceNode(),
                header.recipients(), header.sequence(), header.createdAt(), header.operation(), header.recordCount(),
                header.cryptoProfile(), header.encrypted(), null);
        forge.put(PacketEntries.HEADER, other.toJson()).resign(sender);
        assertTrue(refused(MalformedPacketException.class, "header.invalid", file(forge)).getMessage()
                .contains("differs from the manifest's packetId"));

        forge.edit(PacketEntries.HEADER, text -> text.replace("\"FULL\"", "\"EVERYTHING\"")).resign(sender);
        assertTrue(refused(MalformedPacketException.class, "header.invalid", file(forge)).getMessage()
                .contains("header.operation must be FULL, INCREMENTAL or DELETE"));
    }

    private static PacketHeader withSource(PacketHeader h, String source) {
        return new PacketHeader(h.packetId(), h.resourceCode(), source, h.recipients(), h.sequence(), h.createdAt(),
                h.operation(), h.recordCount(), h.cryptoProfile(), h.encrypted(), h.origin());
    }

    @Test
    void refusesADecryptionItCannotDo() throws IOException {
        Path packet = encrypted();
        // A renewed certificate: the key was wrapped for the old one.
        DecryptionFailedException renewed = refused(DecryptionFailedException.class, "decryption.failed", packet,
                pki.renewed(hub), pki.trust());
        assertTrue(renewed.getMessage().contains("for certificate serial"), renewed.getMessage());

        // A wrapped key that does not unwrap with the recipient's key, validly signed.
        PacketForge forge = PacketForge.of(packet).edit(PacketEntries.RECIPIENTS, text -> {
            String key = text.replaceAll(".*\"wrappedKey\":\"([^\"]+)\".*", "$1");
            byte[] wrapped = java.util.Base64.getDecoder().decode(key);
            wrapped[wrapped.length - 1] ^= 1;
            return text.replace(key, java.util.Base64.getEncoder().encodeToString(wrapped));
        }).resign(sender);
        assertTrue(refused(DecryptionFailedException.class, "decryption.failed", file(forge)).getMessage()
                .contains("does not unwrap"));
    }

    @Test
    void refusesRecordsWhoseTagFailsAfterTheSignatureVerified() throws IOException {
        // The sender encrypted with another AAD than the packet id: digests and signature are fine, the tag is not.
        Path packet = encrypted();
        PacketForge forge = PacketForge.of(packet);
        PacketHeader header = PacketHeader.fromJson(forge.get(PacketEntries.HEADER));
        CryptoProfile sm = CryptoProfiles.SM;
        javax.crypto.SecretKey key = sm.unwrapKey(hub.privateKey(), io.govshare.exchange.internal.RecipientKey
                .fromJson(forge.get(PacketEntries.RECIPIENTS)).get(0).wrappedKey());
        byte[] iv = sm.generateIv();
        StringBuilder lines = new StringBuilder();
        Records.people(5).forEach(record -> lines.append(record).append('\n'));
        byte[] ciphertext = sm.encrypt(key, iv, lines.toString().getBytes(StandardCharsets.UTF_8),
                "another-packet-id-0000".getBytes(StandardCharsets.UTF_8));
        ByteArrayOutputStream entry = new ByteArrayOutputStream();
        entry.writeBytes(iv);
        entry.writeBytes(ciphertext);
        forge.put(PacketEntries.RECORDS_ENCRYPTED, entry.toByteArray()).resign(sender);
        DecryptionFailedException e = refused(DecryptionFailedException.class, "decryption.failed", file(forge));
        assertTrue(e.getMessage().contains("records of packet " + header.packetId() + " do not decrypt"), e.getMessage());
    }

    @Test
    void refusesARecordCountThatIsNotTheNumberOfLines() throws IOException {
        PacketForge forge = PacketForge.of(plain(Records.people(3)))
                .edit(PacketEntries.HEADER, text -> text.replace("\"recordCount\":3", "\"recordCount\":4")).resign(sender);
        RecordsInvalidException e = refused(RecordsInvalidException.class, "records.count-mismatch", file(forge));
        assertEquals("the packet holds 3 records but its header says recordCount 4", e.getMessage());
    }

    @Test
    void refusesALineThatIsNoRecord() throws IOException {
        PacketForge forge = PacketForge.of(plain(Records.people(3)))
                .edit(PacketEntries.RECORDS, text -> text + "[\"not\",\"an\",\"object\"]\n")
                .edit(PacketEntries.HEADER, text -> text.replace("\"recordCount\":3", "\"recordCount\":4")).resign(sender);
        RecordsInvalidException e = refused(RecordsInvalidException.class, "records.invalid", file(forge));
        assertTrue(e.getMessage().startsWith("records line 4 must be a JSON object"), e.getMessage());
    }

    @Test
    void checksRecordsAgainstTheCatalogEntryWhenAsked() throws IOException {
        List<JsonObject> records = new ArrayList<>(Records.people(2));
        records.add(Json.createObjectBuilder(Records.person(3)).add("idNumber", "110101190001010011").build());
        try (OpenedPacket opened = new PacketOpener(hub, pki.trust()).open(plain(records), TestPki.NOW);
             RecordStream stream = opened.records(RecordRules.of(Records.ENTRY, opened.header().operation()))) {
            assertEquals(Records.person(1), stream.next());
            assertEquals(Records.person(2), stream.next());
            RecordsInvalidException e = assertThrows(RecordsInvalidException.class, stream::hasNext);
            assertEquals("records.item-not-shared", e.reason().code());
            assertTrue(e.getMessage().startsWith("records line 3: item 'idNumber'"), e.getMessage());
            assertFalse(stream.hasNext(), "a failed stream is over");
        }
    }

    @Test
    void refusesAReplayedIdOrAnOldSequence() throws IOException {
        ReplayGuard guard = new InMemoryReplayGuard();
        PacketHeader first = PacketHeader.fromJson(PacketForge.of(plain(Records.people(1))).get(PacketEntries.HEADER));
        guard.accept(first);
        PacketReplayedException again = assertThrows(PacketReplayedException.class, () -> guard.accept(first));
        assertEquals(Reason.PACKET_REPLAYED, again.reason());
        assertTrue(again.getMessage().contains("was accepted before"), again.getMessage());

        PacketHeader sameSequence = new PacketHeader(PacketId.random(), first.resourceCode(), first.sourceNode(),
                first.recipients(), first.sequence(), first.createdAt(), first.operation(), 1, "SM", false, null);
        assertTrue(assertThrows(PacketReplayedException.class, () -> guard.accept(sameSequence)).getMessage()
                .contains("sequence 1 of packet " + sameSequence.packetId() + " is not above 1"));

        guard.accept(withSequence(sameSequence, 5)); // a gap is fine
        guard.accept(new PacketHeader(PacketId.random(), io.govshare.catalog.ResourceCode.of("101001/000002"),
                first.sourceNode(), first.recipients(), 1, first.createdAt(), first.operation(), 1, "SM", false, null));
        assertThrows(PacketReplayedException.class, () -> guard.accept(withSequence(sameSequence, 4)));
    }

    private static PacketHeader withSequence(PacketHeader h, long sequence) {
        return new PacketHeader(PacketId.random(), h.resourceCode(), h.sourceNode(), h.recipients(), sequence,
                h.createdAt(), h.operation(), h.recordCount(), h.cryptoProfile(), h.encrypted(), h.origin());
    }

    @Test
    void refusesToMixPlaintextAndEncryptedRecipients() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () ->
                PacketSpec.builder(Records.RESOURCE, PacketOperation.FULL).recipient("hub", hub.certificate())
                        .recipient("node-b"));
        assertTrue(e.getMessage().contains("encrypted for all its recipients or for none"), e.getMessage());
        assertTrue(assertThrows(IllegalArgumentException.class, () -> PacketSpec.builder(Records.RESOURCE,
                PacketOperation.FULL).recipient("node-b", hub.certificate())).getMessage().contains("issued to 'hub'"));
        assertTrue(assertThrows(IllegalStateException.class, () -> PacketSpec.builder(Records.RESOURCE,
                PacketOperation.FULL).build()).getMessage().contains("needs sequence and at least one recipient"));
    }

    @Test
    void aFailingRecordSourceLeavesNoSignedPacket() throws IOException {
        Path target = dir.resolve("partial.gspkt");
        Iterable<JsonObject> failing = () -> new Iterator<>() {
            private int i;

            @Override
            public boolean hasNext() {
                return true;
            }

            @Override
            public JsonObject next() {
                if (++i > 3) {
                    throw new IllegalStateException("database connection lost");
                }
                return Records.person(i);
            }
        };
        PacketSpec spec = PacketSpec.builder(Records.RESOURCE, PacketOperation.FULL).sequence(1).recipient("hub").build();
        assertThrows(IllegalStateException.class, () -> PacketSealer.seal(sender, spec, failing, target));
        assertFalse(Files.exists(target), "the incomplete packet is deleted");

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PacketWriter writer = new PacketSealer(sender).start(out, spec);
        writer.write(Records.person(1));
        writer.abort();
        writer.close();
        assertTrue(assertThrows(IllegalStateException.class, writer::result).getMessage().contains("aborted"));
        Path aborted = Files.write(dir.resolve("aborted.gspkt"), out.toByteArray());
        refused(MalformedPacketException.class, "container.malformed", aborted);
    }

    @Test
    void refusesASenderWhoseCertificateIsNotItsOwn() {
        NodeIdentity liar = new NodeIdentity("node-b", sender.privateKey(), sender.certificate(), CryptoProfiles.SM);
        assertTrue(assertThrows(IllegalArgumentException.class, () -> new PacketSealer(liar)).getMessage()
                .contains("differs from its certificate's CN 'node-a'"));
    }

    @Test
    void anOpenerStopsAtTheFirstFailureInItsOrder() throws IOException {
        // Untrusted signer AND changed records: the signer check comes before the digests.
        TestPki other = new TestPki(CryptoProfiles.SM, "Somebody Else CA");
        NodeIdentity stranger = other.node("node-a");
        Path file = dir.resolve("both.gspkt");
        PacketSealer.seal(stranger, PacketSpec.builder(Records.RESOURCE, PacketOperation.FULL).sequence(1)
                .recipient("hub").build(), Records.people(2), file);
        PacketForge forge = PacketForge.of(file).edit(PacketEntries.RECORDS, text -> text.replace("居民1", "居民9"));
        refused(SignerNotTrustedException.class, "signer.untrusted", file(forge));
        assertEquals(List.of(Reason.SIGNER_UNTRUSTED, Reason.MANIFEST_DIGEST_MISMATCH),
                new PacketVerifier(pki.trust()).verify(file(forge), TestPki.NOW).reasons());
    }
}
