package io.govshare.exchange.internal;

import java.io.BufferedOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import io.govshare.exchange.ManifestEntry;
import io.govshare.exchange.PacketEntries;
import io.govshare.exchange.PacketId;
import io.govshare.exchange.PacketManifest;

/**
 * Writes a packet's ZIP container to a stream, one entry at a time, digesting each entry as it is written so
 * that the manifest is known without reading anything back. Memory use does not depend on entry sizes.
 *
 * <p>Use: {@link #openEntry} (the records, streamed) or {@link #putEntry} for each entry, then
 * {@link #manifest()}, sign its bytes, and {@link #finish} with the manifest bytes and the signature, which
 * are written as they are and not digested. Only the names of {@link PacketEntries#DIGESTED}, each once, are
 * accepted. The underlying stream is never closed: it belongs to the caller.
 *
 * <p>Entries are DEFLATED (a ZIP written as a stream cannot use STORED); the encrypted records, which do not
 * compress, use deflate level 0 so that they cost no CPU. Every entry's modification time is {@code
 * entryTime} in UTC, so the container bytes depend only on the content.
 *
 * <p>Internal: not part of the SDK's API (see the package description).
 */
public final class PacketContainerWriter {

    private final ZipOutputStream zip;
    private final PacketId packetId;
    private final String digestAlgorithm;
    private final Supplier<MessageDigest> digests;
    private final LocalDateTime entryTime;
    private final List<ManifestEntry> written = new ArrayList<>();
    private final Set<String> names = new HashSet<>();
    private EntryStream open;
    private boolean finished;

    /**
     * @param digestAlgorithm "SM3" or "SHA-256", written into the manifest; {@code digests} must produce it
     * @param digests         a new digest per entry
     * @param entryTime       the ZIP entries' modification time (the header's createdAt)
     */
    public PacketContainerWriter(OutputStream out, PacketId packetId, String digestAlgorithm,
                                 Supplier<MessageDigest> digests, Instant entryTime) {
        Objects.requireNonNull(out, "out");
        this.packetId = Objects.requireNonNull(packetId, "packetId");
        if (!PacketManifest.DIGEST_ALGORITHMS.contains(digestAlgorithm)) {
            throw new IllegalArgumentException("digestAlgorithm must be SM3 or SHA-256, got '" + digestAlgorithm + "'");
        }
        this.digestAlgorithm = digestAlgorithm;
        this.digests = Objects.requireNonNull(digests, "digests");
        this.entryTime = LocalDateTime.ofInstant(Objects.requireNonNull(entryTime, "entryTime"), ZoneOffset.UTC);
        // The ZIP stream writes in small pieces; buffer them. The caller's stream must outlive us, so never close it.
        this.zip = new ZipOutputStream(new BufferedOutputStream(new FilterOutputStream(out) {
            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                out.write(b, off, len);
            }

            @Override
            public void close() throws IOException {
                out.flush();
            }
        }, 64 * 1024), StandardCharsets.UTF_8);
    }

    /**
     * Starts entry {@code name}; what is written to the returned stream is the entry's content. Closing the
     * stream ends the entry (and does not close anything else). Only one entry can be open at a time.
     */
    public OutputStream openEntry(String name) throws IOException {
        requireWritable();
        if (!PacketEntries.DIGESTED.contains(name)) {
            throw new IllegalArgumentException("a packet entry must be one of " + PacketEntries.DIGESTED.stream().sorted()
                    .toList() + " (manifest.json and manifest.sig are written by finish), got '" + name + "'");
        }
        if (!names.add(name)) {
            throw new IllegalArgumentException("entry '" + name + "' was already written; a packet holds each entry once");
        }
        zip.setLevel(PacketEntries.RECORDS_ENCRYPTED.equals(name) ? Deflater.NO_COMPRESSION
                : PacketEntries.RECORDS.equals(name) ? Deflater.BEST_SPEED : Deflater.DEFAULT_COMPRESSION);
        zip.putNextEntry(entry(name));
        open = new EntryStream(name, digests.get());
        return open;
    }

    /** Writes a whole entry. */
    public void putEntry(String name, byte[] content) throws IOException {
        try (OutputStream entry = openEntry(name)) {
            entry.write(content);
        }
    }

    /** The manifest of the entries written so far; all entries must be closed. */
    public PacketManifest manifest() {
        if (open != null) {
            throw new IllegalStateException("entry '" + open.name + "' is still open; close it first");
        }
        return new PacketManifest(packetId, digestAlgorithm, written);
    }

    /**
     * Writes {@code manifest.json} and {@code manifest.sig} exactly as given and ends the ZIP. The bytes are not
     * checked against {@link #manifest()}: the caller signs what it writes.
     */
    public void finish(byte[] manifestJson, byte[] signature) throws IOException {
        requireWritable();
        zip.setLevel(Deflater.DEFAULT_COMPRESSION);
        zip.putNextEntry(entry(PacketEntries.MANIFEST));
        zip.write(manifestJson);
        zip.closeEntry();
        zip.putNextEntry(entry(PacketEntries.SIGNATURE));
        zip.write(signature);
        zip.closeEntry();
        zip.finish();
        zip.flush();
        finished = true;
    }

    private void requireWritable() {
        if (finished) {
            throw new IllegalStateException("the packet container is finished");
        }
        if (open != null) {
            throw new IllegalStateException("entry '" + open.name + "' is still open; close it first");
        }
    }

    private ZipEntry entry(String name) {
        ZipEntry entry = new ZipEntry(name);
        entry.setMethod(ZipEntry.DEFLATED);
        entry.setTimeLocal(entryTime);
        return entry;
    }

    private final class EntryStream extends OutputStream {
        private final String name;
        private final MessageDigest digest;
        private long size;
        private boolean closed;

        EntryStream(String name, MessageDigest digest) {
            this.name = name;
            this.digest = digest;
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            if (closed) {
                throw new IOException("entry '" + name + "' is closed");
            }
            zip.write(b, off, len);
            digest.update(b, off, len);
            size += len;
        }

        @Override
        public void close() throws IOException {
            if (closed) {
                return;
            }
            closed = true;
            zip.closeEntry();
            written.add(new ManifestEntry(name, size, HexFormat.of().formatHex(digest.digest())));
            open = null;
        }
    }
}
