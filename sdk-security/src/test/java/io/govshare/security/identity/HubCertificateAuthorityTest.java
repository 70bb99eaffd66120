package io.govshare.security.identity;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.govshare.security.crypto.CryptoProfile;
import io.govshare.security.crypto.CryptoProfiles;
import io.govshare.security.internal.Pkix;

class HubCertificateAuthorityTest {

    private static final String SM2_ID = "distid:1234567812345678";
    private static final Instant START = TestPki.START;

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"SM", "INTL"})
    void createsASelfSignedCaThatMayOnlySignCertificatesAndCrls(String profileName) throws Exception {
        CryptoProfile profile = CryptoProfiles.named(profileName);
        HubCertificateAuthority ca = HubCertificateAuthority.create("某省政务数据共享交换平台 CA", profile, START,
                START.plus(Duration.ofDays(3650)));
        X509Certificate certificate = ca.certificate();

        certificate.verify(certificate.getPublicKey(), Pkix.provider());
        assertEquals("某省政务数据共享交换平台 CA", Certificates.nodeId(certificate));
        assertEquals(certificate.getSubjectX500Principal(), certificate.getIssuerX500Principal());
        assertEquals(0, certificate.getBasicConstraints(), "cA=TRUE with pathLen 0");
        assertTrue(certificate.getCriticalExtensionOIDs().containsAll(Set.of("2.5.29.19", "2.5.29.15")));
        boolean[] usage = certificate.getKeyUsage();
        assertTrue(usage[5] && usage[6], "keyCertSign and cRLSign");
        assertFalse(usage[0], "no digitalSignature");
        assertEquals(START, certificate.getNotBefore().toInstant());
        assertEquals(profile, Certificates.profile(certificate));
        assertEquals(Pkix.signatureAlgorithm(profile), certificate.getSigAlgName().toUpperCase());
    }

    @ParameterizedTest
    @ValueSource(strings = {"SM", "INTL"})
    void issuesANodeCertificateWithTheNodeIdAsCommonName(String profileName) throws Exception {
        TestPki pki = new TestPki(CryptoProfiles.named(profileName));
        KeyPair keys = pki.profile.generateSigningKeyPair();
        X509Certificate node = pki.ca.issueNodeCertificate("node-a01", keys.getPublic(), START,
                START.plus(Duration.ofDays(365)));

        node.verify(pki.ca.certificate().getPublicKey(), Pkix.provider());
        assertEquals("node-a01", Certificates.nodeId(node));
        assertEquals(pki.ca.certificate().getSubjectX500Principal(), node.getIssuerX500Principal());
        assertArrayEquals(keys.getPublic().getEncoded(), node.getPublicKey().getEncoded());
        assertEquals(-1, node.getBasicConstraints());
        boolean[] usage = node.getKeyUsage();
        assertTrue(usage[0] && usage[2] && usage[4], "digitalSignature, keyEncipherment, keyAgreement");
        assertFalse(usage[5], "no keyCertSign");
        assertNotNull(node.getExtensionValue("2.5.29.14"), "subject key identifier");
        assertNotNull(node.getExtensionValue("2.5.29.35"), "authority key identifier");
        assertNull(node.getExtendedKeyUsage());
        assertTrue(node.getSerialNumber().signum() > 0);
        assertEquals(128, node.getSerialNumber().bitLength());
        assertEquals(32, Certificates.serialHex(node).length());
    }

    @Test
    void serialNumbersAreRandomAndDistinct() {
        TestPki pki = new TestPki(CryptoProfiles.INTL);
        Set<BigInteger> serials = new HashSet<>();
        for (int i = 0; i < 20; i++) {
            serials.add(pki.node("node-" + (100 + i)).certificate().getSerialNumber());
        }
        assertEquals(20, serials.size());
    }

    @Test
    void issuesATimestampingCertificateWithTheCriticalTimeStampingUsageOnly() throws Exception {
        TestPki pki = new TestPki(CryptoProfiles.SM);
        X509Certificate tsa = pki.tsa.certificate();
        assertEquals(List.of("1.3.6.1.5.5.7.3.8"), tsa.getExtendedKeyUsage());
        assertTrue(tsa.getCriticalExtensionOIDs().contains("2.5.29.37"));
        assertTrue(tsa.getKeyUsage()[0] && tsa.getKeyUsage()[1], "digitalSignature and nonRepudiation");
        assertEquals(-1, tsa.getBasicConstraints());
    }

    @ParameterizedTest
    @ValueSource(strings = {"SM", "INTL"})
    void openSslVerifiesIssuedCertificates(String profileName) throws IOException {
        TestPki pki = new TestPki(CryptoProfiles.named(profileName));
        Path caPem = Files.writeString(dir.resolve("ca.pem"), Certificates.toPem(pki.ca.certificate()));
        Path nodePem = Files.writeString(dir.resolve("node.pem"), Certificates.toPem(pki.node("node-a01").certificate()));
        Path tsaPem = Files.writeString(dir.resolve("tsa.pem"), Certificates.toPem(pki.tsa.certificate()));

        for (Path certificate : List.of(nodePem, tsaPem)) {
            assertTrue(OpenSsl.succeed(verify(profileName, "-CAfile", caPem.toString(), certificate.toString()))
                    .contains(": OK"));
        }
        assertEquals(profileName.equals("SM") ? "SM2-with-SM3" : "ecdsa-with-SHA256", signatureName(nodePem));

        Path otherCa = Files.writeString(dir.resolve("other-ca.pem"),
                Certificates.toPem(new TestPki(CryptoProfiles.named(profileName)).ca.certificate()));
        OpenSsl.Result refused = OpenSsl.run(verify(profileName, "-CAfile", otherCa.toString(), nodePem.toString()));
        assertNotEquals(0, refused.exitCode(), refused.output());
    }

    /**
     * OpenSSL 3.0 verifies an SM2 certificate signature with the GM/T default ID only when told
     * ({@code -vfyopt distid:1234567812345678}); without it, it uses an empty ID and reports a signature
     * failure. CRL signatures take no such option, so OpenSSL 3.0 checks revocation against INTL CRLs only.
     */
    @Test
    void openSslSeesRevocationsOnAnIntlCrl() throws IOException {
        TestPki pki = new TestPki(CryptoProfiles.INTL);
        NodeIdentity node = pki.node("node-a01");
        NodeIdentity revoked = pki.node("node-b02");
        X509CRL crl = pki.ca.revocationList(List.of(new Revocation(revoked.certificate().getSerialNumber(),
                TestPki.NOW.minusSeconds(60))), TestPki.NOW, TestPki.NOW.plus(Duration.ofDays(7)));
        Path caPem = Files.writeString(dir.resolve("ca.pem"), Certificates.toPem(pki.ca.certificate()));
        Path nodePem = Files.writeString(dir.resolve("node.pem"), Certificates.toPem(node.certificate()));
        Path revokedPem = Files.writeString(dir.resolve("revoked.pem"), Certificates.toPem(revoked.certificate()));
        Path crlPem = Files.writeString(dir.resolve("crl.pem"), Certificates.toPem(crl));

        assertTrue(OpenSsl.succeed(verify("INTL", "-crl_check", "-CRLfile", crlPem.toString(), "-CAfile",
                caPem.toString(), nodePem.toString())).contains(": OK"));
        OpenSsl.Result refused = OpenSsl.run(verify("INTL", "-crl_check", "-CRLfile", crlPem.toString(),
                "-CAfile", caPem.toString(), revokedPem.toString()));
        assertNotEquals(0, refused.exitCode(), refused.output());
        assertTrue(refused.output().contains("certificate revoked"), refused.output());

        String crlText = OpenSsl.succeed("crl", "-in", crlPem.toString(), "-CAfile", caPem.toString(), "-noout", "-text");
        assertTrue(crlText.contains("verify OK"), crlText);
        assertTrue(crlText.toLowerCase().contains(Certificates.serialHex(revoked.certificate())), crlText);
    }

    @Test
    void openSslListsTheRevokedSerialsOfAnSmCrl() throws IOException {
        TestPki pki = new TestPki(CryptoProfiles.SM);
        NodeIdentity revoked = pki.node("node-b02");
        X509CRL crl = pki.ca.revocationList(List.of(new Revocation(revoked.certificate().getSerialNumber(),
                TestPki.NOW.minusSeconds(60))), TestPki.NOW, TestPki.NOW.plus(Duration.ofDays(7)));
        Path crlPem = Files.writeString(dir.resolve("crl.pem"), Certificates.toPem(crl));

        String crlText = OpenSsl.succeed("crl", "-in", crlPem.toString(), "-noout", "-text");
        assertTrue(crlText.toLowerCase().contains(Certificates.serialHex(revoked.certificate())), crlText);
        assertTrue(crlText.contains("SM2-with-SM3"), crlText);
    }

    @Test
    void refusesAValidityOutsideTheCas() {
        TestPki pki = new TestPki(CryptoProfiles.SM);
        KeyPair keys = pki.profile.generateSigningKeyPair();
        IllegalArgumentException before = assertThrows(IllegalArgumentException.class,
                () -> pki.ca.issueNodeCertificate("node-a01", keys.getPublic(), START.minusSeconds(1), TestPki.NOW));
        assertTrue(before.getMessage().contains("within the CA certificate's validity"), before.getMessage());
        assertThrows(IllegalArgumentException.class, () -> pki.ca.issueNodeCertificate("node-a01", keys.getPublic(),
                START, TestPki.CA_END.plusSeconds(1)));
        IllegalArgumentException empty = assertThrows(IllegalArgumentException.class,
                () -> pki.ca.issueNodeCertificate("node-a01", keys.getPublic(), TestPki.NOW, TestPki.NOW));
        assertTrue(empty.getMessage().contains("after notBefore"), empty.getMessage());
    }

    @Test
    void refusesAKeyOfTheOtherProfileAndAMalformedNodeId() {
        TestPki pki = new TestPki(CryptoProfiles.SM);
        KeyPair intl = CryptoProfiles.INTL.generateSigningKeyPair();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> pki.ca.issueNodeCertificate("node-a01", intl.getPublic(), START, TestPki.NOW));
        assertTrue(e.getMessage().contains("INTL key but this CA issues SM"), e.getMessage());
        KeyPair sm = CryptoProfiles.SM.generateSigningKeyPair();
        assertThrows(IllegalArgumentException.class,
                () -> pki.ca.issueNodeCertificate("Node A", sm.getPublic(), START, TestPki.NOW));
    }

    @Test
    void restoresFromItsKeyAndCertificateButNotFromAnotherKeyOrANodeCertificate() {
        TestPki pki = new TestPki(CryptoProfiles.SM);
        HubCertificateAuthority restored = HubCertificateAuthority.of(pki.ca.privateKey(), pki.ca.certificate(),
                CryptoProfiles.SM);
        X509Certificate issued = restored.issueNodeCertificate("node-a01",
                CryptoProfiles.SM.generateSigningKeyPair().getPublic(), START, TestPki.NOW);
        assertEquals(CertificateStatus.VALID, pki.trustStore().check(issued, TestPki.NOW));

        IllegalArgumentException wrongKey = assertThrows(IllegalArgumentException.class,
                () -> HubCertificateAuthority.of(pki.hub.privateKey(), pki.ca.certificate(), CryptoProfiles.SM));
        assertTrue(wrongKey.getMessage().contains("does not belong to certificate"), wrongKey.getMessage());
        IllegalArgumentException notCa = assertThrows(IllegalArgumentException.class,
                () -> HubCertificateAuthority.of(pki.hub.privateKey(), pki.hub.certificate(), CryptoProfiles.SM));
        assertTrue(notCa.getMessage().contains("not a CA certificate"), notCa.getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> HubCertificateAuthority.of(pki.ca.privateKey(), pki.ca.certificate(), CryptoProfiles.INTL));
    }

    @Test
    void revocationListIsSignedByTheCaAndListsEachSerialOnce() throws Exception {
        TestPki pki = new TestPki(CryptoProfiles.INTL);
        BigInteger serial = pki.node("node-a01").certificate().getSerialNumber();
        Instant revokedAt = Instant.parse("2026-06-01T10:00:00Z");
        X509CRL crl = pki.ca.revocationList(List.of(new Revocation(serial, revokedAt)), TestPki.NOW,
                TestPki.NOW.plus(Duration.ofDays(1)));
        crl.verify(pki.ca.certificate().getPublicKey(), Pkix.provider());
        assertEquals(revokedAt, crl.getRevokedCertificate(serial).getRevocationDate().toInstant());
        assertEquals(1, crl.getRevokedCertificates().size());
        assertEquals(TestPki.NOW, crl.getThisUpdate().toInstant());

        assertThrows(IllegalArgumentException.class, () -> pki.ca.revocationList(
                List.of(new Revocation(serial, revokedAt), new Revocation(serial, revokedAt)), TestPki.NOW,
                TestPki.NOW.plusSeconds(60)));
        assertThrows(IllegalArgumentException.class, () -> pki.ca.revocationList(
                List.of(new Revocation(serial, TestPki.NOW.plusSeconds(1))), TestPki.NOW, TestPki.NOW.plusSeconds(60)));
        assertThrows(IllegalArgumentException.class, () -> pki.ca.revocationList(List.of(), TestPki.NOW, TestPki.NOW));
        assertThrows(IllegalArgumentException.class, () -> new Revocation(BigInteger.ZERO, revokedAt));
    }

    /** {@code openssl verify} at {@link TestPki#NOW}, with the SM2 default ID for SM certificates. */
    private static String[] verify(String profileName, String... arguments) {
        List<String> command = new java.util.ArrayList<>(List.of("verify", "-attime",
                Long.toString(TestPki.NOW.getEpochSecond())));
        if (profileName.equals("SM")) {
            command.addAll(List.of("-vfyopt", SM2_ID));
        }
        command.addAll(List.of(arguments));
        return command.toArray(String[]::new);
    }

    private String signatureName(Path certificatePem) {
        String text = OpenSsl.succeed("x509", "-in", certificatePem.toString(), "-noout", "-text");
        String line = text.lines().filter(l -> l.contains("Signature Algorithm")).findFirst().orElseThrow();
        return line.substring(line.indexOf(':') + 1).strip();
    }
}
