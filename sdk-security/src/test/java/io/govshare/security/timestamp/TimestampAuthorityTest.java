package io.govshare.security.timestamp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HexFormat;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.cms.ContentInfo;
import org.bouncycastle.asn1.gm.GMObjectIdentifiers;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.tsp.TimeStampToken;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.govshare.security.crypto.CryptoProfile;
import io.govshare.security.crypto.CryptoProfiles;
import io.govshare.security.identity.Certificates;
import io.govshare.security.identity.OpenSsl;
import io.govshare.security.identity.TestPki;

class TimestampAuthorityTest {

    private static final Instant GEN_TIME = Instant.parse("2026-11-22T08:30:01.234Z");
    private static final byte[] MANIFEST = "{\"packetId\":\"01JD3Z6V8Q4N7R2W5X9Y0A1B2C\"}".getBytes(StandardCharsets.UTF_8);

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"SM", "INTL"})
    void stampsAnImprintThatVerifiesWithTheTsaCertificate(String profileName) throws Exception {
        TestPki pki = new TestPki(CryptoProfiles.named(profileName));
        byte[] imprint = pki.profile.digest(MANIFEST);
        byte[] token = authority(pki).stamp(imprint);

        assertEquals(GEN_TIME, Timestamps.verify(token, imprint, pki.tsa.certificate()));

        TimeStampToken parsed = new TimeStampToken(ContentInfo.getInstance(ASN1Primitive.fromByteArray(token)));
        assertEquals(profileName.equals("SM") ? GMObjectIdentifiers.sm3 : NISTObjectIdentifiers.id_sha256,
                parsed.getTimeStampInfo().getMessageImprintAlgOID());
        assertArrayEquals(imprint, parsed.getTimeStampInfo().getMessageImprintDigest());
        assertEquals(TimestampAuthority.POLICY, parsed.getTimeStampInfo().getPolicy().getId());
        assertNotNull(parsed.getSignedAttributes().get(PKCSObjectIdentifiers.id_aa_signingCertificateV2),
                "ESSCertIDv2 signing-certificate attribute");
        assertEquals(1, parsed.getCertificates().getMatches(null).size(), "the TSA certificate travels with the token");
        assertTrue(parsed.getTimeStampInfo().getTsa().toString().contains("GovShare Test TSA"));
    }

    @Test
    void everyTokenHasItsOwnSerialNumber() throws Exception {
        TestPki pki = new TestPki(CryptoProfiles.SM);
        TimestampAuthority tsa = authority(pki);
        byte[] imprint = pki.profile.digest(MANIFEST);
        TimeStampToken first = new TimeStampToken(ContentInfo.getInstance(ASN1Primitive.fromByteArray(tsa.stamp(imprint))));
        TimeStampToken second = new TimeStampToken(ContentInfo.getInstance(ASN1Primitive.fromByteArray(tsa.stamp(imprint))));
        assertNotEquals(first.getTimeStampInfo().getSerialNumber(), second.getTimeStampInfo().getSerialNumber());
        assertTrue(first.getTimeStampInfo().getSerialNumber().signum() > 0);
    }

    @Test
    void openSslVerifiesAnIntlTokenAgainstTheDataAndTheDigest() throws Exception {
        TestPki pki = new TestPki(CryptoProfiles.INTL);
        byte[] imprint = pki.profile.digest(MANIFEST);
        Path token = Files.write(dir.resolve("token.der"), authority(pki).stamp(imprint));
        String at = Long.toString(GEN_TIME.getEpochSecond());
        Path data = Files.write(dir.resolve("manifest.json"), MANIFEST);
        Path ca = Files.writeString(dir.resolve("ca.pem"), Certificates.toPem(pki.ca.certificate()));
        Path tsa = Files.writeString(dir.resolve("tsa.pem"), Certificates.toPem(pki.tsa.certificate()));

        String byData = OpenSsl.succeed("ts", "-verify", "-attime", at, "-data", data.toString(), "-in", token.toString(), "-token_in",
                "-CAfile", ca.toString(), "-untrusted", tsa.toString());
        assertTrue(byData.contains("Verification: OK"), byData);
        String byDigest = OpenSsl.succeed("ts", "-verify", "-attime", at, "-digest", HexFormat.of().formatHex(imprint), "-in",
                token.toString(), "-token_in", "-CAfile", ca.toString(), "-untrusted", tsa.toString());
        assertTrue(byDigest.contains("Verification: OK"), byDigest);

        Path other = Files.write(dir.resolve("other.json"), "{}".getBytes(StandardCharsets.UTF_8));
        OpenSsl.Result refused = OpenSsl.run("ts", "-verify", "-attime", at, "-data", other.toString(), "-in", token.toString(),
                "-token_in", "-CAfile", ca.toString(), "-untrusted", tsa.toString());
        assertNotEquals(0, refused.exitCode(), refused.output());
        assertTrue(refused.output().contains("message imprint mismatch"), refused.output());
    }

    /**
     * OpenSSL 3.0 reads SM tokens ({@code openssl ts -reply -token_in -text}) but cannot check them: its
     * PKCS#7 code has no SM2 support (it cannot even sign an SM2 reply itself) and its chain check lacks
     * the GM/T default SM2 ID. The SDK's {@link Timestamps#verify} is the checker for SM tokens.
     */
    @Test
    void openSslPrintsAnSmTokenWithItsSm3Imprint() throws Exception {
        TestPki pki = new TestPki(CryptoProfiles.SM);
        byte[] imprint = pki.profile.digest(MANIFEST);
        Path token = Files.write(dir.resolve("token.der"), authority(pki).stamp(imprint));
        String text = OpenSsl.succeed("ts", "-reply", "-in", token.toString(), "-token_in", "-text");
        assertTrue(text.contains("Hash Algorithm: sm3"), text);
        assertTrue(text.contains("Policy OID: 1.2.156.0.1"), text);
        assertTrue(text.contains("Time stamp: Nov 22 08:30:01.234 2026 GMT"), text);
    }

    @Test
    void rejectsATokenForAnotherImprint() {
        TestPki pki = new TestPki(CryptoProfiles.SM);
        byte[] token = authority(pki).stamp(pki.profile.digest(MANIFEST));
        TimestampException e = assertThrows(TimestampException.class,
                () -> Timestamps.verify(token, pki.profile.digest("other".getBytes()), pki.tsa.certificate()));
        assertTrue(e.getMessage().startsWith("imprint mismatch"), e.getMessage());
    }

    @Test
    void rejectsATokenOfAnotherTsa() {
        TestPki pki = new TestPki(CryptoProfiles.SM);
        TestPki other = new TestPki(CryptoProfiles.SM);
        byte[] imprint = pki.profile.digest(MANIFEST);
        byte[] token = authority(other).stamp(imprint);
        TimestampException e = assertThrows(TimestampException.class,
                () -> Timestamps.verify(token, imprint, pki.tsa.certificate()));
        assertTrue(e.getMessage().contains("not signed by the TSA certificate"), e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"SM", "INTL"})
    void rejectsATokenWhoseSignedContentWasChanged(String profileName) {
        TestPki pki = new TestPki(CryptoProfiles.named(profileName));
        byte[] imprint = pki.profile.digest(MANIFEST);
        byte[] token = authority(pki).stamp(imprint);
        int at = indexOf(token, imprint);
        token[at] ^= 1;
        TimestampException e = assertThrows(TimestampException.class,
                () -> Timestamps.verify(token, imprint, pki.tsa.certificate()));
        assertTrue(e.getMessage().contains("signature invalid"), e.getMessage());
    }

    @Test
    void rejectsBytesThatAreNotAToken() {
        TestPki pki = new TestPki(CryptoProfiles.INTL);
        byte[] imprint = pki.profile.digest(MANIFEST);
        TimestampException garbage = assertThrows(TimestampException.class,
                () -> Timestamps.verify("not a token".getBytes(), imprint, pki.tsa.certificate()));
        assertTrue(garbage.getMessage().startsWith("not a DER-encoded RFC 3161 TimeStampToken"), garbage.getMessage());
        assertThrows(TimestampException.class, () -> Timestamps.verify(new byte[0], imprint, pki.tsa.certificate()));
        byte[] token = authority(pki).stamp(imprint);
        byte[] truncated = java.util.Arrays.copyOf(token, token.length - 1);
        assertThrows(TimestampException.class, () -> Timestamps.verify(truncated, imprint, pki.tsa.certificate()));
    }

    @Test
    void rejectsATokenStampedOutsideTheTsaCertificatesValidity() {
        TestPki pki = new TestPki(CryptoProfiles.INTL);
        byte[] imprint = pki.profile.digest(MANIFEST);
        byte[] token = new TimestampAuthority(pki.tsa.privateKey(), pki.tsa.certificate(), pki.profile,
                Clock.fixed(TestPki.START.minusSeconds(3600), ZoneOffset.UTC)).stamp(imprint);
        TimestampException e = assertThrows(TimestampException.class,
                () -> Timestamps.verify(token, imprint, pki.tsa.certificate()));
        assertTrue(e.getMessage().contains("outside the TSA certificate's validity"), e.getMessage());
    }

    @Test
    void refusesAnImprintOfTheWrongLength() {
        TestPki pki = new TestPki(CryptoProfiles.SM);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> authority(pki).stamp(new byte[20]));
        assertTrue(e.getMessage().contains("32-byte SM3 digest, got 20 bytes"), e.getMessage());
    }

    @Test
    void refusesACertificateWithoutTheTimestampingUsageOrOfAnotherKey() {
        TestPki pki = new TestPki(CryptoProfiles.SM);
        Clock clock = Clock.systemUTC();
        IllegalArgumentException notTsa = assertThrows(IllegalArgumentException.class,
                () -> new TimestampAuthority(pki.hub.privateKey(), pki.hub.certificate(), pki.profile, clock));
        assertTrue(notTsa.getMessage().contains("not a timestamping certificate"), notTsa.getMessage());
        IllegalArgumentException otherKey = assertThrows(IllegalArgumentException.class,
                () -> new TimestampAuthority(pki.hub.privateKey(), pki.tsa.certificate(), pki.profile, clock));
        assertTrue(otherKey.getMessage().contains("does not belong"), otherKey.getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> new TimestampAuthority(pki.tsa.privateKey(), pki.tsa.certificate(), CryptoProfiles.INTL, clock));
        TimestampAuthority authority = authority(pki);
        assertSame(pki.tsa.certificate(), authority.certificate());
    }

    private static TimestampAuthority authority(TestPki pki) {
        return new TimestampAuthority(pki.tsa.privateKey(), pki.tsa.certificate(), pki.profile,
                Clock.fixed(GEN_TIME, ZoneOffset.UTC));
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        throw new AssertionError("imprint not found in token");
    }
}
