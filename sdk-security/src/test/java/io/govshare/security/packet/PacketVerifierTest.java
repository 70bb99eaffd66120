package io.govshare.security.packet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import io.govshare.exchange.PacketEntries;
import io.govshare.exchange.PacketOperation;
import io.govshare.security.crypto.CryptoProfiles;
import io.govshare.security.identity.Certificates;
import io.govshare.security.identity.NodeIdentity;
import io.govshare.verification.Reason;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PacketVerifierTest {

    @TempDir
    Path dir;
    private TestPki pki;
    private NodeIdentity sender;
    private NodeIdentity hub;
    private PacketVerifier verifier;

    @BeforeEach
    void pki() {
        pki = new TestPki(CryptoProfiles.SM);
        sender = pki.node("node-a");
        hub = pki.node("hub");
        verifier = new PacketVerifier(pki.trust());
    }

    private Path seal(List<JsonObject> records, boolean encrypted) throws IOException {
        Path file = Files.createTempFile(dir, "p", ".gspkt");
        PacketSpec.Builder spec = PacketSpec.builder(Records.RESOURCE, PacketOperation.INCREMENTAL).sequence(5);
        PacketSealer.seal(sender, (encrypted ? spec.recipient("hub", hub.certificate()) : spec.recipient("hub")).build(),
                records, file);
        return file;
    }

    @Test
    void reportsAValidPacketWithWhatItKnows() throws IOException {
        Path file = seal(Records.people(4), true);
        VerificationReport report = verifier.verify(file, TestPki.NOW);
        assertTrue(report.valid(), report.toJson());
        assertEquals(List.of(), report.findings());
        assertEquals(4, report.header().recordCount());
        assertEquals("CN=node-a", report.signerSubject());
        assertEquals(Certificates.serialHex(sender.certificate()), report.signerSerialHex());
        try (OpenedPacket opened = new PacketOpener(hub, pki.trust()).open(file, TestPki.NOW)) {
            assertEquals(opened.manifestDigestHex(), report.manifestDigestHex());
        }
        JsonObject json = Json.createReader(new StringReader(report.toJson())).readObject();
        assertTrue(json.getBoolean("valid"));
        assertEquals(0, json.getJsonArray("findings").size());
        assertEquals("node-a", json.getJsonObject("header").getString("sourceNode"));
        assertEquals(report.manifestDigestHex(), json.getString("manifestDigestHex"));
    }

    @Test
    void readsThePlaintextRecordsAndChecksThemAgainstTheCatalogEntry() throws IOException {
        List<JsonObject> records = new ArrayList<>(Records.people(2));
        records.add(Json.createObjectBuilder(Records.person(3)).add("income", 12.5).build());
        Path file = seal(records, false);
        assertTrue(verifier.verify(file, TestPki.NOW).valid(), "without the entry the records are well-formed");
        VerificationReport report = verifier.verify(file, TestPki.NOW, Records.ENTRY);
        assertFalse(report.valid());
        assertEquals(List.of(Reason.RECORDS_INVALID), report.reasons());
        assertTrue(report.findings().get(0).message().startsWith("records line 3: item 'income' must be a decimal"),
                report.findings().get(0).message());
        assertEquals(3, report.header().recordCount(), "the header is still reported");
    }

    @Test
    void collectsEveryFailureItCanStillSee() throws IOException {
        PacketForge forge = PacketForge.of(seal(Records.people(2), false))
                .edit(PacketEntries.RECORDS, text -> text.replace("居民1", "居民9"));
        NodeIdentity mallory = new TestPki(CryptoProfiles.SM, "Mallory CA").node("node-a");
        forge.put(PacketEntries.SIGNATURE, CryptoProfiles.SM.sign(mallory.privateKey(), forge.get(PacketEntries.MANIFEST)));
        forge.put(PacketEntries.SIGNER, Certificates.toPem(mallory.certificate()));
        VerificationReport report = verifier.verify(forge.write(dir.resolve("bad.gspkt")), TestPki.NOW);
        assertEquals(List.of(Reason.SIGNER_UNTRUSTED, Reason.MANIFEST_DIGEST_MISMATCH), report.reasons());
        assertTrue(report.findings().get(1).message().startsWith("records.jsonl has SM3 digest"));

        JsonObject json = Json.createReader(new StringReader(report.toJson())).readObject();
        assertFalse(json.getBoolean("valid"));
        assertEquals("signer.untrusted", json.getJsonArray("findings").getJsonObject(0).getString("reason"));
    }

    @Test
    void neverThrowsForAFileThatIsNoPacket() throws IOException {
        VerificationReport missing = verifier.verify(dir.resolve("nothing-here.gspkt"), TestPki.NOW);
        assertEquals(List.of(Reason.CONTAINER_MALFORMED), missing.reasons());
        assertNull(missing.header());
        assertNull(missing.manifestDigestHex());

        Path text = Files.writeString(dir.resolve("text.gspkt"), "PK not really");
        assertEquals(List.of(Reason.CONTAINER_MALFORMED), verifier.verify(text, TestPki.NOW).reasons());

        PacketForge noManifest = PacketForge.of(seal(Records.people(1), false)).put(PacketEntries.MANIFEST, "{\"x\":1}");
        VerificationReport report = verifier.verify(noManifest.write(dir.resolve("m.gspkt")), TestPki.NOW);
        assertEquals(List.of(Reason.CONTAINER_MALFORMED), report.reasons());
        assertTrue(report.findings().get(0).message().contains("manifest.x is not a known field"));
    }
}
