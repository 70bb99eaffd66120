package io.govshare.security.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509CRL;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.govshare.security.crypto.CryptoProfiles;
import io.govshare.security.crypto.Pem;

class CertificatesTest {

    private final TestPki pki = new TestPki(CryptoProfiles.SM);

    @TempDir
    Path dir;

    @Test
    void certificatePemRoundTrips() {
        String pem = Certificates.toPem(pki.hub.certificate());
        assertTrue(pem.startsWith("-----BEGIN CERTIFICATE-----\n") && pem.endsWith("-----END CERTIFICATE-----\n"), pem);
        assertEquals(pki.hub.certificate(), Certificates.readCertificate(pem));
        assertEquals("hub", Certificates.nodeId(Certificates.readCertificate(pem)));
        assertSame(CryptoProfiles.SM, Certificates.profile(Certificates.readCertificate(pem)));
    }

    @Test
    void readsABundleInOrderButNotAsOneCertificate() {
        String bundle = Certificates.toPem(pki.ca.certificate()) + Certificates.toPem(pki.hub.certificate());
        assertEquals(List.of(pki.ca.certificate(), pki.hub.certificate()), Certificates.readCertificates(bundle));
        CertificateFormatException e = assertThrows(CertificateFormatException.class,
                () -> Certificates.readCertificate(bundle));
        assertTrue(e.getMessage().contains("exactly one certificate, found 2"), e.getMessage());
    }

    @Test
    void crlPemRoundTrips() {
        X509CRL crl = pki.ca.revocationList(List.of(), TestPki.NOW, TestPki.NOW.plus(Duration.ofDays(1)));
        String pem = Certificates.toPem(crl);
        assertTrue(pem.startsWith("-----BEGIN X509 CRL-----\n"), pem);
        assertEquals(crl, Certificates.readCrl(pem));
    }

    @Test
    void readsWhatOpenSslWrites() throws Exception {
        Path der = Files.write(dir.resolve("hub.der"), pki.hub.certificate().getEncoded());
        Path pem = dir.resolve("hub.pem");
        OpenSsl.succeed("x509", "-inform", "DER", "-in", der.toString(), "-out", pem.toString());
        assertEquals(pki.hub.certificate(), Certificates.readCertificate(Files.readString(pem)));
        String serial = OpenSsl.succeed("x509", "-in", pem.toString(), "-noout", "-serial");
        assertEquals("serial=" + Certificates.serialHex(pki.hub.certificate()).toUpperCase(), serial.strip());
    }

    @Test
    void refusesTextThatDoesNotHoldWhatWasAskedFor() {
        String key = Pem.write(pki.hub.privateKey());
        String certificate = Certificates.toPem(pki.hub.certificate());
        assertRefused(() -> Certificates.readCertificate(""), "must not be empty");
        assertRefused(() -> Certificates.readCertificate("hello"), "no '-----BEGIN");
        assertRefused(() -> Certificates.readCertificate(key), "found a private key");
        assertRefused(() -> Certificates.readCertificates(certificate + key), "found a private key");
        assertRefused(() -> Certificates.readCrl(certificate), "found a certificate");
        assertRefused(() -> Certificates.readCertificate("-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----\n"),
                "malformed");
    }

    @Test
    void nodeIdNeedsExactlyOneCommonName() {
        assertEquals("GovShare Test Hub CA", Certificates.nodeId(pki.ca.certificate()));
        assertEquals("GovShare Test TSA", Certificates.nodeId(pki.tsa.certificate()));
    }

    @Test
    void tellsWhetherAPrivateKeyIsTheCertificates() {
        assertTrue(Certificates.isKeyOf(pki.hub.privateKey(), pki.hub.certificate()));
        assertFalse(Certificates.isKeyOf(pki.tsa.privateKey(), pki.hub.certificate()));
        assertFalse(Certificates.isKeyOf(
                CryptoProfiles.INTL.generateSigningKeyPair().getPrivate(), pki.hub.certificate()), "another curve");
    }

    private static void assertRefused(org.junit.jupiter.api.function.Executable read, String messagePart) {
        CertificateFormatException e = assertThrows(CertificateFormatException.class, read);
        assertTrue(e.getMessage().contains(messagePart), "expected '" + messagePart + "' in: " + e.getMessage());
    }
}
