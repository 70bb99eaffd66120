package io.govshare.security.audit;

import static io.govshare.verification.Reason.AUDIT_CHAIN_BROKEN;
import static io.govshare.verification.Reason.AUDIT_CHECKPOINT_INVALID;
import static io.govshare.verification.Reason.AUDIT_CHECKPOINT_NOT_IN_SEGMENT;
import static io.govshare.verification.Reason.AUDIT_HASH_MISMATCH;
import static io.govshare.verification.Reason.AUDIT_MALFORMED;
import static io.govshare.verification.Reason.AUDIT_SEQUENCE_GAP;
import static io.govshare.verification.Reason.AUDIT_SIGNER_UNTRUSTED;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.govshare.verification.Finding;
import io.govshare.security.crypto.CryptoProfiles;
import io.govshare.security.identity.Certificates;
import io.govshare.security.identity.HubTrustStore;
import io.govshare.security.identity.NodeIdentity;
import io.govshare.security.identity.Revocation;
import io.govshare.security.identity.TestPki;
import io.govshare.verification.Reason;

class AuditSegmentVerifierTest {

    private static final Instant T0 = Instant.parse("2026-11-22T08:00:00Z");

    private final TestPki pki = new TestPki(CryptoProfiles.SM);

    /** Entries 1..10 of a log, with checkpoints at 4 and 8 signed a minute apart. */
    private final List<AuditEntry> log = chain(pki, 10);

    @ParameterizedTest
    @ValueSource(strings = {"SM", "INTL"})
    void aWholeLogWithCheckpointsVerifies(String profileName) {
        TestPki pki = new TestPki(CryptoProfiles.named(profileName));
        List<AuditEntry> log = chain(pki, 10);
        AuditReport report = verify(pki, segment(pki, pki.hub, log, checkpoints(pki.hub, log, 4, 8)));

        assertTrue(report.valid(), report.toString());
        assertEquals(1, report.firstSequence());
        assertEquals(10, report.lastSequence());
        assertEquals(AuditChain.GENESIS, report.firstPrevHash());
        assertEquals(log.get(9).hash(), report.lastHash());
        assertEquals(8, report.lastCheckpointSequence());
        assertEquals(2, report.uncoveredEntries(), "entries 9 and 10 wait for the next checkpoint");
        assertTrue(report.toString().contains("2 trailing entries not yet covered"), report.toString());
    }

    @Test
    void aSegmentFromTheMiddleVerifiesAsAContinuation() {
        List<AuditEntry> middle = log.subList(4, 10);
        AuditReport report = verify(pki, segment(pki, pki.hub, middle, checkpoints(pki.hub, log, 8)));
        assertTrue(report.valid(), report.toString());
        assertEquals(5, report.firstSequence());
        assertEquals(log.get(3).hash(), report.firstPrevHash(), "links to the previous segment's last hash");
    }

    @Test
    void theJsonVerifiesHoweverItIsFormatted() {
        byte[] json = segment(pki, pki.hub, log, checkpoints(pki.hub, log, 4, 8)).toJson();
        JsonObject reparsed = Json.createReader(new java.io.ByteArrayInputStream(json)).readObject();
        String pretty = reparsed.toString().replace(",\"", ",\n  \"");
        assertTrue(new AuditSegmentVerifier(pki.trustStore()).verify(pretty.getBytes(StandardCharsets.UTF_8)).valid());
    }

    @Test
    void reportsAChangedEventAtItsSequence() {
        List<AuditEntry> entries = new ArrayList<>(log);
        AuditEntry third = entries.get(2);
        entries.set(2, new AuditEntry(3, third.prevHash(), third.hash(),
                Json.createObjectBuilder(third.event()).add("actor", "someone-else").build()));
        AuditReport report = verify(pki, segment(pki, pki.hub, entries, checkpoints(pki.hub, log, 4, 8)));
        assertReasons(report, AUDIT_HASH_MISMATCH);
        assertTrue(report.findings().get(0).message().startsWith("at sequence 3:"), report.toString());
    }

    @Test
    void reportsARewrittenHashAsABrokenChain() {
        List<AuditEntry> entries = new ArrayList<>(log);
        JsonObject forged = Json.createObjectBuilder(log.get(2).event()).add("actor", "someone-else").build();
        entries.set(2, AuditChain.entry(pki.profile, 3, log.get(1).hash(), forged));
        AuditReport report = verify(pki, segment(pki, pki.hub, entries, checkpoints(pki.hub, log, 4, 8)));
        assertReasons(report, AUDIT_CHAIN_BROKEN);
        assertTrue(report.findings().get(0).message().startsWith("at sequence 4:"), report.toString());
    }

    @Test
    void reportsARewrittenTailAgainstTheSignedCheckpoints() {
        List<AuditEntry> entries = new ArrayList<>(log.subList(0, 2));
        JsonObject forged = Json.createObjectBuilder(log.get(2).event()).add("actor", "someone-else").build();
        entries.add(AuditChain.entry(pki.profile, 3, log.get(1).hash(), forged));
        for (int i = 3; i < 10; i++) {
            entries.add(AuditChain.entry(pki.profile, i + 1, entries.get(i - 1).hash(), log.get(i).event()));
        }
        AuditReport report = verify(pki, segment(pki, pki.hub, entries, checkpoints(pki.hub, log, 4, 8)));
        assertReasons(report, AUDIT_CHECKPOINT_INVALID, AUDIT_CHECKPOINT_INVALID);
        assertEquals(0, report.lastCheckpointSequence());
        assertEquals(10, report.uncoveredEntries());
    }

    @Test
    void reportsARemovedEntryAsASequenceGap() {
        List<AuditEntry> entries = new ArrayList<>(log);
        entries.remove(4);
        AuditReport report = verify(pki, segment(pki, pki.hub, entries, checkpoints(pki.hub, log, 4, 8)));
        assertReasons(report, AUDIT_SEQUENCE_GAP);
        assertTrue(report.findings().get(0).message().startsWith("at sequence 6: follows entry 4"), report.toString());
    }

    @Test
    void reportsAFirstEntryThatDoesNotStartFromGenesis() {
        List<AuditEntry> entries = new ArrayList<>(log);
        entries.set(0, AuditChain.entry(pki.profile, 1, log.get(5).hash(), log.get(0).event()));
        AuditReport report = verify(pki, segment(pki, pki.hub, entries, List.of()));
        assertReasons(report, AUDIT_CHAIN_BROKEN, AUDIT_CHAIN_BROKEN);
        assertTrue(report.findings().get(0).message().contains("GENESIS"), report.toString());
    }

    @Test
    void reportsACheckpointOutsideTheSegment() {
        List<AuditEntry> first = log.subList(0, 6);
        AuditReport report = verify(pki, segment(pki, pki.hub, first, checkpoints(pki.hub, log, 4, 8)));
        assertReasons(report, AUDIT_CHECKPOINT_NOT_IN_SEGMENT);
        assertTrue(report.findings().get(0).message().startsWith("at sequence 8:"), report.toString());
        assertEquals(4, report.lastCheckpointSequence());
    }

    @Test
    void reportsACheckpointWithAnotherHashOrABadSignature() {
        List<AuditCheckpoint> signed = checkpoints(pki.hub, log, 4, 8);
        AuditCheckpoint wrongHash = AuditCheckpoint.sign(pki.hub, 4, log.get(4).hash(), T0);
        AuditCheckpoint other = AuditCheckpoint.sign(pki.hub, 8, log.get(7).hash(), T0.plusSeconds(5));
        AuditCheckpoint badSignature = new AuditCheckpoint(8, log.get(7).hash(), T0.plusSeconds(60), other.signature());
        AuditReport report = verify(pki, segment(pki, pki.hub, log, List.of(wrongHash, badSignature)));
        assertReasons(report, AUDIT_CHECKPOINT_INVALID, AUDIT_CHECKPOINT_INVALID);
        assertTrue(report.findings().get(0).message().contains("is not the entry's hash"), report.toString());
        assertTrue(report.findings().get(1).message().contains("signature does not verify"), report.toString());
        assertTrue(verify(pki, segment(pki, pki.hub, log, signed)).valid());
    }

    @Test
    void reportsCheckpointsSignedByANodeInsteadOfTheHub() {
        NodeIdentity node = pki.node("node-a01");
        AuditReport report = verify(pki, segment(pki, node, log, checkpoints(node, log, 4, 8)));
        assertReasons(report, AUDIT_SIGNER_UNTRUSTED);
        assertTrue(report.findings().get(0).message().contains("CN=node-a01 is not the hub's"), report.toString());
        assertEquals(0, report.lastCheckpointSequence());
    }

    @Test
    void reportsAHubOfAnotherCa() {
        TestPki other = new TestPki(CryptoProfiles.SM);
        List<AuditEntry> log = chain(other, 5);
        AuditReport report = verify(pki, segment(other, other.hub, log, checkpoints(other.hub, log, 3, 5)));
        assertReasons(report, AUDIT_SIGNER_UNTRUSTED);
        assertTrue(report.findings().get(0).message().contains("UNTRUSTED when checkpoint 3 was signed")
                && report.findings().get(0).message().contains("and at 1 more checkpoints"), report.toString());
    }

    @Test
    void checkpointsSignedBeforeTheHubsRevocationStillCount() {
        Instant revokedAt = T0.plusSeconds(90); // after checkpoint 4 (T0 + 60 s), before checkpoint 8 (T0 + 120 s)
        HubTrustStore trust = HubTrustStore.of(List.of(pki.ca.certificate()), List.of(pki.ca.revocationList(
                List.of(new Revocation(pki.hub.certificate().getSerialNumber(), revokedAt)), TestPki.NOW,
                TestPki.NOW.plus(Duration.ofDays(7)))));
        AuditReport report = new AuditSegmentVerifier(trust)
                .verify(segment(pki, pki.hub, log, checkpoints(pki.hub, log, 4, 8)).toJson());
        assertReasons(report, AUDIT_SIGNER_UNTRUSTED);
        assertTrue(report.findings().get(0).message().contains("REVOKED when checkpoint 8 was signed"), report.toString());
        assertEquals(4, report.lastCheckpointSequence());
    }

    @Test
    void reportsASignerCertificateOfTheOtherProfileAsMalformed() {
        TestPki intl = new TestPki(CryptoProfiles.INTL);
        AuditSegment segment = new AuditSegment("SM", Certificates.toPem(intl.hub.certificate()), log, List.of());
        assertReasons(verify(pki, segment), AUDIT_MALFORMED);
        AuditSegment unreadable = new AuditSegment("SM", "not a certificate", log, List.of());
        assertReasons(verify(pki, unreadable), AUDIT_MALFORMED);
    }

    @Test
    void anEmptySegmentIsValidAndCoversNothing() {
        AuditReport report = verify(pki, segment(pki, pki.hub, List.of(), List.of()));
        assertTrue(report.valid(), report.toString());
        assertEquals(0, report.lastSequence());
        assertEquals(0, report.uncoveredEntries());
    }

    /**
     * Any single changed byte outside the embedded certificate must make the segment fail. (The certificate
     * is checked by its key: text around the PEM block is ignored as OpenSSL ignores it.)
     */
    @Test
    void everyChangedByteIsReported() {
        TestPki intl = new TestPki(CryptoProfiles.INTL); // ECDSA keeps the 4,000 verifications quick
        List<AuditEntry> log = chain(intl, 6);
        byte[] json = segment(intl, intl.hub, log, checkpoints(intl.hub, log, 6)).toJson();
        String text = new String(json, StandardCharsets.UTF_8);
        int certificateStart = text.indexOf("-----BEGIN CERTIFICATE-----");
        int certificateEnd = text.indexOf("\"", certificateStart);
        AuditSegmentVerifier verifier = new AuditSegmentVerifier(intl.trustStore());
        Set<Reason> seen = new HashSet<>();
        for (int i = 0; i < json.length; i++) {
            if (i >= certificateStart && i < certificateEnd) {
                continue;
            }
            byte[] changed = json.clone();
            changed[i] ^= 1;
            AuditReport report = verifier.verify(changed);
            assertFalse(report.valid(), "byte " + i + " changed: " + new String(changed, StandardCharsets.UTF_8));
            report.findings().forEach(f -> seen.add(f.reason()));
        }
        assertTrue(seen.containsAll(Set.of(AUDIT_MALFORMED, AUDIT_HASH_MISMATCH, AUDIT_CHAIN_BROKEN, AUDIT_CHECKPOINT_INVALID,
                AUDIT_SEQUENCE_GAP)),
                seen.toString());
    }

    @Test
    void aReplacedCertificateIsReported() {
        TestPki other = new TestPki(CryptoProfiles.SM);
        AuditSegment segment = segment(pki, pki.hub, log, checkpoints(pki.hub, log, 4, 8));
        AuditSegment swapped = new AuditSegment("SM", Certificates.toPem(other.hub.certificate()), segment.entries(),
                segment.checkpoints());
        AuditReport report = verify(pki, swapped);
        assertReasons(report, AUDIT_CHECKPOINT_INVALID, AUDIT_CHECKPOINT_INVALID);
    }

    @Test
    void reportJsonCarriesTheNote() {
        AuditReport report = verify(pki, segment(pki, pki.hub, log, checkpoints(pki.hub, log, 4, 8)));
        String json = new String(report.toJson(), StandardCharsets.UTF_8);
        assertTrue(json.startsWith("{\"valid\":true,\"findings\":[],\"firstSequence\":1,\"lastSequence\":10,"), json);
        assertTrue(json.endsWith("\"lastCheckpointSequence\":8,\"uncoveredEntries\":2}"), json);
    }

    static List<AuditEntry> chain(TestPki pki, int length) {
        List<AuditEntry> entries = new ArrayList<>();
        String previous = AuditChain.GENESIS;
        for (int i = 1; i <= length; i++) {
            JsonObject event = Json.createObjectBuilder()
                    .add("id", i)
                    .add("occurredAt", T0.plusSeconds(i).toString())
                    .add("actor", "admin")
                    .add("action", "exchange.node-approved")
                    .add("targetId", "node-" + (100 + i))
                    .addNull("detail")
                    .build();
            AuditEntry entry = AuditChain.entry(pki.profile, i, previous, event);
            entries.add(entry);
            previous = entry.hash();
        }
        return entries;
    }

    static List<AuditCheckpoint> checkpoints(NodeIdentity signer, List<AuditEntry> log, long... sequences) {
        List<AuditCheckpoint> checkpoints = new ArrayList<>();
        for (long sequence : sequences) {
            AuditEntry entry = log.get((int) sequence - 1);
            checkpoints.add(AuditCheckpoint.sign(signer, sequence, entry.hash(), T0.plusSeconds(15 * sequence)));
        }
        return checkpoints;
    }

    static AuditSegment segment(TestPki pki, NodeIdentity signer, List<AuditEntry> entries,
                                List<AuditCheckpoint> checkpoints) {
        return new AuditSegment(pki.profile.name(), Certificates.toPem(signer.certificate()), entries, checkpoints);
    }

    private static AuditReport verify(TestPki pki, AuditSegment segment) {
        return new AuditSegmentVerifier(pki.trustStore()).verify(segment.toJson());
    }

    private static void assertReasons(AuditReport report, Reason... reasons) {
        assertFalse(report.valid(), report.toString());
        assertEquals(List.of(reasons), report.findings().stream().map(Finding::reason).toList(),
                report.toString());
    }
}
