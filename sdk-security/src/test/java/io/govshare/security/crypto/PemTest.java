package io.govshare.security.crypto;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class PemTest {

    static Stream<CryptoProfile> profiles() {
        return Stream.of(CryptoProfiles.SM, CryptoProfiles.INTL);
    }

    @ParameterizedTest
    @MethodSource("profiles")
    void keysSurviveAPemRoundTripAndStillSignAndVerify(CryptoProfile profile) {
        KeyPair keys = profile.generateSigningKeyPair();
        String publicPem = Pem.write(keys.getPublic());
        String privatePem = Pem.write(keys.getPrivate());
        assertTrue(publicPem.startsWith("-----BEGIN PUBLIC KEY-----"), publicPem);
        assertTrue(privatePem.startsWith("-----BEGIN PRIVATE KEY-----"), privatePem);

        PublicKey publicKey = Pem.readPublicKey(publicPem);
        PrivateKey privateKey = Pem.readPrivateKey(privatePem);
        assertArrayEquals(keys.getPublic().getEncoded(), publicKey.getEncoded());
        byte[] data = "round trip".getBytes(StandardCharsets.UTF_8);
        assertTrue(profile.verify(publicKey, data, profile.sign(privateKey, data)));
    }

    @Test
    void rejectsPrivateKeyWhereAPublicKeyIsExpected() {
        String privatePem = Pem.write(CryptoProfiles.SM.generateSigningKeyPair().getPrivate());
        CryptoException failure = assertThrows(CryptoException.class, () -> Pem.readPublicKey(privatePem));
        assertEquals("PEM text must hold a 'PUBLIC KEY' block, found a private key", failure.getMessage());
    }

    @Test
    void rejectsTextWithoutAPemBlock() {
        CryptoException failure = assertThrows(CryptoException.class, () -> Pem.readPublicKey("not a key"));
        assertEquals("PEM public key has no '-----BEGIN ...-----' block", failure.getMessage());
    }

    @Test
    void rejectsCorruptedBase64() {
        String corrupted = "-----BEGIN PUBLIC KEY-----\nMFkw!!!!\n-----END PUBLIC KEY-----\n";
        CryptoException failure = assertThrows(CryptoException.class, () -> Pem.readPublicKey(corrupted));
        assertTrue(failure.getMessage().startsWith("PEM public key"), failure.getMessage());
    }
}
