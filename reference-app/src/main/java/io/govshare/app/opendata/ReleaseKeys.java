package io.govshare.app.opendata;

import io.govshare.app.platform.PlatformConfig;
import io.govshare.masking.ReleaseKey;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;

/**
 * The secret key of each dataset's keyed pseudonyms (HMAC-SM3 and the format-preserving ones), kept under
 * {@code <data dir>/open/keys/} readable by the server's user only. One key per dataset, created at its first
 * release and kept, so a pseudonym stays the same across versions (users can follow a record from one version to the
 * next) but differs between datasets (they cannot be joined on it).
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
                Files.createDirectories(file.getParent());
                byte[] secret = new byte[32];
                RANDOM.nextBytes(secret);
                try {
                    Files.write(file, secret, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE,
                            StandardOpenOption.SYNC);
                    restrict(file);
                } catch (FileAlreadyExistsException raced) {
                    // another server process created it first: use theirs
                }
            }
            return ReleaseKey.of(Files.readAllBytes(file));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or create the release key " + file, e);
        }
    }

    private static void restrict(Path file) throws IOException {
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException notPosix) {
            // Windows: the data dir's ACL is the operator's to set
        }
    }
}
