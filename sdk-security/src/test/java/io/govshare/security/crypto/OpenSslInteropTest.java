package io.govshare.security.crypto;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.util.HexFormat;
import java.util.Random;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.govshare.security.identity.OpenSsl;
import io.govshare.security.identity.OpenSsl.Result;

/**
 * Independent verification with OpenSSL 3: what the SDK signs and digests must check out with the
 * {@code openssl} commands an auditor would run (STANDARDS-NOTES §8). OpenSSL is always installed where
 * these tests run, so a missing binary is a failure, not a skip.
 */
class OpenSslInteropTest {

    private static final String SM2_DEFAULT_ID = "distid:1234567812345678";

    @TempDir
    Path dir;
    private Path file;

    @BeforeEach
    void writePacketFile() throws IOException {
        byte[] content = new byte[1_000_000];
        new Random(42).nextBytes(content);
        file = Files.write(dir.resolve("packet.bin"), content);
    }

    @Test
    void openSslVerifiesSmSignatureWithTheDefaultId() throws IOException {
        KeyPair keys = CryptoProfiles.SM.generateSigningKeyPair();
        Path signature = Files.write(dir.resolve("sig.der"), CryptoProfiles.SM.sign(keys.getPrivate(), Files.readAllBytes(file)));
        Path publicKey = Files.writeString(dir.resolve("pub.pem"), Pem.write(keys.getPublic()));

        Result verified = openssl("dgst", "-sm3", "-verify", publicKey.toString(), "-sigopt", SM2_DEFAULT_ID,
                "-signature", signature.toString(), file.toString());
        assertEquals(0, verified.exitCode(), verified.output());
        assertTrue(verified.output().contains("Verified OK"), verified.output());

        tamper(file);
        Result rejected = openssl("dgst", "-sm3", "-verify", publicKey.toString(), "-sigopt", SM2_DEFAULT_ID,
                "-signature", signature.toString(), file.toString());
        assertNotEquals(0, rejected.exitCode(), rejected.output());
        assertTrue(rejected.output().contains("Verification failure"), rejected.output());
    }

    /**
     * A kept signing key signs through one initialised SM2 signer per thread, which must start every signature
     * from Z again: each of several signatures in a row, from two threads, verifies with OpenSSL over its own
     * data, and none verifies over another's.
     */
    @Test
    void openSslVerifiesEverySignatureOfAKeptSmSigningKey() throws Exception {
        KeyPair keys = CryptoProfiles.SM.generateSigningKeyPair();
        SigningKey kept = CryptoProfiles.SM.signingKey(keys.getPrivate());
        Path publicKey = Files.writeString(dir.resolve("pub.pem"), Pem.write(keys.getPublic()));
        java.util.concurrent.ExecutorService other = java.util.concurrent.Executors.newSingleThreadExecutor();
        try {
            for (int i = 0; i < 4; i++) {
                byte[] data = ("receipt " + i).getBytes(java.nio.charset.StandardCharsets.UTF_8);
                byte[] signature = i % 2 == 0 ? kept.sign(data) : other.submit(() -> kept.sign(data)).get();
                Path dataFile = Files.write(dir.resolve("data" + i), data);
                Path signatureFile = Files.write(dir.resolve("sig" + i + ".der"), signature);
                Result verified = openssl("dgst", "-sm3", "-verify", publicKey.toString(), "-sigopt", SM2_DEFAULT_ID,
                        "-signature", signatureFile.toString(), dataFile.toString());
                assertEquals(0, verified.exitCode(), "signature " + i + ": " + verified.output());
                assertTrue(CryptoProfiles.SM.verify(keys.getPublic(), data, signature));
                assertFalse(CryptoProfiles.SM.verify(keys.getPublic(), ("receipt " + (i + 1)).getBytes(
                        java.nio.charset.StandardCharsets.UTF_8), signature));
            }
        } finally {
            other.shutdownNow();
        }
    }

    @Test
    void aKeptSigningKeyRefusesAKeyOfTheOtherProfile() {
        KeyPair intl = CryptoProfiles.INTL.generateSigningKeyPair();
        CryptoException refused = org.junit.jupiter.api.Assertions.assertThrows(CryptoException.class,
                () -> CryptoProfiles.SM.signingKey(intl.getPrivate()));
        assertTrue(refused.getMessage().contains("signing key"), refused.getMessage());
        KeyPair sm = CryptoProfiles.SM.generateSigningKeyPair();
        byte[] data = {1, 2, 3};
        assertTrue(CryptoProfiles.INTL.verify(intl.getPublic(), data,
                CryptoProfiles.INTL.signingKey(intl.getPrivate()).sign(data)));
        org.junit.jupiter.api.Assertions.assertThrows(CryptoException.class,
                () -> CryptoProfiles.INTL.signingKey(sm.getPrivate()));
    }

    @Test
    void openSslVerifiesIntlSignature() throws IOException {
        KeyPair keys = CryptoProfiles.INTL.generateSigningKeyPair();
        Path signature = Files.write(dir.resolve("sig.der"),
                CryptoProfiles.INTL.sign(keys.getPrivate(), Files.newInputStream(file)));
        Path publicKey = Files.writeString(dir.resolve("pub.pem"), Pem.write(keys.getPublic()));

        Result verified = openssl("dgst", "-sha256", "-verify", publicKey.toString(),
                "-signature", signature.toString(), file.toString());
        assertEquals(0, verified.exitCode(), verified.output());
        assertTrue(verified.output().contains("Verified OK"), verified.output());

        tamper(file);
        Result rejected = openssl("dgst", "-sha256", "-verify", publicKey.toString(),
                "-signature", signature.toString(), file.toString());
        assertNotEquals(0, rejected.exitCode(), rejected.output());
        assertTrue(rejected.output().contains("Verification failure"), rejected.output());
    }

    @Test
    void smDigestEqualsOpenSslSm3() throws IOException {
        Result result = openssl("dgst", "-sm3", "-r", file.toString());
        assertEquals(0, result.exitCode(), result.output());
        assertEquals(firstWord(result.output()), hex(CryptoProfiles.SM.digest(Files.newInputStream(file))));
    }

    @Test
    void intlDigestEqualsOpenSslSha256() throws IOException {
        Result result = openssl("dgst", "-sha256", "-r", file.toString());
        assertEquals(0, result.exitCode(), result.output());
        assertEquals(firstWord(result.output()), hex(CryptoProfiles.INTL.digest(Files.readAllBytes(file))));
    }

    @Test
    void verifiesSmSignatureMadeByOpenSslWithAnOpenSslKey() throws IOException {
        Path privateKey = dir.resolve("key.pem");
        Path publicKey = dir.resolve("pub.pem");
        Path signature = dir.resolve("sig.der");
        requireSuccess(openssl("genpkey", "-algorithm", "SM2", "-out", privateKey.toString()));
        requireSuccess(openssl("pkey", "-in", privateKey.toString(), "-pubout", "-out", publicKey.toString()));
        requireSuccess(openssl("dgst", "-sm3", "-sign", privateKey.toString(), "-sigopt", SM2_DEFAULT_ID,
                "-out", signature.toString(), file.toString()));

        PublicKey key = Pem.readPublicKey(Files.readString(publicKey));
        assertTrue(CryptoProfiles.SM.verify(key, Files.newInputStream(file), Files.readAllBytes(signature)));
        tamper(file);
        assertFalse(CryptoProfiles.SM.verify(key, Files.readAllBytes(file), Files.readAllBytes(signature)));
    }

    @Test
    void signsWithAnOpenSslSec1PrivateKey() throws IOException {
        Path privateKey = dir.resolve("key.pem");
        Path publicKey = dir.resolve("pub.pem");
        requireSuccess(openssl("ecparam", "-name", "prime256v1", "-genkey", "-noout", "-out", privateKey.toString()));
        requireSuccess(openssl("ec", "-in", privateKey.toString(), "-pubout", "-out", publicKey.toString()));
        assertTrue(Files.readString(privateKey).startsWith("-----BEGIN EC PRIVATE KEY-----"));

        PrivateKey key = Pem.readPrivateKey(Files.readString(privateKey));
        Path signature = Files.write(dir.resolve("sig.der"), CryptoProfiles.INTL.sign(key, Files.readAllBytes(file)));
        Result verified = openssl("dgst", "-sha256", "-verify", publicKey.toString(),
                "-signature", signature.toString(), file.toString());
        assertEquals(0, verified.exitCode(), verified.output());
    }

    private static void tamper(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        bytes[bytes.length / 2] ^= 1;
        Files.write(file, bytes);
    }

    private static String firstWord(String output) {
        return output.strip().split("\\s+")[0];
    }

    private static String hex(byte[] bytes) {
        return HexFormat.of().formatHex(bytes);
    }

    private static void requireSuccess(Result result) {
        assertEquals(0, result.exitCode(), "openssl failed: " + result.output());
    }

    private static Result openssl(String... arguments) {
        return OpenSsl.run(arguments);
    }
}
