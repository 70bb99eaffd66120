package io.govshare.app.identity;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.spec.X509EncodedKeySpec;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SigningKeysTest {

    @TempDir
    Path dataDir;

    @Test
    void createsTheKeyPairOnFirstUseAndReusesItAfterwards() {
        Path keysDir = dataDir.resolve("keys");
        KeyPair first = SigningKeys.loadOrCreate(keysDir);
        KeyPair second = SigningKeys.loadOrCreate(keysDir);
        assertArrayEquals(first.getPrivate().getEncoded(), second.getPrivate().getEncoded());
        assertArrayEquals(first.getPublic().getEncoded(), second.getPublic().getEncoded());
    }

    @Test
    void thePrivateKeyFileIsReadableByTheOwnerOnly() throws Exception {
        SigningKeys.loadOrCreate(dataDir);
        assertEquals("rw-------", PosixFilePermissions.toString(
                Files.getPosixFilePermissions(dataDir.resolve(SigningKeys.PRIVATE_KEY))));
    }

    @Test
    void thePublicKeyFileIsTheX509PemMpJwtReads() throws Exception {
        KeyPair keys = SigningKeys.loadOrCreate(dataDir);
        String pem = Files.readString(dataDir.resolve(SigningKeys.PUBLIC_KEY));
        assertTrue(pem.startsWith("-----BEGIN PUBLIC KEY-----\n"), pem);
        var parsed = KeyFactory.getInstance("RSA")
                .generatePublic(new X509EncodedKeySpec(SigningKeys.pemBody(pem, "PUBLIC KEY")));
        assertEquals(keys.getPublic(), parsed);
    }

    @Test
    void aLostPublicKeyFileIsWrittenAgainFromThePrivateKey() throws Exception {
        KeyPair keys = SigningKeys.loadOrCreate(dataDir);
        Files.delete(dataDir.resolve(SigningKeys.PUBLIC_KEY));
        assertEquals(keys.getPublic(), SigningKeys.loadOrCreate(dataDir).getPublic());
        assertTrue(Files.exists(dataDir.resolve(SigningKeys.PUBLIC_KEY)));
    }

    @Test
    void aCorruptPrivateKeyIsReportedWithTheWayOut() throws Exception {
        Files.writeString(dataDir.resolve(SigningKeys.PRIVATE_KEY), "not a key");
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> SigningKeys.loadOrCreate(dataDir));
        assertTrue(e.getMessage().contains("delete it"), e.getMessage());
    }
}
