package io.govshare.exchange.internal;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Supplier;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import io.govshare.exchange.ManifestEntry;
import io.govshare.exchange.PacketEntries;
import io.govshare.exchange.PacketFormatException;
import io.govshare.exchange.PacketManifest;
import io.govshare.verification.Reason;

/**
 * Reads a packet's ZIP container from a file, refusing anything that is not a well-formed packet container
 * before any content is read (SPEC.md §1): a damaged ZIP, local headers that disagree with the central
 * directory, duplicate names, unsafe names (absolute, {@code ..}, backslash, directories), names that are not
 * packet entries, ZIP encryption, missing required entries, and small entries over
 * {@link PacketEntries#SMALL_ENTRY_LIMIT}. It knows no cryptography: digests are checked with the
 * {@link MessageDigest} the caller supplies, and the signature is the caller's business.
 *
 * <p>Entries are read as streams; nothing holds a whole records entry in memory. The file must not change
 * while the reader is open.
 *
 * <p>Internal: not part of the SDK's API (see the package description).
 */
public final class PacketContainerReader implements Closeable {

    private final Path path;
    private final ZipFile zip;
    private final Map<String, Long> sizes;

    private PacketContainerReader(Path path, ZipFile zip, Map<String, Long> sizes) {
        this.path = path;
        this.zip = zip;
        this.sizes = sizes;
    }

    /**
     * Opens and checks the container at {@code path}.
     *
     * @throws PacketFormatException {@code container.malformed}, {@code container.unsafe-entry-name}, or
     *                               {@code manifest.unlisted-entry} for a name no manifest can list
     */
    public static PacketContainerReader open(Path path) {
        Objects.requireNonNull(path, "path");
        List<ZipLayout.Entry> layout;
        try (FileChannel channel = FileChannel.open(path, StandardOpenOption.READ)) {
            layout = ZipLayout.read(channel);
        } catch (IOException e) {
            throw new PacketFormatException(Reason.CONTAINER_MALFORMED,
                    "cannot read the packet as a ZIP file: " + e.getMessage(), e);
        }
        Map<String, Long> sizes = new TreeMap<>();
        for (ZipLayout.Entry entry : layout) {
            if (!PacketEntries.ALL.contains(entry.name())) {
                throw new PacketFormatException(Reason.MANIFEST_UNLISTED_ENTRY, "entry '" + entry.name()
                        + "' is not a packet entry (allowed: " + PacketEntries.ALL.stream().sorted().toList()
                        + "), so no manifest lists it");
            }
            if (!PacketEntries.isRecords(entry.name()) && entry.size() > PacketEntries.SMALL_ENTRY_LIMIT) {
                throw new PacketFormatException(Reason.CONTAINER_MALFORMED, "entry '" + entry.name() + "' is "
                        + entry.size() + " bytes; entries other than the records are limited to "
                        + PacketEntries.SMALL_ENTRY_LIMIT + " bytes");
            }
            sizes.put(entry.name(), entry.size());
        }
        requireEntries(sizes.keySet());
        ZipFile zip;
        try {
            zip = new ZipFile(path.toFile());
        } catch (IOException e) {
            throw new PacketFormatException(Reason.CONTAINER_MALFORMED,
                    "cannot open the packet as a ZIP file: " + e.getMessage(), e);
        }
        return new PacketContainerReader(path, zip, Collections.unmodifiableMap(sizes));
    }

    private static void requireEntries(Set<String> names) {
        for (String required : List.of(PacketEntries.HEADER, PacketEntries.SIGNER, PacketEntries.MANIFEST,
                PacketEntries.SIGNATURE)) {
            if (!names.contains(required)) {
                throw new PacketFormatException(Reason.CONTAINER_MALFORMED,
                        "the packet has no '" + required + "' entry, which every packet must have");
            }
        }
        boolean plain = names.contains(PacketEntries.RECORDS);
        boolean encrypted = names.contains(PacketEntries.RECORDS_ENCRYPTED);
        if (plain == encrypted) {
            throw new PacketFormatException(Reason.CONTAINER_MALFORMED, "the packet must have exactly one of '"
                    + PacketEntries.RECORDS + "' and '" + PacketEntries.RECORDS_ENCRYPTED + "', it has "
                    + (plain ? "both" : "neither"));
        }
        if (encrypted != names.contains(PacketEntries.RECIPIENTS)) {
            throw new PacketFormatException(Reason.CONTAINER_MALFORMED, encrypted
                    ? "the records are encrypted but the packet has no '" + PacketEntries.RECIPIENTS + "' entry"
                    : "the records are not encrypted but the packet has a '" + PacketEntries.RECIPIENTS + "' entry");
        }
    }

    /** The file read. */
    public Path path() {
        return path;
    }

    /** The entry names, sorted. */
    public Set<String> names() {
        return sizes.keySet();
    }

    /** Whether the container has an entry of that name. */
    public boolean contains(String name) {
        return sizes.containsKey(name);
    }

    /** True if the records are in {@code records.jsonl.enc}. */
    public boolean encrypted() {
        return contains(PacketEntries.RECORDS_ENCRYPTED);
    }

    /** The records entry's name: {@code records.jsonl} or {@code records.jsonl.enc}. */
    public String recordsEntry() {
        return encrypted() ? PacketEntries.RECORDS_ENCRYPTED : PacketEntries.RECORDS;
    }

    /** The uncompressed size the ZIP declares for entry {@code name}. */
    public long size(String name) {
        Long size = sizes.get(name);
        if (size == null) {
            throw new IllegalArgumentException("the packet has no entry '" + name + "'");
        }
        return size;
    }

    /** The content of entry {@code name} as a stream; the caller closes it. */
    public InputStream open(String name) throws IOException {
        size(name);
        ZipEntry entry = zip.getEntry(name);
        return zip.getInputStream(entry);
    }

    /**
     * The whole content of a small entry (any entry except the records), read up to
     * {@link PacketEntries#SMALL_ENTRY_LIMIT} bytes whatever the ZIP declares.
     *
     * @throws PacketFormatException {@code container.malformed} if the entry is larger or cannot be read
     */
    public byte[] readSmall(String name) {
        if (PacketEntries.isRecords(name)) {
            throw new IllegalArgumentException("'" + name + "' is streamed with open(name), not read whole");
        }
        try (InputStream in = open(name)) {
            byte[] content = in.readNBytes(PacketEntries.SMALL_ENTRY_LIMIT + 1);
            if (content.length > PacketEntries.SMALL_ENTRY_LIMIT) {
                throw new PacketFormatException(Reason.CONTAINER_MALFORMED, "entry '" + name
                        + "' holds more than " + PacketEntries.SMALL_ENTRY_LIMIT + " bytes");
            }
            return content;
        } catch (IOException e) {
            throw new PacketFormatException(Reason.CONTAINER_MALFORMED,
                    "entry '" + name + "' cannot be read: " + e.getMessage(), e);
        }
    }

    /**
     * Checks that {@code manifest} lists exactly the entries there are, except the manifest and its signature.
     *
     * @throws PacketFormatException {@code manifest.missing-entry} or {@code manifest.unlisted-entry}
     */
    public void checkListed(PacketManifest manifest) {
        for (ManifestEntry listed : manifest.entries()) {
            if (!contains(listed.name())) {
                throw new PacketFormatException(Reason.MANIFEST_MISSING_ENTRY, "the manifest lists '"
                        + listed.name() + "' but the packet has no such entry");
            }
        }
        for (String name : names()) {
            if (PacketEntries.DIGESTED.contains(name) && manifest.entry(name).isEmpty()) {
                throw new PacketFormatException(Reason.MANIFEST_UNLISTED_ENTRY, "entry '" + name
                        + "' is not listed in the manifest, so the signature does not cover it");
            }
        }
    }

    /**
     * Checks {@link #checkListed} and then the size and digest of every listed entry, streaming each once. An
     * entry is never read beyond the size the manifest gives it.
     *
     * @param digests a new digest of the manifest's algorithm per call
     * @throws PacketFormatException {@code manifest.digest-mismatch} naming the entry, or as {@link #checkListed}
     */
    public void verifyDigests(PacketManifest manifest, Supplier<MessageDigest> digests) {
        checkListed(manifest);
        byte[] buffer = new byte[64 * 1024];
        for (ManifestEntry listed : manifest.entries()) {
            String name = listed.name();
            if (size(name) != listed.size()) {
                throw mismatch(name + " is " + size(name) + " bytes in the ZIP but " + listed.size()
                        + " bytes in the manifest");
            }
            MessageDigest digest = digests.get();
            long read = 0;
            try (InputStream in = open(name)) {
                for (int n; (n = in.read(buffer)) != -1; ) {
                    read += n;
                    if (read > listed.size()) {
                        throw mismatch(name + " holds more than the " + listed.size() + " bytes the manifest lists");
                    }
                    digest.update(buffer, 0, n);
                }
            } catch (IOException e) {
                throw new PacketFormatException(Reason.CONTAINER_MALFORMED,
                        "entry '" + name + "' cannot be read: " + e.getMessage(), e);
            }
            if (read != listed.size()) {
                throw mismatch(name + " holds " + read + " bytes but the manifest lists " + listed.size());
            }
            byte[] actual = digest.digest();
            if (!MessageDigest.isEqual(actual, HexFormat.of().parseHex(listed.digestHex()))) {
                throw mismatch(name + " has " + manifest.digestAlgorithm() + " digest " + HexFormat.of().formatHex(actual)
                        + " but the manifest lists " + listed.digestHex());
            }
        }
    }

    private static PacketFormatException mismatch(String message) {
        return new PacketFormatException(Reason.MANIFEST_DIGEST_MISMATCH, message);
    }

    @Override
    public void close() {
        try {
            zip.close();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot close packet " + path, e);
        }
    }

    @Override
    public String toString() {
        return "PacketContainerReader[" + path + ", entries " + Arrays.toString(sizes.keySet().toArray()) + "]";
    }
}
