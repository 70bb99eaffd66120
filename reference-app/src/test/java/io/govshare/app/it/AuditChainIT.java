package io.govshare.app.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.govshare.security.audit.AuditSegmentVerifier;
import io.govshare.security.cli.AuditorCli;
import io.govshare.security.identity.Certificates;
import io.govshare.security.identity.HubTrustStore;

/** The audit log is hash-chained and signed: an exported segment verifies, and any change to it is found. */
class AuditChainIT {

    @TempDir
    Path temp;

    @Test
    void anExportedSegmentVerifiesAndAChangedEventBreaksIt() throws Exception {
        Instant from = Instant.now().minus(Duration.ofMinutes(1));
        // a few audited changes: node registrations
        String cataloguer = Api.demoToken("cataloguer");
        for (int i = 0; i < 3; i++) {
            ExchangeFixtures.approvedNode(cataloguer, io.govshare.security.crypto.CryptoProfiles.SM);
        }
        Instant middle = Instant.now();
        ExchangeFixtures.approvedNode(cataloguer, io.govshare.security.crypto.CryptoProfiles.SM);
        Thread.sleep(4_000); // chained within a second, a checkpoint every 2 s in the test server
        Instant to = Instant.now().plus(Duration.ofMinutes(1));

        String auditor = Api.demoToken("auditor");
        Api.Reply export = Api.get("/api/v1/audit/export?from=" + from + "&to=" + to, auditor);
        assertEquals(200, export.status(), export.toString());
        JsonObject segment = export.object();
        JsonArray entries = segment.getJsonArray("entries");
        assertTrue(entries.size() >= 6, "register + approve of three nodes: " + entries.size());
        assertFalse(segment.getJsonArray("checkpoints").isEmpty(), "the segment carries signed checkpoints");

        X509Certificate ca = Certificates.readCertificate(Api.get("/api/v1/exchange/trust/ca.pem", null).body());
        HubTrustStore trust = HubTrustStore.of(List.of(ca),
                List.of(Certificates.readCrl(Api.get("/api/v1/exchange/trust/crl.pem", null).body())));
        var report = new AuditSegmentVerifier(trust).verify(export.body().getBytes(StandardCharsets.UTF_8));
        assertTrue(report.valid(), report.toString());

        // a range that ends before the newest events is extended to the next checkpoint, so it is signed too
        Api.Reply earlier = Api.get("/api/v1/audit/export?from=" + from + "&to=" + middle, auditor);
        var earlierReport = new AuditSegmentVerifier(trust).verify(earlier.body().getBytes(StandardCharsets.UTF_8));
        assertTrue(earlierReport.valid(), earlierReport.toString());
        assertEquals(0, earlierReport.uncoveredEntries(), earlierReport.toString());

        // the auditor CLI says the same, offline, from files
        Path segmentFile = temp.resolve("segment.json");
        Path caFile = temp.resolve("ca.pem");
        Files.writeString(segmentFile, export.body());
        Files.writeString(caFile, Certificates.toPem(ca));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int exit = AuditorCli.run(new String[] {"verify-audit", segmentFile.toString(), "--ca", caFile.toString()},
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(out, true, StandardCharsets.UTF_8));
        assertEquals(0, exit, out.toString(StandardCharsets.UTF_8));

        // the same segment with one event's actor changed
        JsonObject first = entries.getJsonObject(1);
        JsonObject forged = Json.createObjectBuilder(first)
                .add("event", Json.createObjectBuilder(first.getJsonObject("event")).add("actor", "someone-else"))
                .build();
        JsonObject tampered = Json.createObjectBuilder(segment)
                .add("entries", Json.createArrayBuilder(entries).set(1, forged))
                .build();
        var broken = new AuditSegmentVerifier(trust).verify(tampered.toString().getBytes(StandardCharsets.UTF_8));
        assertFalse(broken.valid(), "a changed event must not verify");
        assertTrue(broken.toString().contains("audit.hash-mismatch"), broken.toString());
        Files.writeString(segmentFile, tampered.toString());
        assertEquals(1, AuditorCli.run(new String[] {"verify-audit", segmentFile.toString(), "--ca", caFile.toString()},
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(out, true, StandardCharsets.UTF_8)));

        Api.Reply badRange = Api.get("/api/v1/audit/export?from=" + to + "&to=" + from, auditor);
        assertTrue(badRange.isProblem(400), badRange.toString());
        Api.Reply forbidden = Api.get("/api/v1/audit/export?from=" + from + "&to=" + to, cataloguer);
        assertTrue(forbidden.isProblem(403), forbidden.toString());
    }
}
