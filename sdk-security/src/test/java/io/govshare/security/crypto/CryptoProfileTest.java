package io.govshare.security.crypto;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.util.Random;
import java.util.stream.Stream;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The contract every profile keeps; each test runs for SM and INTL. */
class CryptoProfileTest {

    private static final byte[] DATA = "政务信息资源共享交换 packet body".getBytes(StandardCharsets.UTF_8);
    private static final byte[] AAD = "packet-id=P-0001".getBytes(StandardCharsets.UTF_8);

    static Stream<CryptoProfile> profiles() {
        return Stream.of(CryptoProfiles.SM, CryptoProfiles.INTL);
    }

    @ParameterizedTest
    @MethodSource("profiles")
    void verifiesItsOwnSignature(CryptoProfile profile) {
        KeyPair keys = profile.generateSigningKeyPair();
        byte[] signature = profile.sign(keys.getPrivate(), DATA);
        assertTrue(profile.verify(keys.getPublic(), DATA, signature));
    }

    @ParameterizedTest
    @MethodSource("profiles")
    void rejectsSignatureOverTamperedData(CryptoProfile profile) {
        KeyPair keys = profile.generateSigningKeyPair();
        byte[] signature = profile.sign(keys.getPrivate(), DATA);
        byte[] tampered = DATA.clone();
        tampered[3] ^= 1;
        assertFalse(profile.verify(keys.getPublic(), tampered, signature));
    }

    @ParameterizedTest
    @MethodSource("profiles")
    void rejectsSignatureCheckedWithAnotherKey(CryptoProfile profile) {
        byte[] signature = profile.sign(profile.generateSigningKeyPair().getPrivate(), DATA);
        assertFalse(profile.verify(profile.generateSigningKeyPair().getPublic(), DATA, signature));
    }

    @ParameterizedTest
    @MethodSource("profiles")
    void treatsMalformedSignatureAsInvalid(CryptoProfile profile) {
        KeyPair keys = profile.generateSigningKeyPair();
        assertFalse(profile.verify(keys.getPublic(), DATA, new byte[] {1, 2, 3}));
    }

    @ParameterizedTest
    @MethodSource("profiles")
    void streamingSignatureMatchesOneShotVerification(CryptoProfile profile) throws IOException {
        KeyPair keys = profile.generateSigningKeyPair();
        byte[] large = randomBytes(300_000);
        byte[] signature = profile.sign(keys.getPrivate(), new ByteArrayInputStream(large));
        assertTrue(profile.verify(keys.getPublic(), large, signature));
        assertTrue(profile.verify(keys.getPublic(), new ByteArrayInputStream(large), signature));
        large[299_999] ^= 1;
        assertFalse(profile.verify(keys.getPublic(), new ByteArrayInputStream(large), signature));
    }

    @ParameterizedTest
    @MethodSource("profiles")
    void refusesSigningKeyOfTheOtherProfile(CryptoProfile profile) {
        CryptoProfile other = profile == CryptoProfiles.SM ? CryptoProfiles.INTL : CryptoProfiles.SM;
        KeyPair foreign = other.generateSigningKeyPair();
        CryptoException signing = assertThrows(CryptoException.class, () -> profile.sign(foreign.getPrivate(), DATA));
        assertTrue(signing.getMessage().contains("signing key must be an EC key on curve"), signing.getMessage());
        CryptoException verifying = assertThrows(CryptoException.class,
                () -> profile.verify(foreign.getPublic(), DATA, new byte[64]));
        assertTrue(verifying.getMessage().contains("verification key"), verifying.getMessage());
    }

    @ParameterizedTest
    @MethodSource("profiles")
    void streamingDigestEqualsOneShotDigest(CryptoProfile profile) throws IOException {
        byte[] large = randomBytes(200_000);
        var digest = profile.newDigest();
        digest.update(large, 0, 1000);
        digest.update(large, 1000, large.length - 1000);
        assertArrayEquals(profile.digest(large), digest.digest());
        assertArrayEquals(profile.digest(large), profile.digest(new ByteArrayInputStream(large)));
        assertEquals(32, profile.digest(large).length);
    }

    @ParameterizedTest
    @MethodSource("profiles")
    void decryptsWhatItEncrypted(CryptoProfile profile) {
        SecretKey key = profile.generateContentKey();
        byte[] iv = profile.generateIv();
        byte[] ciphertext = profile.encrypt(key, iv, DATA, AAD);
        assertEquals(DATA.length + CryptoProfile.TAG_LENGTH, ciphertext.length);
        assertArrayEquals(DATA, profile.decrypt(key, iv, ciphertext, AAD));
    }

    @ParameterizedTest
    @MethodSource("profiles")
    void failsToDecryptTamperedCiphertext(CryptoProfile profile) {
        SecretKey key = profile.generateContentKey();
        byte[] iv = profile.generateIv();
        byte[] ciphertext = profile.encrypt(key, iv, DATA, AAD);
        ciphertext[0] ^= 1;
        CryptoException failure = assertThrows(CryptoException.class, () -> profile.decrypt(key, iv, ciphertext, AAD));
        assertTrue(failure.getMessage().contains("GCM authentication failed"), failure.getMessage());
    }

    @ParameterizedTest
    @MethodSource("profiles")
    void failsToDecryptWithDifferentAad(CryptoProfile profile) {
        SecretKey key = profile.generateContentKey();
        byte[] iv = profile.generateIv();
        byte[] ciphertext = profile.encrypt(key, iv, DATA, AAD);
        byte[] otherAad = "packet-id=P-0002".getBytes(StandardCharsets.UTF_8);
        assertThrows(CryptoException.class, () -> profile.decrypt(key, iv, ciphertext, otherAad));
        assertThrows(CryptoException.class, () -> profile.decrypt(key, iv, ciphertext, null));
    }

    @ParameterizedTest
    @MethodSource("profiles")
    void rejectsIvThatIsNotTwelveBytes(CryptoProfile profile) {
        SecretKey key = profile.generateContentKey();
        CryptoException failure = assertThrows(CryptoException.class,
                () -> profile.encrypt(key, new byte[16], DATA, AAD));
        assertEquals("iv must be 12 bytes, got 16 bytes", failure.getMessage());
    }

    @ParameterizedTest
    @MethodSource("profiles")
    void rejectsContentKeyOfTheWrongAlgorithmOrLength(CryptoProfile profile) {
        SecretKey wrong = new SecretKeySpec(new byte[24], "AES");
        CryptoException failure = assertThrows(CryptoException.class,
                () -> profile.encrypt(wrong, profile.generateIv(), DATA, AAD));
        assertTrue(failure.getMessage().startsWith("content key must be a"), failure.getMessage());
    }

    @ParameterizedTest
    @MethodSource("profiles")
    void encryptingStreamProducesTheOneShotCiphertext(CryptoProfile profile) throws IOException {
        SecretKey key = profile.generateContentKey();
        byte[] iv = profile.generateIv();
        byte[] large = randomBytes(500_000);
        ByteArrayOutputStream sink = new ByteArrayOutputStream();
        try (OutputStream out = profile.encryptingStream(sink, key, iv, AAD)) {
            for (int offset = 0; offset < large.length; offset += 7_919) {
                out.write(large, offset, Math.min(7_919, large.length - offset));
            }
        }
        assertArrayEquals(profile.encrypt(key, iv, large, AAD), sink.toByteArray());
    }

    @ParameterizedTest
    @MethodSource("profiles")
    void decryptingStreamReturnsThePlaintext(CryptoProfile profile) throws IOException {
        SecretKey key = profile.generateContentKey();
        byte[] iv = profile.generateIv();
        byte[] large = randomBytes(500_000);
        byte[] ciphertext = profile.encrypt(key, iv, large, AAD);
        try (InputStream in = profile.decryptingStream(new ByteArrayInputStream(ciphertext), key, iv, AAD)) {
            assertArrayEquals(large, in.readAllBytes());
        }
    }

    @ParameterizedTest
    @MethodSource("profiles")
    void decryptingStreamFailsAtEndWhenTagDoesNotMatch(CryptoProfile profile) throws IOException {
        SecretKey key = profile.generateContentKey();
        byte[] iv = profile.generateIv();
        byte[] ciphertext = profile.encrypt(key, iv, randomBytes(200_000), AAD);
        ciphertext[100_000] ^= 1;
        try (InputStream in = profile.decryptingStream(new ByteArrayInputStream(ciphertext), key, iv, AAD)) {
            CryptoException failure = assertThrows(CryptoException.class, in::readAllBytes);
            assertTrue(failure.getMessage().contains("GCM authentication failed"), failure.getMessage());
        }
    }

    @ParameterizedTest
    @MethodSource("profiles")
    void unwrapsTheContentKeyForTheRecipient(CryptoProfile profile) {
        KeyPair recipient = profile.generateSigningKeyPair();
        SecretKey contentKey = profile.generateContentKey();
        byte[] wrapped = profile.wrapKey(recipient.getPublic(), contentKey);
        SecretKey unwrapped = profile.unwrapKey(recipient.getPrivate(), wrapped);
        assertArrayEquals(contentKey.getEncoded(), unwrapped.getEncoded());
        assertEquals(contentKey.getAlgorithm(), unwrapped.getAlgorithm());
        byte[] iv = profile.generateIv();
        assertArrayEquals(DATA, profile.decrypt(unwrapped, iv, profile.encrypt(contentKey, iv, DATA, AAD), AAD));
    }

    @ParameterizedTest
    @MethodSource("profiles")
    void wrapsTheSameKeyDifferentlyEachTime(CryptoProfile profile) {
        KeyPair recipient = profile.generateSigningKeyPair();
        SecretKey contentKey = profile.generateContentKey();
        assertFalse(java.util.Arrays.equals(profile.wrapKey(recipient.getPublic(), contentKey),
                profile.wrapKey(recipient.getPublic(), contentKey)));
    }

    @ParameterizedTest
    @MethodSource("profiles")
    void refusesToUnwrapForAnotherRecipient(CryptoProfile profile) {
        byte[] wrapped = profile.wrapKey(profile.generateSigningKeyPair().getPublic(), profile.generateContentKey());
        KeyPair stranger = profile.generateSigningKeyPair();
        CryptoException failure = assertThrows(CryptoException.class,
                () -> profile.unwrapKey(stranger.getPrivate(), wrapped));
        assertTrue(failure.getMessage().contains("wrong recipient key"), failure.getMessage());
    }

    @ParameterizedTest
    @MethodSource("profiles")
    void refusesToUnwrapAlteredOrTruncatedKey(CryptoProfile profile) {
        KeyPair recipient = profile.generateSigningKeyPair();
        byte[] wrapped = profile.wrapKey(recipient.getPublic(), profile.generateContentKey());
        byte[] altered = wrapped.clone();
        altered[altered.length - 1] ^= 1;
        assertThrows(CryptoException.class, () -> profile.unwrapKey(recipient.getPrivate(), altered));
        byte[] truncated = java.util.Arrays.copyOf(wrapped, 40);
        CryptoException failure = assertThrows(CryptoException.class,
                () -> profile.unwrapKey(recipient.getPrivate(), truncated));
        assertTrue(failure.getMessage().startsWith("wrapped key must be"), failure.getMessage());
    }

    private static byte[] randomBytes(int length) {
        byte[] bytes = new byte[length];
        new Random(length).nextBytes(bytes);
        return bytes;
    }
}
