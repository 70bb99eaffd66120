package io.govshare.security.packet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import io.govshare.exchange.ManifestEntry;
import io.govshare.exchange.PacketManifest;
import io.govshare.exchange.PacketOperation;
import io.govshare.security.crypto.CryptoProfiles;
import io.govshare.security.identity.Certificates;
import io.govshare.security.identity.NodeIdentity;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.govshare.security.identity.OpenSsl;
import io.govshare.security.identity.OpenSsl.Result;

/**
 * An auditor checks a sealed packet with unzip and OpenSSL 3 alone, running exactly the commands of
 * standards/exchange/SPEC.md §5. OpenSSL is always installed where these tests run: its absence fails.
 */
class OpenSslPacketTest {

    private static final String SM2_ID = "distid:1234567812345678";
    private static final String AT = Long.toString(TestPki.NOW.getEpochSecond());

    @TempDir
    Path dir;

    @ParameterizedTest
    @CsvSource({"SM, true", "SM, false", "INTL, true"})
    void openSslVerifiesTheSignatureDigestsAndChainOfASealedPacket(String profileName, boolean encrypted)
            throws IOException {
        boolean sm = profileName.equals("SM");
        TestPki pki = new TestPki(CryptoProfiles.named(profileName));
        NodeIdentity sender = pki.node("node-a");
        NodeIdentity hub = pki.node("hub");
        PacketSpec.Builder spec = PacketSpec.builder(Records.RESOURCE, PacketOperation.FULL).sequence(1);
        Path packet = dir.resolve("packet.gspkt");
        PacketSealer.seal(sender, (encrypted ? spec.recipient("hub", hub.certificate()) : spec.recipient("hub")).build(),
                Records.people(100), packet);
        Path p = unzip(packet, Files.createDirectory(dir.resolve("p")));
        NodeIdentity revoked = pki.node("node-r");
        pki.revoke(revoked, TestPki.NOW.minusSeconds(7200));
        Files.writeString(p.resolve("hub-ca.pem"), Certificates.toPem(pki.ca.certificate()));
        Files.writeString(p.resolve("hub-crl.pem"), Certificates.toPem(pki.crl()));
        Files.writeString(p.resolve("revoked.pem"), Certificates.toPem(revoked.certificate()));

        // openssl x509 -in signer.pem -pubkey -noout > signer-pub.pem
        Result publicKey = openssl(p, "x509", "-in", "signer.pem", "-pubkey", "-noout");
        assertEquals(0, publicKey.exitCode(), publicKey.output());
        Files.writeString(p.resolve("signer-pub.pem"), publicKey.output());

        List<String> verify = sm
                ? List.of("dgst", "-sm3", "-verify", "signer-pub.pem", "-sigopt", SM2_ID,
                        "-signature", "manifest.sig", "manifest.json")
                : List.of("dgst", "-sha256", "-verify", "signer-pub.pem", "-signature", "manifest.sig", "manifest.json");
        Result verified = openssl(p, verify.toArray(String[]::new));
        assertEquals(0, verified.exitCode(), verified.output());
        assertTrue(verified.output().contains("Verified OK"), verified.output());

        PacketManifest manifest = PacketManifest.fromJson(Files.readAllBytes(p.resolve("manifest.json")));
        List<String> digest = new ArrayList<>(List.of("dgst", sm ? "-sm3" : "-sha256", "-r"));
        manifest.entries().forEach(entry -> digest.add(entry.name()));
        Result digests = openssl(p, digest.toArray(String[]::new));
        assertEquals(0, digests.exitCode(), digests.output());
        Map<String, String> byName = new HashMap<>();
        for (String line : digests.output().strip().split("\n")) {
            String[] parts = line.strip().split("\\s+\\*?", 2); // "<hex> *<file>" with -r
            byName.put(parts[1], parts[0]);
        }
        for (ManifestEntry entry : manifest.entries()) {
            assertEquals(entry.digestHex(), byName.get(entry.name()), entry.name() + " in " + digests.output());
            assertEquals(entry.size(), Files.size(p.resolve(entry.name())), entry.name());
        }

        if (sm) {
            checkSmChainAndRevocation(p);
        } else {
            Result chain = openssl(p, "verify", "-attime", AT, "-CAfile", "hub-ca.pem", "-crl_check", "-CRLfile",
                    "hub-crl.pem", "signer.pem");
            assertEquals(0, chain.exitCode(), chain.output());
            assertTrue(chain.output().contains("signer.pem: OK"), chain.output());
            Result refused = openssl(p, "verify", "-attime", AT, "-CAfile", "hub-ca.pem", "-crl_check", "-CRLfile",
                    "hub-crl.pem", "revoked.pem");
            assertNotEquals(0, refused.exitCode(), refused.output());
            assertTrue(refused.output().contains("certificate revoked"), refused.output());
        }

        // And OpenSSL notices what the SDK notices: a changed manifest byte.
        byte[] changed = Files.readAllBytes(p.resolve("manifest.json"));
        changed[changed.length / 2] ^= 1;
        Files.write(p.resolve("manifest.json"), changed);
        Result rejected = openssl(p, verify.toArray(String[]::new));
        assertNotEquals(0, rejected.exitCode(), rejected.output());
        assertTrue(rejected.output().contains("Verification failure"), rejected.output());
    }

    /**
     * SM as SPEC.md §5 says: OpenSSL 3.0 verifies SM2-signed certificates with {@code -vfyopt distid:...} but
     * cannot verify an SM2-signed CRL (it has no way to pass the distinguishing ID for CRLs), so the CRL's
     * signature is checked over its TBSCertList with asn1parse and dgst, and the signer's serial looked up in it.
     */
    private static void checkSmChainAndRevocation(Path p) throws IOException {
        Result chain = openssl(p, "verify", "-attime", AT, "-CAfile", "hub-ca.pem", "-vfyopt", SM2_ID, "signer.pem");
        assertEquals(0, chain.exitCode(), chain.output());
        assertTrue(chain.output().contains("signer.pem: OK"), chain.output());

        Result structure = openssl(p, "asn1parse", "-in", "hub-crl.pem");
        assertEquals(0, structure.exitCode(), structure.output());
        String lastLine = structure.output().strip().lines().reduce((first, second) -> second).orElseThrow();
        assertTrue(lastLine.contains("BIT STRING"), structure.output());
        String signatureOffset = lastLine.strip().split(":")[0];
        assertEquals(0, openssl(p, "asn1parse", "-in", "hub-crl.pem", "-strparse", "4", "-noout", "-out",
                "crl-tbs.der").exitCode());
        assertEquals(0, openssl(p, "asn1parse", "-in", "hub-crl.pem", "-strparse", signatureOffset, "-noout", "-out",
                "crl-sig.der").exitCode());
        Files.writeString(p.resolve("ca-pub.pem"), openssl(p, "x509", "-in", "hub-ca.pem", "-pubkey", "-noout").output());
        Result crlSignature = openssl(p, "dgst", "-sm3", "-verify", "ca-pub.pem", "-sigopt", SM2_ID, "-signature",
                "crl-sig.der", "crl-tbs.der");
        assertTrue(crlSignature.output().contains("Verified OK"), crlSignature.output());

        String crlText = openssl(p, "crl", "-in", "hub-crl.pem", "-noout", "-text").output();
        String signerSerial = openssl(p, "x509", "-in", "signer.pem", "-noout", "-serial").output().strip().substring(7);
        String revokedSerial = openssl(p, "x509", "-in", "revoked.pem", "-noout", "-serial").output().strip().substring(7);
        assertTrue(crlText.contains("Serial Number: " + revokedSerial), crlText);
        assertFalse(crlText.contains("Serial Number: " + signerSerial), crlText);
    }

    static Path unzip(Path packet, Path target) throws IOException {
        try (ZipFile zip = new ZipFile(packet.toFile())) {
            for (ZipEntry entry : Collections.list(zip.entries())) {
                try (InputStream in = zip.getInputStream(entry)) {
                    Files.copy(in, target.resolve(entry.getName()));
                }
            }
        }
        return target;
    }

    static Result openssl(Path workingDirectory, String... arguments) {
        return OpenSsl.runIn(workingDirectory, arguments);
    }
}
