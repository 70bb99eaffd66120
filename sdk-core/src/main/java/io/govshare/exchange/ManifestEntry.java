package io.govshare.exchange;

import java.util.regex.Pattern;

/**
 * One line of the manifest: an entry of the packet, its size and its digest.
 *
 * @param name      one of {@link PacketEntries#DIGESTED}
 * @param size      uncompressed size in bytes, ≥ 0
 * @param digestHex the entry's digest (SM3 or SHA-256) as 64 lower-case hex digits
 */
public record ManifestEntry(String name, long size, String digestHex) {

    private static final Pattern DIGEST = Pattern.compile("[0-9a-f]{64}");

    /** @throws IllegalArgumentException naming the field that breaks its rule */
    public ManifestEntry {
        if (name == null || !PacketEntries.DIGESTED.contains(name)) {
            throw new IllegalArgumentException("entry name must be one of " + PacketEntries.DIGESTED.stream().sorted().toList()
                    + ", got " + (name == null ? "null" : "'" + name + "'"));
        }
        if (size < 0) {
            throw new IllegalArgumentException("size of " + name + " must not be negative, got " + size);
        }
        if (digestHex == null || !DIGEST.matcher(digestHex).matches()) {
            throw new IllegalArgumentException("digest of " + name + " must be 64 lower-case hex digits, got "
                    + (digestHex == null ? "null" : "'" + digestHex + "'"));
        }
    }
}
