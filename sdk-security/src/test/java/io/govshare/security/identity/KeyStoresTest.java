package io.govshare.security.identity;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.govshare.security.crypto.CryptoProfiles;
import io.govshare.security.crypto.Pem;

class KeyStoresTest {

    @TempDir
    Path dir;

    private final TestPki pki = new TestPki(CryptoProfiles.INTL);

    @Test
    void savesAndLoadsAnIdentity() throws IOException {
        NodeIdentity node = pki.node("node-a01");
        KeyStores.save(node, dir.resolve("node"));

        NodeIdentity loaded = KeyStores.load(dir.resolve("node"));
        assertEquals("node-a01", loaded.nodeId());
        assertEquals(node.certificate(), loaded.certificate());
        assertArrayEquals(node.privateKey().getEncoded(), loaded.privateKey().getEncoded());
        assertSame(CryptoProfiles.INTL, loaded.profile());
        assertEquals(java.util.List.of(KeyStores.CERTIFICATE_FILE, KeyStores.KEY_FILE),
                Files.list(dir.resolve("node")).map(p -> p.getFileName().toString()).sorted().toList(),
                "no temporary file left behind");
    }

    @Test
    void theKeyFileIsReadableByItsOwnerOnly() throws IOException {
        KeyStores.save(pki.hub, dir);
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve(KeyStores.KEY_FILE))));
    }

    @Test
    void savingAgainReplacesTheFiles() throws IOException {
        KeyStores.save(pki.node("node-a01"), dir);
        KeyStores.save(pki.hub, dir);
        assertEquals("hub", KeyStores.load(dir).nodeId());
    }

    @Test
    void restoresTheCertificateAuthority() throws IOException {
        KeyStores.save(new NodeIdentity("ca", pki.ca.privateKey(), pki.ca.certificate(), pki.profile), dir);
        NodeIdentity stored = KeyStores.load(dir);
        HubCertificateAuthority ca = HubCertificateAuthority.of(stored.privateKey(), stored.certificate(), stored.profile());
        assertEquals(pki.ca.certificate(), ca.certificate());
    }

    @Test
    void refusesAKeyThatIsNotTheCertificates() throws IOException {
        KeyStores.save(pki.hub, dir);
        Files.writeString(dir.resolve(KeyStores.KEY_FILE), Pem.write(pki.profile.generateSigningKeyPair().getPrivate()));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> KeyStores.load(dir));
        assertTrue(e.getMessage().contains("does not belong to certificate"), e.getMessage());
    }

    @Test
    void namesTheFileThatDoesNotHoldACertificate() throws IOException {
        KeyStores.save(pki.hub, dir);
        Files.writeString(dir.resolve(KeyStores.CERTIFICATE_FILE), "not a certificate");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> KeyStores.load(dir));
        assertTrue(e.getMessage().contains(KeyStores.CERTIFICATE_FILE), e.getMessage());
    }
}
