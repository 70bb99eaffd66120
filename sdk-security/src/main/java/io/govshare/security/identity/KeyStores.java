package io.govshare.security.identity;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.Objects;

import io.govshare.security.crypto.CryptoException;
import io.govshare.security.crypto.CryptoProfile;
import io.govshare.security.crypto.Pem;

/**
 * A key and its certificate kept as two PEM files in a directory: {@value #KEY_FILE} (unencrypted PKCS#8,
 * created owner-read/write only where the file system has POSIX permissions) and {@value #CERTIFICATE_FILE}.
 * Serves node identities, the hub's own identity, its CA ({@link HubCertificateAuthority#of}) and its
 * timestamping key alike; OpenSSL reads both files as they are.
 */
public final class KeyStores {

    public static final String KEY_FILE = "key.pem";
    public static final String CERTIFICATE_FILE = "certificate.pem";

    private KeyStores() {
    }

    /**
     * Writes the identity's key and certificate into {@code directory} (created if missing), replacing
     * earlier files. Each file is written to a temporary file first and moved into place, so a crash leaves
     * the old file or the new one, never half of one.
     */
    public static void save(NodeIdentity identity, Path directory) throws IOException {
        Objects.requireNonNull(identity, "identity");
        Files.createDirectories(directory);
        writeAtomically(directory, KEY_FILE, Pem.write(identity.privateKey()), true);
        writeAtomically(directory, CERTIFICATE_FILE, Certificates.toPem(identity.certificate()), false);
    }

    /**
     * The identity stored in {@code directory}: node id from the certificate's CN, profile from its key.
     *
     * @throws IOException              if a file cannot be read
     * @throws IllegalArgumentException if a file does not hold what it should, or the key is not the
     *                                  certificate's
     */
    public static NodeIdentity load(Path directory) throws IOException {
        Path keyFile = directory.resolve(KEY_FILE);
        Path certificateFile = directory.resolve(CERTIFICATE_FILE);
        PrivateKey key;
        try {
            key = Pem.readPrivateKey(Files.readString(keyFile, StandardCharsets.US_ASCII));
        } catch (CryptoException e) {
            throw new IllegalArgumentException(keyFile + ": " + e.getMessage(), e);
        }
        X509Certificate certificate;
        try {
            certificate = Certificates.readCertificate(Files.readString(certificateFile, StandardCharsets.US_ASCII));
        } catch (CertificateFormatException e) {
            throw new IllegalArgumentException(certificateFile + ": " + e.getMessage(), e);
        }
        CryptoProfile profile = Certificates.profile(certificate);
        if (!Certificates.isKeyOf(key, certificate)) {
            throw new IllegalArgumentException(keyFile + " does not belong to certificate "
                    + certificate.getSubjectX500Principal().getName() + " in " + certificateFile);
        }
        return new NodeIdentity(Certificates.nodeId(certificate), key, certificate, profile);
    }

    private static void writeAtomically(Path directory, String name, String text, boolean ownerOnly) throws IOException {
        boolean posix = directory.getFileSystem().supportedFileAttributeViews().contains("posix");
        // created with its permissions, never world-readable for an instant
        Path temporary = ownerOnly && posix
                ? Files.createTempFile(directory, name, ".tmp",
                        PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")))
                : Files.createTempFile(directory, name, ".tmp");
        try {
            Files.writeString(temporary, text, StandardCharsets.US_ASCII);
            try {
                Files.move(temporary, directory.resolve(name), StandardCopyOption.ATOMIC_MOVE,
                        StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, directory.resolve(name), StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temporary);
        }
    }
}
