package io.govshare.app.opendata.release;

import io.govshare.app.opendata.OpenDatasetId;
import io.govshare.app.platform.PlatformConfig;
import io.govshare.masking.ReleaseKey;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;

/**
 * The secret key of each dataset's keyed pseudonyms (HMAC-SM3 and the format-preserving ones), kept under
 * {@code <data dir>/open/keys/}. One key per dataset, created at its first release and kept, so a pseudonym stays
 * the same across versions (users can follow a record from one version to the next) but differs between datasets
 * (they cannot be joined on it).
 */
@ApplicationScoped
public class ReleaseKeys {

    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    PlatformConfig config;

    public synchronized ReleaseKey forDataset(String resourceCode) {
        Path file = config.dataDir().resolve("open").resolve("keys").resolve(OpenDatasetId.of(resourceCode) + ".key");
        try {
            if (!Files.exists(file)) {
                create(file);
            }
            return ReleaseKey.of(Files.readAllBytes(file));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or create the release key " + file, e);
        }
    }

    /**
     * Writes a new key as the hub and token keys are written: a temporary file that is owner-only from the start
     * (where the file system has POSIX permissions), forced to disk, then moved in place, so a crash never leaves
     * half a key. One server owns a data dir (its embedded database does too), and this method is synchronised.
     */
    private static void create(Path file) throws IOException {
        Path directory = Files.createDirectories(file.getParent());
        boolean posix = Files.getFileStore(directory).supportsFileAttributeView("posix");
        Path temporary = posix
                ? Files.createTempFile(directory, ".key", ".tmp",
                        PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")))
                : Files.createTempFile(directory, ".key", ".tmp");
        try {
            byte[] secret = new byte[32];
            RANDOM.nextBytes(secret);
            Files.write(temporary, secret, java.nio.file.StandardOpenOption.SYNC);
            Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }
}
