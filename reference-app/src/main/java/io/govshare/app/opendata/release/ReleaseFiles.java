package io.govshare.app.opendata.release;

import io.govshare.app.opendata.OpenDatasetId;
import io.govshare.app.platform.PlatformConfig;
import io.govshare.security.crypto.CryptoProfiles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.UUID;

/**
 * Where release files live: {@code <data dir>/open/releases/<dataset id>/<version>/<name>}. A file is written to a
 * temporary name, forced to disk and then moved into place, so a published row never points at a half-written file;
 * the SM3 and SHA-256 checksums are computed while writing.
 */
@ApplicationScoped
public class ReleaseFiles {

    /** The records of a release as JSON Lines, read by the data API; not a download format. */
    public static final String RECORDS_FILE = "records.jsonl";

    @Inject
    PlatformConfig config;

    /** For CDI proxies. */
    protected ReleaseFiles() {
    }

    ReleaseFiles(PlatformConfig config) {
        this.config = config;
    }

    /** The directory of a published version's files. */
    public Path directory(String resourceCode, int version) {
        return config.dataDir().resolve("open").resolve("releases")
                .resolve(OpenDatasetId.of(resourceCode)).resolve(Integer.toString(version));
    }

    /** A staging directory for a release that is being built; {@link #publish} moves it into place. */
    Path newStaging() {
        try {
            Path staging = config.dataDir().resolve("open").resolve("staging").resolve(UUID.randomUUID().toString());
            return Files.createDirectories(staging);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a release staging directory", e);
        }
    }

    /** Moves a complete staging directory to its version's place (atomic on one file system). */
    Path publish(Path staging, String resourceCode, int version) {
        Path target = directory(resourceCode, version);
        try {
            Files.createDirectories(target.getParent());
            Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot publish release files to " + target, e);
        }
    }

    void discard(Path staging) {
        if (staging == null || !Files.exists(staging)) {
            return;
        }
        try (var files = Files.walk(staging)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot remove staging directory " + staging, e);
        }
    }

    /** Opens a file for writing with checksums; close it, then read {@link ChecksummedFile#result()}. */
    static ChecksummedFile create(Path file) throws IOException {
        return new ChecksummedFile(file);
    }

    /** What was written: size and both checksums in lower-case hex. */
    public record Written(long byteSize, String sm3, String sha256) {
    }

    /** An output stream to a file that digests everything it writes and forces the file to disk on close. */
    static final class ChecksummedFile extends FilterOutputStream {
        private final FileChannel channel;
        private final MessageDigest sm3 = CryptoProfiles.SM.newDigest();
        private final MessageDigest sha256;
        private long size;
        private Written result;

        private ChecksummedFile(Path file) throws IOException {
            super(null);
            this.channel = FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            this.out = new java.io.BufferedOutputStream(java.nio.channels.Channels.newOutputStream(channel), 1 << 16);
            try {
                this.sha256 = MessageDigest.getInstance("SHA-256");
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException("every Java has SHA-256", e);
            }
        }

        @Override
        public void write(int b) throws IOException {
            out.write(b);
            sm3.update((byte) b);
            sha256.update((byte) b);
            size++;
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
            sm3.update(b, off, len);
            sha256.update(b, off, len);
            size += len;
        }

        @Override
        public void close() throws IOException {
            if (result != null) {
                return;
            }
            out.flush();
            channel.force(true);
            out.close();
            result = new Written(size, HexFormat.of().formatHex(sm3.digest()), HexFormat.of().formatHex(sha256.digest()));
        }

        Written result() {
            if (result == null) {
                throw new IllegalStateException("close the file first");
            }
            return result;
        }
    }
}
