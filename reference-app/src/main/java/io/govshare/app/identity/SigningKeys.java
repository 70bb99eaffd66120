package io.govshare.app.identity;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.RSAPublicKeySpec;
import java.util.Base64;

/**
 * The RSA key pair that signs bearer tokens, kept as PEM files in a directory: {@value #PRIVATE_KEY} (PKCS#8,
 * readable by the owner only) and {@value #PUBLIC_KEY} (X.509 SubjectPublicKeyInfo, which Liberty's mpJwt
 * feature reads through {@code mp.jwt.verify.publickey.location}). Created on first use, then reused, so tokens
 * survive a restart.
 */
public final class SigningKeys {

    public static final String PRIVATE_KEY = "jwt-private.pem";
    public static final String PUBLIC_KEY = "jwt-public.pem";
    private static final int RSA_BITS = 2048;

    private SigningKeys() {
    }

    /** Loads the key pair from {@code directory}, generating and storing a new one if there is none. */
    public static KeyPair loadOrCreate(Path directory) {
        try {
            Path privateFile = directory.resolve(PRIVATE_KEY);
            if (!Files.exists(privateFile)) {
                create(directory);
            }
            RSAPrivateCrtKey privateKey = (RSAPrivateCrtKey) KeyFactory.getInstance("RSA")
                    .generatePrivate(new PKCS8EncodedKeySpec(pemBody(Files.readString(privateFile), "PRIVATE KEY")));
            RSAPublicKey publicKey = (RSAPublicKey) KeyFactory.getInstance("RSA")
                    .generatePublic(new RSAPublicKeySpec(privateKey.getModulus(), privateKey.getPublicExponent()));
            Path publicFile = directory.resolve(PUBLIC_KEY);
            if (!Files.exists(publicFile)) {
                // the public half is derived, so a lost public file is simply written again
                writeAtomically(publicFile, pem("PUBLIC KEY", publicKey.getEncoded()), "rw-r--r--");
            }
            return new KeyPair(publicKey, privateKey);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or write the token signing keys in " + directory, e);
        } catch (GeneralSecurityException | ClassCastException | IllegalArgumentException e) {
            throw new IllegalStateException("The token signing key " + directory.resolve(PRIVATE_KEY)
                    + " is not an RSA private key in PKCS#8 PEM; delete it to have a new one generated", e);
        }
    }

    private static void create(Path directory) throws IOException, GeneralSecurityException {
        Files.createDirectories(directory);
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(RSA_BITS);
        KeyPair pair = generator.generateKeyPair();
        writeAtomically(directory.resolve(PUBLIC_KEY), pem("PUBLIC KEY", pair.getPublic().getEncoded()), "rw-r--r--");
        writeAtomically(directory.resolve(PRIVATE_KEY), pem("PRIVATE KEY", pair.getPrivate().getEncoded()), "rw-------");
    }

    /**
     * Writes a temporary file that has its final permissions from the start (the private key is never readable
     * by others, not even briefly), then moves it in place, so a crash never leaves half a key behind.
     */
    private static void writeAtomically(Path target, String content, String permissions) throws IOException {
        Path dir = target.getParent();
        boolean posix = Files.getFileStore(dir).supportsFileAttributeView("posix");
        Path temp = posix
                ? Files.createTempFile(dir, ".key", ".tmp",
                        PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString(permissions)))
                : Files.createTempFile(dir, ".key", ".tmp");
        try {
            Files.writeString(temp, content, StandardCharsets.US_ASCII);
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    static String pem(String type, byte[] der) {
        String body = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der);
        return "-----BEGIN " + type + "-----\n" + body + "\n-----END " + type + "-----\n";
    }

    static byte[] pemBody(String pem, String type) {
        String begin = "-----BEGIN " + type + "-----";
        String end = "-----END " + type + "-----";
        int from = pem.indexOf(begin);
        int to = pem.indexOf(end);
        if (from < 0 || to < from) {
            throw new IllegalArgumentException("not a PEM " + type);
        }
        return Base64.getMimeDecoder().decode(pem.substring(from + begin.length(), to));
    }
}
