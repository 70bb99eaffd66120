package io.govshare.security.identity;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.spec.ECGenParameterSpec;
import java.util.Base64;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.pkcs.jcajce.JcaPKCS10CertificationRequestBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.govshare.security.crypto.CryptoProfile;
import io.govshare.security.crypto.CryptoProfiles;
import io.govshare.security.internal.Pkix;

class CertificateRequestsTest {

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"SM", "INTL"})
    void parsesTheRequestItCreated(String profileName) {
        CryptoProfile profile = CryptoProfiles.named(profileName);
        KeyPair keys = profile.generateSigningKeyPair();
        String pem = CertificateRequests.createPem(keys, "node-a01", profile);

        assertTrue(pem.startsWith("-----BEGIN CERTIFICATE REQUEST-----\n"), pem);
        ParsedRequest request = CertificateRequests.parse(pem);
        assertEquals("node-a01", request.nodeId());
        assertSame(profile, request.profile());
        assertArrayEquals(keys.getPublic().getEncoded(), request.publicKey().getEncoded());
    }

    @ParameterizedTest
    @ValueSource(strings = {"SM", "INTL"})
    void openSslVerifiesTheRequestSignature(String profileName) throws IOException {
        CryptoProfile profile = CryptoProfiles.named(profileName);
        Path csr = Files.writeString(dir.resolve("node.csr"),
                CertificateRequests.createPem(profile.generateSigningKeyPair(), "node-a01", profile));
        String output = profile == CryptoProfiles.SM
                ? OpenSsl.succeed("req", "-in", csr.toString(), "-noout", "-verify", "-subject",
                        "-vfyopt", "distid:1234567812345678")
                : OpenSsl.succeed("req", "-in", csr.toString(), "-noout", "-verify", "-subject");
        assertTrue(output.contains("verify OK"), output);
        assertTrue(output.contains("CN = node-a01"), output);
    }

    @Test
    void parsesAnSm2RequestMadeByOpenSsl() throws IOException {
        Path key = dir.resolve("key.pem");
        Path csr = dir.resolve("node.csr");
        OpenSsl.succeed("genpkey", "-algorithm", "SM2", "-out", key.toString());
        OpenSsl.succeed("req", "-new", "-key", key.toString(), "-subj", "/CN=node-ossl", "-sm3",
                "-sigopt", "distid:1234567812345678", "-out", csr.toString());

        ParsedRequest request = CertificateRequests.parse(Files.readString(csr));
        assertEquals("node-ossl", request.nodeId());
        assertSame(CryptoProfiles.SM, request.profile());
    }

    @Test
    void parsesAP256RequestMadeByOpenSsl() throws IOException {
        Path key = dir.resolve("key.pem");
        Path csr = dir.resolve("node.csr");
        OpenSsl.succeed("ecparam", "-name", "prime256v1", "-genkey", "-noout", "-out", key.toString());
        OpenSsl.succeed("req", "-new", "-key", key.toString(), "-subj", "/O=Some Bureau/CN=node-ossl", "-sha256",
                "-out", csr.toString());

        ParsedRequest request = CertificateRequests.parse(Files.readString(csr));
        assertEquals("node-ossl", request.nodeId());
        assertSame(CryptoProfiles.INTL, request.profile());
    }

    @Test
    void rejectsEmptyText() {
        assertRejected("", "must not be empty");
        assertRejected(null, "must not be empty");
    }

    @Test
    void rejectsTextThatIsNotPem() {
        assertRejected("node-a01 please", "not PEM");
    }

    @Test
    void rejectsPemThatIsNotACsr() {
        TestPki pki = new TestPki(CryptoProfiles.SM);
        assertRejected(Certificates.toPem(pki.ca.certificate()), "not a CSR");
    }

    @Test
    void rejectsARequestWhoseSignatureDoesNotVerify() {
        KeyPair keys = CryptoProfiles.SM.generateSigningKeyPair();
        String pem = CertificateRequests.createPem(keys, "node-a01", CryptoProfiles.SM);
        byte[] der = der(pem);
        // the subject CN's last letter: still a well-formed request, now with a signature over other bytes
        int at = indexOf(der, "node-a01".getBytes()) + 7;
        der[at] = (byte) '2';
        assertRejected(pem(der), "signature does not verify");
    }

    @Test
    void rejectsARequestSignedWithAnotherKey() throws Exception {
        KeyPair keys = CryptoProfiles.INTL.generateSigningKeyPair();
        KeyPair other = CryptoProfiles.INTL.generateSigningKeyPair();
        var request = new JcaPKCS10CertificationRequestBuilder(
                new X500NameBuilder(BCStyle.INSTANCE).addRDN(BCStyle.CN, "node-a01").build(), keys.getPublic())
                .build(new JcaContentSignerBuilder("SHA256WITHECDSA").setProvider(Pkix.provider()).build(other.getPrivate()));
        assertRejected(pem(request.getEncoded()), "signature does not verify");
    }

    @Test
    void rejectsARequestWithoutCommonName() throws Exception {
        KeyPair keys = CryptoProfiles.SM.generateSigningKeyPair();
        var request = new JcaPKCS10CertificationRequestBuilder(
                new X500NameBuilder(BCStyle.INSTANCE).addRDN(BCStyle.O, "Some Bureau").build(), keys.getPublic())
                .build(new JcaContentSignerBuilder("SM3WITHSM2").setProvider(Pkix.provider()).build(keys.getPrivate()));
        assertRejected(pem(request.getEncoded()), "exactly one CN, found 0");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Node-A01", "node_a01", "节点一"})
    void rejectsACommonNameThatIsNotANodeId(String commonName) throws Exception {
        KeyPair keys = CryptoProfiles.SM.generateSigningKeyPair();
        var request = new JcaPKCS10CertificationRequestBuilder(
                new X500NameBuilder(BCStyle.INSTANCE).addRDN(BCStyle.CN, commonName).build(), keys.getPublic())
                .build(new JcaContentSignerBuilder("SM3WITHSM2").setProvider(Pkix.provider()).build(keys.getPrivate()));
        assertRejected(pem(request.getEncoded()), "CN is not a node id");
    }

    @Test
    void rejectsARequestForTheReservedHubId() throws Exception {
        KeyPair keys = CryptoProfiles.SM.generateSigningKeyPair();
        var request = new JcaPKCS10CertificationRequestBuilder(
                new X500NameBuilder(BCStyle.INSTANCE).addRDN(BCStyle.CN, "hub").build(), keys.getPublic())
                .build(new JcaContentSignerBuilder("SM3WITHSM2").setProvider(Pkix.provider()).build(keys.getPrivate()));
        assertRejected(pem(request.getEncoded()), "reserved");
        assertThrows(IllegalArgumentException.class,
                () -> CertificateRequests.createPem(keys, "hub", CryptoProfiles.SM));
    }

    @Test
    void rejectsAnRsaKey() throws IOException {
        Path key = dir.resolve("rsa.pem");
        Path csr = dir.resolve("rsa.csr");
        OpenSsl.succeed("genpkey", "-algorithm", "RSA", "-pkeyopt", "rsa_keygen_bits:2048", "-out", key.toString());
        OpenSsl.succeed("req", "-new", "-key", key.toString(), "-subj", "/CN=node-rsa", "-out", csr.toString());
        assertRejected(Files.readString(csr), "SM2 (sm2p256v1) or P-256");
    }

    @Test
    void rejectsAKeyOnAnotherCurve() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC", Pkix.provider());
        generator.initialize(new ECGenParameterSpec("secp384r1"));
        KeyPair keys = generator.generateKeyPair();
        var request = new JcaPKCS10CertificationRequestBuilder(
                new X500NameBuilder(BCStyle.INSTANCE).addRDN(BCStyle.CN, "node-a01").build(), keys.getPublic())
                .build(new JcaContentSignerBuilder("SHA384WITHECDSA").setProvider(Pkix.provider()).build(keys.getPrivate()));
        assertRejected(pem(request.getEncoded()), "got curve 1.3.132.0.34");
    }

    @Test
    void rejectsAP256RequestNotSignedWithSha256() throws Exception {
        KeyPair keys = CryptoProfiles.INTL.generateSigningKeyPair();
        var request = new JcaPKCS10CertificationRequestBuilder(
                new X500NameBuilder(BCStyle.INSTANCE).addRDN(BCStyle.CN, "node-a01").build(), keys.getPublic())
                .build(new JcaContentSignerBuilder("SHA384WITHECDSA").setProvider(Pkix.provider()).build(keys.getPrivate()));
        assertRejected(pem(request.getEncoded()), "must be signed with SHA256WITHECDSA");
    }

    @Test
    void refusesToCreateARequestWhoseKeyIsNotOnTheProfilesCurve() {
        KeyPair intl = CryptoProfiles.INTL.generateSigningKeyPair();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> CertificateRequests.createPem(intl, "node-a01", CryptoProfiles.SM));
        assertTrue(e.getMessage().contains("INTL key"), e.getMessage());
    }

    private static void assertRejected(String pem, String expectedMessagePart) {
        CertificateRequestException e = assertThrows(CertificateRequestException.class,
                () -> CertificateRequests.parse(pem));
        assertTrue(e.getMessage().contains(expectedMessagePart),
                "expected '" + expectedMessagePart + "' in: " + e.getMessage());
    }

    static byte[] der(String pem) {
        String body = pem.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
        return Base64.getDecoder().decode(body);
    }

    private static String pem(byte[] der) {
        return "-----BEGIN CERTIFICATE REQUEST-----\n" + Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(der)
                + "\n-----END CERTIFICATE REQUEST-----\n";
    }

    static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        throw new AssertionError("bytes not found");
    }
}
