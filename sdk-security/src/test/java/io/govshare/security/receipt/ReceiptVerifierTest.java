package io.govshare.security.receipt;

import static io.govshare.verification.Reason.RECEIPT_DIGEST_MISMATCH;
import static io.govshare.verification.Reason.RECEIPT_HUB_UNTRUSTED;
import static io.govshare.verification.Reason.RECEIPT_MALFORMED;
import static io.govshare.verification.Reason.RECEIPT_SIGNATURE_INVALID;
import static io.govshare.verification.Reason.RECEIPT_TIMESTAMP_INVALID;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.govshare.verification.Finding;
import io.govshare.security.crypto.CryptoProfiles;
import io.govshare.security.identity.HubTrustStore;
import io.govshare.security.identity.NodeIdentity;
import io.govshare.security.identity.Revocation;
import io.govshare.security.identity.TestPki;
import io.govshare.security.timestamp.TimestampAuthority;
import io.govshare.verification.Reason;

class ReceiptVerifierTest {

    private static final Instant RECEIVED = Instant.parse("2026-11-22T08:30:01.234567Z");
    private static final Instant STAMPED = Instant.parse("2026-11-22T08:30:01.300Z");
    private static final Instant AT = Instant.parse("2026-11-23T00:00:00Z");
    private static final byte[] MANIFEST = "{\"packetId\":\"01JD3Z6V8Q4N7R2W5X9Y0A1B2C\"}".getBytes(StandardCharsets.UTF_8);

    @ParameterizedTest
    @ValueSource(strings = {"SM", "INTL"})
    void anIssuedReceiptVerifies(String profileName) {
        TestPki pki = new TestPki(CryptoProfiles.named(profileName));
        String digest = HexFormat.of().formatHex(pki.profile.digest(MANIFEST));
        Receipt receipt = issuer(pki).issue("01JD3Z6V8Q4N7R2W5X9Y0A1B2C", digest, "node-a01", "101001/000001", 42,
                1000, RECEIVED);

        assertEquals(Instant.parse("2026-11-22T08:30:01.234Z"), receipt.receivedAt(), "kept to the millisecond");
        assertEquals(digest, receipt.manifestDigest());
        ReceiptReport report = verifier(pki).verify(receipt.toJson(), digest, AT);
        assertTrue(report.valid(), report.toString());
        assertEquals(STAMPED, report.timestampedAt());
        assertEquals(List.of(), report.findings());
    }

    @Test
    void acceptsAnUpperCaseDigestAndWritesItLowerCase() {
        TestPki pki = new TestPki(CryptoProfiles.SM);
        String digest = HexFormat.of().formatHex(pki.profile.digest(MANIFEST));
        Receipt receipt = issue(pki, digest.toUpperCase());
        assertEquals(digest, receipt.manifestDigest());
        assertTrue(verifier(pki).verify(receipt.toJson(), digest.toUpperCase(), AT).valid());
    }

    @Test
    void reportsADigestMismatchAgainstAnotherPacket() {
        TestPki pki = new TestPki(CryptoProfiles.SM);
        Receipt receipt = issue(pki, digest(pki));
        String other = HexFormat.of().formatHex(pki.profile.digest("other".getBytes()));
        ReceiptReport report = verifier(pki).verify(receipt.toJson(), other, AT);
        assertReasons(report, RECEIPT_DIGEST_MISMATCH);
        assertEquals(STAMPED, report.timestampedAt(), "the token itself is fine");
    }

    @Test
    void reportsAChangedFieldAsAnInvalidSignature() {
        TestPki pki = new TestPki(CryptoProfiles.SM);
        String json = new String(issue(pki, digest(pki)).toJson(), StandardCharsets.UTF_8);
        String changed = json.replace("\"recordCount\":1000", "\"recordCount\":1001");
        assertReasons(verifier(pki).verify(changed.getBytes(StandardCharsets.UTF_8), null, AT), RECEIPT_SIGNATURE_INVALID);
    }

    @Test
    void reportsAnotherManifestDigestAsAnInvalidSignatureAndTimestamp() {
        TestPki pki = new TestPki(CryptoProfiles.INTL);
        String digest = digest(pki);
        String json = new String(issue(pki, digest).toJson(), StandardCharsets.UTF_8);
        String other = HexFormat.of().formatHex(pki.profile.digest("other".getBytes()));
        ReceiptReport report = verifier(pki).verify(json.replace(digest, other).getBytes(StandardCharsets.UTF_8), null, AT);
        assertReasons(report, RECEIPT_SIGNATURE_INVALID, RECEIPT_TIMESTAMP_INVALID);
        assertTrue(report.findings().get(1).message().startsWith("imprint mismatch"), report.toString());
        assertNull(report.timestampedAt());
    }

    /** Any single changed byte must make the receipt fail, with one of the receipt's reasons. */
    @ParameterizedTest
    @ValueSource(strings = {"SM", "INTL"})
    void everyChangedByteIsReported(String profileName) {
        TestPki pki = new TestPki(CryptoProfiles.named(profileName));
        byte[] json = issue(pki, digest(pki)).toJson();
        ReceiptVerifier verifier = verifier(pki);
        Set<Reason> seen = new java.util.HashSet<>();
        int step = profileName.equals("SM") ? 5 : 1; // every byte once (INTL); SM2 is slower, every fifth is plenty
        for (int i = 0; i < json.length; i += step) {
            byte[] changed = json.clone();
            changed[i] ^= 1;
            ReceiptReport report = verifier.verify(changed, null, AT);
            assertFalse(report.valid(), "byte " + i + " changed: " + new String(changed, StandardCharsets.UTF_8));
            for (Finding finding : report.findings()) {
                assertTrue(Set.of(RECEIPT_MALFORMED, RECEIPT_SIGNATURE_INVALID, RECEIPT_TIMESTAMP_INVALID).contains(finding.reason()),
                        "byte " + i + ": " + report);
                seen.add(finding.reason());
            }
        }
        assertEquals(Set.of(RECEIPT_MALFORMED, RECEIPT_SIGNATURE_INVALID, RECEIPT_TIMESTAMP_INVALID), seen);
    }

    @Test
    void reportsMalformedJsonAlone() {
        TestPki pki = new TestPki(CryptoProfiles.SM);
        ReceiptReport report = verifier(pki).verify("{\"schemaVersion\":\"1\"}".getBytes(StandardCharsets.UTF_8), null, AT);
        assertReasons(report, RECEIPT_MALFORMED);
        assertTrue(report.findings().get(0).message().contains("receipt.packetId is required"), report.toString());
    }

    @Test
    void reportsAReceiptSignedByANodeInsteadOfTheHub() {
        TestPki pki = new TestPki(CryptoProfiles.SM);
        NodeIdentity impostor = pki.node("node-a01");
        Receipt receipt = issue(pki, digest(pki));
        String signature = java.util.Base64.getEncoder().encodeToString(
                pki.profile.sign(impostor.privateKey(), receipt.signedBytes()));
        Receipt forged = new Receipt(receipt.schemaVersion(), receipt.packetId(), receipt.manifestDigest(),
                receipt.sourceNode(), receipt.resourceCode(), receipt.sequence(), receipt.recordCount(),
                receipt.receivedAt(), receipt.status(), receipt.timestampToken(), signature);

        assertReasons(verifier(pki).verify(forged.toJson(), null, AT), RECEIPT_SIGNATURE_INVALID);
        ReceiptReport withNodeCertificate = new ReceiptVerifier(pki.trustStore(), impostor.certificate(),
                pki.tsa.certificate()).verify(forged.toJson(), null, AT);
        assertReasons(withNodeCertificate, RECEIPT_HUB_UNTRUSTED);
        assertTrue(withNodeCertificate.findings().get(0).message().contains("is not the hub's"), withNodeCertificate.toString());
    }

    @Test
    void reportsAHubOfAnotherCa() {
        TestPki pki = new TestPki(CryptoProfiles.SM);
        TestPki other = new TestPki(CryptoProfiles.SM);
        Receipt receipt = issue(other, digest(other));
        ReceiptReport report = new ReceiptVerifier(pki.trustStore(), other.hub.certificate(), other.tsa.certificate())
                .verify(receipt.toJson(), null, AT);
        assertReasons(report, RECEIPT_HUB_UNTRUSTED, RECEIPT_TIMESTAMP_INVALID);
        assertTrue(report.toString().contains("UNTRUSTED"), report.toString());
    }

    @Test
    void reportsARevokedHubAndTsa() {
        TestPki pki = new TestPki(CryptoProfiles.SM);
        Receipt receipt = issue(pki, digest(pki));
        HubTrustStore trust = HubTrustStore.of(List.of(pki.ca.certificate()), List.of(pki.ca.revocationList(
                List.of(new Revocation(pki.hub.certificate().getSerialNumber(), STAMPED.plus(Duration.ofHours(1))),
                        new Revocation(pki.tsa.certificate().getSerialNumber(), STAMPED.plus(Duration.ofHours(1)))),
                AT, AT.plus(Duration.ofDays(7)))));
        ReceiptVerifier verifier = new ReceiptVerifier(trust, pki.hub.certificate(), pki.tsa.certificate());

        ReceiptReport now = verifier.verify(receipt.toJson(), null, AT);
        assertReasons(now, RECEIPT_HUB_UNTRUSTED, RECEIPT_TIMESTAMP_INVALID);
        assertTrue(now.toString().contains("REVOKED"), now.toString());
        assertTrue(verifier.verify(receipt.toJson(), null, STAMPED).valid(), "before the revocation it was fine");
    }

    @Test
    void reportsATimestampTokenOfAnotherTsa() {
        TestPki pki = new TestPki(CryptoProfiles.SM);
        TestPki other = new TestPki(CryptoProfiles.SM);
        Receipt receipt = issue(pki, digest(pki));
        ReceiptReport report = new ReceiptVerifier(pki.trustStore(), pki.hub.certificate(), other.tsa.certificate())
                .verify(receipt.toJson(), null, AT);
        assertReasons(report, RECEIPT_TIMESTAMP_INVALID, RECEIPT_TIMESTAMP_INVALID);
        assertTrue(report.findings().get(1).message().contains("not signed by the TSA certificate"), report.toString());
    }

    @Test
    void issuerRefusesValuesThatBreakTheSchema() {
        TestPki pki = new TestPki(CryptoProfiles.SM);
        ReceiptIssuer issuer = issuer(pki);
        ReceiptFormatException packetId = assertThrows(ReceiptFormatException.class,
                () -> issuer.issue("short", digest(pki), "node-a01", "101001/000001", 1, 0, RECEIVED));
        assertTrue(packetId.getMessage().startsWith("receipt.packetId"), packetId.getMessage());
        ReceiptFormatException digest = assertThrows(ReceiptFormatException.class,
                () -> issuer.issue("01JD3Z6V8Q4N7R2W5X9Y0A1B2C", "abc", "node-a01", "101001/000001", 1, 0, RECEIVED));
        assertTrue(digest.getMessage().startsWith("receipt.manifestDigest"), digest.getMessage());
        assertThrows(ReceiptFormatException.class, () -> issuer.issue("01JD3Z6V8Q4N7R2W5X9Y0A1B2C", digest(pki),
                "node-a01", "101001/000001", 0, 0, RECEIVED));
    }

    @Test
    void issuerSignsOnlyWithTheHubsIdentity() {
        TestPki pki = new TestPki(CryptoProfiles.SM);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new ReceiptIssuer(pki.node("node-a01"), authority(pki)));
        assertTrue(e.getMessage().contains("CN=node-a01"), e.getMessage());
    }

    @Test
    void reportJsonListsReasonsAndMessages() {
        TestPki pki = new TestPki(CryptoProfiles.SM);
        Receipt receipt = issue(pki, digest(pki));
        String valid = new String(verifier(pki).verify(receipt.toJson(), null, AT).toJson(), StandardCharsets.UTF_8);
        assertEquals("{\"valid\":true,\"findings\":[],\"timestampedAt\":\"2026-11-22T08:30:01.300Z\"}", valid);
        String invalid = new String(verifier(pki).verify("{}".getBytes(), null, AT).toJson(), StandardCharsets.UTF_8);
        assertTrue(invalid.startsWith("{\"valid\":false,\"findings\":[{\"reason\":\"receipt.malformed\",\"message\":"),
                invalid);
        assertTrue(invalid.endsWith("\"timestampedAt\":null}"), invalid);
    }

    static ReceiptIssuer issuer(TestPki pki) {
        return new ReceiptIssuer(pki.hub, authority(pki));
    }

    static TimestampAuthority authority(TestPki pki) {
        return new TimestampAuthority(pki.tsa.privateKey(), pki.tsa.certificate(), pki.profile,
                Clock.fixed(STAMPED, ZoneOffset.UTC));
    }

    static ReceiptVerifier verifier(TestPki pki) {
        return new ReceiptVerifier(pki.trustStore(), pki.hub.certificate(), pki.tsa.certificate());
    }

    static String digest(TestPki pki) {
        return HexFormat.of().formatHex(pki.profile.digest(MANIFEST));
    }

    static Receipt issue(TestPki pki, String digest) {
        return issuer(pki).issue("01JD3Z6V8Q4N7R2W5X9Y0A1B2C", digest, "node-a01", "101001/000001", 42, 1000, RECEIVED);
    }

    private static void assertReasons(ReceiptReport report, Reason... reasons) {
        assertFalse(report.valid(), report.toString());
        assertEquals(List.of(reasons), report.findings().stream().map(Finding::reason).toList(),
                report.toString());
    }
}
