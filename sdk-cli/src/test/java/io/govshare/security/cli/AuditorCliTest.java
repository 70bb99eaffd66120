package io.govshare.security.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.govshare.catalog.ResourceCode;
import io.govshare.exchange.PacketOperation;
import io.govshare.security.audit.AuditChain;
import io.govshare.security.audit.AuditCheckpoint;
import io.govshare.security.audit.AuditEntry;
import io.govshare.security.audit.AuditSegment;
import io.govshare.security.crypto.CryptoProfiles;
import io.govshare.security.identity.Certificates;
import io.govshare.security.identity.NodeIdentity;
import io.govshare.security.identity.Revocation;
import io.govshare.security.identity.TestPki;
import io.govshare.security.packet.PacketSealer;
import io.govshare.security.packet.PacketSpec;
import io.govshare.security.packet.SealedPacket;
import io.govshare.security.receipt.Receipt;
import io.govshare.security.receipt.ReceiptIssuer;
import io.govshare.security.timestamp.TimestampAuthority;

/** The auditor CLI run in-process: what it prints and the exit status for valid, invalid and wrong input. */
class AuditorCliTest {

    private static final Instant AT = TestPki.NOW;
    private static final Instant REVOKED_AT = AT.minus(Duration.ofDays(1));

    @TempDir
    Path dir;

    private final TestPki pki = new TestPki(CryptoProfiles.SM);
    private String ca;
    private String hubCert;
    private String tsaCert;
    private String crl;
    private String packet;
    private String otherPacket;
    private String revokedPacket;
    private String receipt;
    private String segment;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @BeforeEach
    void writeFiles() throws IOException {
        NodeIdentity node = pki.node("node-a01");
        NodeIdentity revoked = pki.node("node-b02");
        ca = write("ca.pem", Certificates.toPem(pki.ca.certificate()));
        hubCert = write("hub.pem", Certificates.toPem(pki.hub.certificate()));
        tsaCert = write("tsa.pem", Certificates.toPem(pki.tsa.certificate()));
        crl = write("crl.pem", Certificates.toPem(pki.ca.revocationList(
                List.of(new Revocation(revoked.certificate().getSerialNumber(), REVOKED_AT)), AT, AT.plus(Duration.ofDays(7)))));

        SealedPacket sealed = seal(node, "packet.gspkt", 1);
        packet = dir.resolve("packet.gspkt").toString();
        seal(node, "other.gspkt", 2);
        otherPacket = dir.resolve("other.gspkt").toString();
        seal(revoked, "revoked.gspkt", 1);
        revokedPacket = dir.resolve("revoked.gspkt").toString();

        TimestampAuthority tsa = new TimestampAuthority(pki.tsa.privateKey(), pki.tsa.certificate(), pki.profile,
                Clock.fixed(AT.minusSeconds(5), ZoneOffset.UTC));
        Receipt issued = new ReceiptIssuer(pki.hub, tsa).issue(sealed.header().packetId().toString(),
                sealed.manifestDigestHex(), "node-a01", "101001/000001", 1, 3, AT.minusSeconds(6));
        receipt = write("receipt.json", new String(issued.toJson(), StandardCharsets.UTF_8));

        List<AuditEntry> entries = new ArrayList<>();
        String previous = AuditChain.GENESIS;
        for (int i = 1; i <= 5; i++) {
            AuditEntry entry = AuditChain.entry(pki.profile, i, previous, Json.createObjectBuilder()
                    .add("id", i).add("action", "exchange.packet-accepted").build());
            entries.add(entry);
            previous = entry.hash();
        }
        AuditCheckpoint checkpoint = AuditCheckpoint.sign(pki.hub, 4, entries.get(3).hash(), AT.minusSeconds(1));
        segment = write("segment.json", new String(new AuditSegment("SM", Certificates.toPem(pki.hub.certificate()),
                entries, List.of(checkpoint)).toJson(), StandardCharsets.UTF_8));
    }

    @Test
    void verifiesAValidPacket() {
        assertEquals(0, run("verify-packet", packet, "--ca", ca, "--crl", crl, "--at", AT.toString()));
        assertTrue(stdout().startsWith("VALID packet "), stdout());
        assertTrue(stdout().contains("from node-a01 (101001/000001, sequence 1, 3 records)"), stdout());
    }

    @Test
    void reportsAPacketOfARevokedSignerWithItsReason() {
        assertEquals(1, run("verify-packet", revokedPacket, "--ca", ca, "--crl", crl, "--at", AT.toString()));
        assertTrue(stdout().startsWith("INVALID packet "), stdout());
        assertTrue(stdout().contains("\nsigner.revoked: "), stdout());
        assertEquals(0, run("verify-packet", revokedPacket, "--ca", ca, "--crl", crl, "--at",
                REVOKED_AT.minusSeconds(60).toString()), "valid when it was signed before the revocation");
    }

    @Test
    void reportsATamperedPacket() throws IOException {
        byte[] bytes = Files.readAllBytes(Path.of(packet));
        bytes[bytes.length / 3] ^= 1;
        Path tampered = Files.write(dir.resolve("tampered.gspkt"), bytes);
        assertEquals(1, run("verify-packet", tampered.toString(), "--ca", ca, "--at", AT.toString()));
        assertTrue(stdout().startsWith("INVALID packet "), stdout());
        assertTrue(stdout().lines().skip(1).allMatch(line -> line.matches("[a-z]+\\.[a-z-]+: .+")), stdout());
    }

    @Test
    void verifiesAReceiptAndItsPacket() {
        assertEquals(0, run("verify-receipt", receipt, "--ca", ca, "--crl", crl, "--hub-cert", hubCert,
                "--tsa-cert", tsaCert, "--packet", packet, "--at", AT.toString()));
        assertTrue(stdout().startsWith("VALID receipt "), stdout());
        assertTrue(stdout().contains("timestamped at " + AT.minusSeconds(5)), stdout());
        assertTrue(stdout().contains("for packet " + packet), stdout());
    }

    @Test
    void reportsAReceiptOfAnotherPacket() {
        assertEquals(1, run("verify-receipt", receipt, "--ca", ca, "--hub-cert", hubCert, "--tsa-cert", tsaCert,
                "--packet", otherPacket, "--at", AT.toString()));
        assertEquals(List.of("INVALID receipt " + receipt, "receipt.digest-mismatch"),
                stdout().lines().map(line -> line.split(":")[0]).toList(), stdout());
    }

    @Test
    void reportsATamperedReceipt() throws IOException {
        Files.writeString(Path.of(receipt), Files.readString(Path.of(receipt)).replace("\"recordCount\":3", "\"recordCount\":4"));
        assertEquals(1, run("verify-receipt", receipt, "--ca", ca, "--hub-cert", hubCert, "--tsa-cert", tsaCert));
        assertTrue(stdout().contains("\nreceipt.signature-invalid: hubSignature does not verify"), stdout());
    }

    @Test
    void printsTheReceiptReportAsJson() {
        assertEquals(0, run("verify-receipt", receipt, "--ca", ca, "--hub-cert", hubCert, "--tsa-cert", tsaCert, "--json"));
        JsonObject json = Json.createReader(new StringReader(stdout())).readObject();
        assertTrue(json.getBoolean("valid"));
        assertEquals(AT.minusSeconds(5).toString(), json.getString("timestampedAt"));
    }

    @Test
    void verifiesAnAuditSegmentAndNotesUncoveredEntries() {
        assertEquals(0, run("verify-audit", segment, "--ca", ca, "--crl", crl));
        assertTrue(stdout().startsWith("VALID audit segment " + segment + ": entries 1..5, first prevHash " + AuditChain.GENESIS)
                && stdout().contains("; 1 trailing entry not yet covered by a checkpoint (not an error)"),
                stdout());
    }

    @Test
    void reportsATamperedAuditSegment() throws IOException {
        Files.writeString(Path.of(segment), Files.readString(Path.of(segment)).replace("\"id\":3", "\"id\":33"));
        assertEquals(1, run("verify-audit", segment, "--ca", ca, "--json"));
        JsonObject json = Json.createReader(new StringReader(stdout())).readObject();
        assertFalse(json.getBoolean("valid"));
        assertEquals("audit.hash-mismatch", json.getJsonArray("findings").getJsonObject(0).getString("reason"));
    }

    @Test
    void usageErrorsExitWithTwoAndPrintTheUsage() {
        assertUsage("a command is required");
        assertUsage("unknown command 'verify-everything'", "verify-everything", packet, "--ca", ca);
        assertUsage("--ca <hub-ca.pem> is required", "verify-packet", packet);
        assertUsage("unknown option --hub-cert for verify-audit", "verify-audit", segment, "--ca", ca, "--hub-cert", hubCert);
        assertUsage("--hub-cert is required for verify-receipt", "verify-receipt", receipt, "--ca", ca, "--tsa-cert", tsaCert);
        assertUsage("needs the file to verify", "verify-audit", "--ca", ca);
        assertUsage("takes one file", "verify-audit", segment, segment, "--ca", ca);
        assertUsage("--ca needs a value", "verify-audit", segment, "--ca");
        assertUsage("--at may be given only once", "verify-packet", packet, "--ca", ca, "--at", AT.toString(), "--at",
                AT.toString());
        assertUsage("--at must be an instant", "verify-packet", packet, "--ca", ca, "--at", "yesterday");
        assertUsage("does not exist", "verify-packet", dir.resolve("missing.gspkt").toString(), "--ca", ca);
        assertUsage("--ca: certificate CN=hub is not a CA certificate", "verify-audit", segment, "--ca", hubCert);
        assertUsage("--crl " + ca + ": ", "verify-audit", segment, "--ca", ca, "--crl", ca);
    }

    @Test
    void aCrlOfAnotherCaIsAUsageError() throws IOException {
        TestPki other = new TestPki(CryptoProfiles.SM);
        String foreign = write("foreign-crl.pem", Certificates.toPem(other.ca.revocationList(List.of(), AT,
                AT.plusSeconds(60))));
        assertUsage("1 CRL(s) are not signed by any --ca certificate", "verify-audit", segment, "--ca", ca, "--crl", foreign);
    }

    @Test
    void helpPrintsTheUsage() {
        assertEquals(0, run("--help"));
        assertTrue(stdout().startsWith("Usage:\n  govshare-audit verify-packet"), stdout());
    }

    private void assertUsage(String message, String... args) {
        out.reset();
        err.reset();
        assertEquals(2, run(args), stderr());
        assertTrue(stderr().startsWith("govshare-audit: ") && stderr().contains(message),
                "expected '" + message + "' in: " + stderr());
        assertTrue(stderr().contains("Usage:"), stderr());
    }

    private int run(String... args) {
        out.reset();
        err.reset();
        return AuditorCli.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String stdout() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String stderr() {
        return err.toString(StandardCharsets.UTF_8);
    }

    private SealedPacket seal(NodeIdentity sender, String name, long sequence) throws IOException {
        PacketSpec spec = PacketSpec.builder(ResourceCode.of("101001/000001"), PacketOperation.INCREMENTAL)
                .sequence(sequence).createdAt(REVOKED_AT.minus(Duration.ofDays(1))).recipient("hub").build();
        List<JsonObject> records = List.of(
                Json.createObjectBuilder().add("id", 1).add("name", "居民1").build(),
                Json.createObjectBuilder().add("id", 2).add("name", "居民2").build(),
                Json.createObjectBuilder().add("id", 3).add("name", "居民3").build());
        return PacketSealer.seal(sender, spec, records, dir.resolve(name));
    }

    private String write(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text).toString();
    }
}
