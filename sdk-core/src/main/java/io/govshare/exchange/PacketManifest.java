package io.govshare.exchange;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonValue;

import io.govshare.exchange.internal.ExchangeJson;
import io.govshare.json.CanonicalJson;
import io.govshare.verification.Reason;

/**
 * The manifest ({@code manifest.json}, SPEC.md §4, schemas/manifest.schema.json): the size and digest of every
 * entry except the manifest and its signature. Signing the manifest's exact bytes signs the packet.
 *
 * <p>Invariants: entry names are distinct; digestAlgorithm is "SM3" or "SHA-256"; packetId repeats the
 * header's so a signature cannot be moved to another packet.
 */
public record PacketManifest(PacketId packetId, String digestAlgorithm, List<ManifestEntry> entries) {

    /** The digest algorithm names a manifest may carry, as {@code MessageDigest} names them. */
    public static final Set<String> DIGEST_ALGORITHMS = Set.of("SM3", "SHA-256");

    private static final Set<String> FIELDS = Set.of("packetId", "digestAlgorithm", "entries");
    private static final Set<String> ENTRY_FIELDS = Set.of("name", "size", "digest");

    /** @throws IllegalArgumentException naming the field that breaks its rule */
    public PacketManifest {
        Objects.requireNonNull(packetId, "packetId");
        if (!DIGEST_ALGORITHMS.contains(digestAlgorithm)) {
            throw new IllegalArgumentException("digestAlgorithm must be SM3 or SHA-256, got "
                    + (digestAlgorithm == null ? "null" : "'" + digestAlgorithm + "'"));
        }
        entries = List.copyOf(entries);
        Set<String> names = new HashSet<>();
        for (ManifestEntry entry : entries) {
            if (!names.add(entry.name())) {
                throw new IllegalArgumentException("entries must list each name once, '" + entry.name()
                        + "' appears twice");
            }
        }
    }

    /** The entry called {@code name}, if listed. */
    public Optional<ManifestEntry> entry(String name) {
        return entries.stream().filter(entry -> entry.name().equals(name)).findFirst();
    }

    /** {@code manifest.json}: canonical JSON, entries in the order given. */
    public byte[] toJson() {
        JsonArrayBuilder list = Json.createArrayBuilder();
        for (ManifestEntry entry : entries) {
            list.add(Json.createObjectBuilder()
                    .add("name", entry.name())
                    .add("size", entry.size())
                    .add("digest", entry.digestHex()));
        }
        return CanonicalJson.bytes(Json.createObjectBuilder()
                .add("packetId", packetId.value())
                .add("digestAlgorithm", digestAlgorithm)
                .add("entries", list)
                .build());
    }

    /**
     * Reads {@code manifest.json}, any JSON formatting.
     *
     * @throws PacketFormatException {@code container.malformed}, naming the field and its rule: a manifest that
     *                               is not one cannot say what the packet holds
     */
    public static PacketManifest fromJson(byte[] json) {
        Reason reason = Reason.CONTAINER_MALFORMED;
        ExchangeJson.Fields fields = new ExchangeJson.Fields(
                ExchangeJson.parseObject(json, PacketEntries.MANIFEST, reason), "manifest", reason);
        fields.allowOnly(FIELDS);
        String id = fields.string("packetId");
        String algorithm = fields.string("digestAlgorithm");
        List<ManifestEntry> entries = new ArrayList<>();
        int index = 0;
        for (JsonValue value : fields.array("entries")) {
            String where = "manifest.entries[" + index++ + "]";
            if (value.getValueType() != JsonValue.ValueType.OBJECT) {
                throw new PacketFormatException(reason, where + " must be an object, got " + ExchangeJson.describe(value));
            }
            ExchangeJson.Fields entry = new ExchangeJson.Fields(value.asJsonObject(), where, reason);
            entry.allowOnly(ENTRY_FIELDS);
            String name = entry.string("name");
            long size = entry.integer("size", 0);
            String digest = entry.string("digest");
            try {
                entries.add(new ManifestEntry(name, size, digest));
            } catch (IllegalArgumentException e) {
                throw new PacketFormatException(reason, where + ": " + e.getMessage(), e);
            }
        }
        try {
            return new PacketManifest(PacketId.of(id), algorithm, entries);
        } catch (IllegalArgumentException e) {
            throw new PacketFormatException(reason, "manifest: " + e.getMessage(), e);
        }
    }
}
