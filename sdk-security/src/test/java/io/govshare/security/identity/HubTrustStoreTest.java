package io.govshare.security.identity;

import static io.govshare.security.identity.TestPki.NOW;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import io.govshare.security.crypto.CryptoProfiles;

class HubTrustStoreTest {

    private final TestPki pki = new TestPki(CryptoProfiles.SM);

    @ParameterizedTest
    @ValueSource(strings = {"SM", "INTL"})
    void trustsANodeCertificateOfItsCaWithinItsValidity(String profileName) {
        TestPki pki = new TestPki(CryptoProfiles.named(profileName));
        NodeIdentity node = pki.node("node-a01");
        assertEquals(CertificateStatus.VALID, pki.trustStore().check(node.certificate(), NOW));
        assertEquals(CertificateStatus.VALID, pki.trustStore().check(pki.hub.certificate(), NOW));
        assertEquals(CertificateStatus.VALID, pki.trustStore().check(pki.tsa.certificate(), NOW));
    }

    @Test
    void doesNotTrustACertificateOfAnotherCaEvenWithTheSameName() {
        TestPki impostor = new TestPki(CryptoProfiles.SM);
        X509Certificate foreign = impostor.node("node-a01").certificate();
        assertEquals(pki.ca.certificate().getSubjectX500Principal(), foreign.getIssuerX500Principal());
        assertEquals(CertificateStatus.UNTRUSTED, pki.trustStore().check(foreign, NOW));
    }

    @Test
    void doesNotTrustATamperedCertificate() throws Exception {
        byte[] der = pki.node("node-a01").certificate().getEncoded();
        int at = CertificateRequestsTest.indexOf(der, "node-a01".getBytes()) + 7;
        der[at] = (byte) '2';
        X509Certificate tampered = Certificates.readCertificate("-----BEGIN CERTIFICATE-----\n"
                + java.util.Base64.getMimeEncoder().encodeToString(der) + "\n-----END CERTIFICATE-----\n");
        assertEquals("node-a02", Certificates.nodeId(tampered));
        assertEquals(CertificateStatus.UNTRUSTED, pki.trustStore().check(tampered, NOW));
    }

    @Test
    void doesNotTrustTheCaCertificateItselfAsASigner() {
        assertEquals(CertificateStatus.UNTRUSTED, pki.trustStore().check(pki.ca.certificate(), NOW));
    }

    @Test
    void doesNotTrustNothing() {
        assertEquals(CertificateStatus.UNTRUSTED, pki.trustStore().check(null, NOW));
    }

    @Test
    void reportsValidityByTheInstantChecked() {
        Instant notBefore = Instant.parse("2026-03-01T00:00:00Z");
        Instant notAfter = Instant.parse("2026-09-01T00:00:00Z");
        X509Certificate node = pki.node("node-a01", notBefore, notAfter).certificate();
        HubTrustStore trust = pki.trustStore();

        assertEquals(CertificateStatus.NOT_YET_VALID, trust.check(node, notBefore.minusSeconds(1)));
        assertEquals(CertificateStatus.VALID, trust.check(node, notBefore));
        assertEquals(CertificateStatus.VALID, trust.check(node, notAfter));
        assertEquals(CertificateStatus.EXPIRED, trust.check(node, notAfter.plusSeconds(1)));
    }

    @Test
    void reportsRevokedFromTheRevocationDateOnward() {
        X509Certificate node = pki.node("node-a01").certificate();
        Instant revokedAt = Instant.parse("2026-06-01T10:00:00Z");
        X509CRL crl = pki.ca.revocationList(List.of(new Revocation(node.getSerialNumber(), revokedAt)), NOW,
                NOW.plus(Duration.ofDays(7)));
        HubTrustStore trust = HubTrustStore.of(List.of(pki.ca.certificate()), List.of(crl));

        assertEquals(CertificateStatus.VALID, trust.check(node, revokedAt.minusSeconds(1)),
                "what it signed before its revocation stays verifiable");
        assertEquals(CertificateStatus.REVOKED, trust.check(node, revokedAt));
        assertEquals(CertificateStatus.REVOKED, trust.check(node, NOW));
        assertEquals(CertificateStatus.REVOKED, trust.check(node, TestPki.START.plus(Duration.ofDays(2000))),
                "revocation wins over expiry");
        assertEquals(CertificateStatus.VALID, trust.check(pki.hub.certificate(), NOW));
        assertEquals(List.of(crl), trust.acceptedCrls());
    }

    @Test
    void ignoresACrlNotSignedByItsCa() {
        X509Certificate node = pki.node("node-a01").certificate();
        TestPki impostor = new TestPki(CryptoProfiles.SM);
        X509CRL forged = impostor.ca.revocationList(List.of(new Revocation(node.getSerialNumber(),
                NOW.minusSeconds(60))), NOW, NOW.plus(Duration.ofDays(7)));
        assertEquals(pki.ca.certificate().getSubjectX500Principal(), forged.getIssuerX500Principal());

        HubTrustStore trust = HubTrustStore.of(List.of(pki.ca.certificate()), List.of(forged));
        assertEquals(List.of(), trust.acceptedCrls());
        assertEquals(CertificateStatus.VALID, trust.check(node, NOW));
    }

    @Test
    void appliesEachCrlOnlyToTheCertificatesOfItsOwnCa() {
        TestPki other = new TestPki(CryptoProfiles.INTL);
        X509Certificate node = pki.node("node-a01").certificate();
        X509Certificate otherNode = other.node("node-a01").certificate();
        X509CRL otherCrl = other.ca.revocationList(List.of(new Revocation(node.getSerialNumber(), NOW.minusSeconds(60)),
                new Revocation(otherNode.getSerialNumber(), NOW.minusSeconds(60))), NOW, NOW.plus(Duration.ofDays(7)));
        HubTrustStore trust = HubTrustStore.of(List.of(pki.ca.certificate(), other.ca.certificate()), List.of(otherCrl));

        assertEquals(CertificateStatus.VALID, trust.check(node, NOW));
        assertEquals(CertificateStatus.REVOKED, trust.check(otherNode, NOW));
    }

    @Test
    void refusesToTrustANonCaCertificateAsCa() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> HubTrustStore.of(List.of(pki.hub.certificate()), List.of()));
        assertTrue(e.getMessage().contains("not a CA certificate"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> HubTrustStore.of(List.of(), List.of()));
    }
}
