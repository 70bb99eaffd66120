package io.govshare.security.receipt;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

import io.govshare.json.CanonicalJson;
import io.govshare.security.identity.NodeIds;
import io.govshare.security.internal.StrictJson;

/**
 * The hub's receipt (回执) for an accepted submission, as standards/exchange/schemas/receipt.schema.json
 * defines it. {@code manifestDigest} binds it to exactly one packet, {@code timestampToken} (an RFC 3161
 * token over that digest) proves when the hub had it, and {@code hubSignature} covers everything else:
 * it is the hub's signature over {@link #signedBytes()}.
 *
 * <p>Invariants (checked on construction, so {@link #fromJson} reports the first broken one): every field
 * follows the schema; {@code sourceNode} is a node id; {@code receivedAt} is kept as written, which is
 * its canonical {@link Instant#toString()} form; both base64 fields are canonical padded base64. A receipt
 * read back from {@link #toJson()} therefore has the same signed bytes as the one written.
 *
 * @param schemaVersion  always {@value #SCHEMA_VERSION}
 * @param packetId       the submission's packet id, 16 to 64 of [0-9A-Za-z-]
 * @param manifestDigest lower-case hex digest of the packet's manifest.json bytes (SM3 or SHA-256)
 * @param sourceNode     the node id that sent the packet
 * @param resourceCode   the resource, 分类码/顺序码
 * @param sequence       the packet's sequence number, at least 1
 * @param recordCount    the packet's record count, at least 0
 * @param receivedAt     when the hub received the packet
 * @param status         always {@value #ACCEPTED}: the hub answers refusals with an error, not a receipt
 * @param timestampToken base64 DER RFC 3161 TimeStampToken whose imprint is manifestDigest
 * @param hubSignature   base64 DER signature by the hub's key over {@link #signedBytes()}
 */
public record Receipt(String schemaVersion, String packetId, String manifestDigest, String sourceNode,
                      String resourceCode, long sequence, long recordCount, Instant receivedAt, String status,
                      String timestampToken, String hubSignature) {

    /** The schemaVersion this SDK writes and reads. */
    public static final String SCHEMA_VERSION = "1";
    /** The status of a receipt for a packet the hub accepted. */
    public static final String ACCEPTED = "ACCEPTED";

    private static final Pattern PACKET_ID = Pattern.compile("^[0-9A-Za-z-]{16,64}$");
    private static final Pattern RESOURCE_CODE = Pattern.compile("^[^/\\s]+/[^/\\s]+$");
    /** Field names in the order the schema lists them, which is the order {@link #toJson()} writes. */
    private static final List<String> FIELDS = List.of("schemaVersion", "packetId", "manifestDigest", "sourceNode",
            "resourceCode", "sequence", "recordCount", "receivedAt", "status", "timestampToken", "hubSignature");

    /** Checks the components, and copies or normalises them where the class description says so. */
    public Receipt {
        try {
            check(schemaVersion, packetId, manifestDigest, sourceNode, resourceCode, sequence, recordCount, receivedAt,
                    status, timestampToken);
            require(hubSignature != null, "receipt.hubSignature is required");
            StrictJson.base64(hubSignature, "receipt.hubSignature");
        } catch (IllegalArgumentException e) {
            throw e instanceof ReceiptFormatException ? e : new ReceiptFormatException(e.getMessage(), e);
        }
    }

    /** The receipt's JSON: compact, UTF-8, fields in schema order. */
    public byte[] toJson() {
        return StrictJson.write(body(schemaVersion, packetId, manifestDigest, sourceNode, resourceCode, sequence,
                recordCount, receivedAt, status, timestampToken).add("hubSignature", hubSignature).build());
    }

    /**
     * Reads receipt JSON strictly: UTF-8, one object, no duplicate or unknown member, every field as the
     * schema says.
     *
     * @throws ReceiptFormatException naming the field and the rule
     */
    public static Receipt fromJson(byte[] json) {
        try {
            StrictJson.Fields fields = new StrictJson.Fields(StrictJson.parseObject(json, "receipt"), "receipt");
            fields.allowOnly(Set.copyOf(FIELDS));
            return new Receipt(fields.string("schemaVersion"), fields.string("packetId"), fields.string("manifestDigest"),
                    fields.string("sourceNode"), fields.string("resourceCode"), fields.integer("sequence", 1),
                    fields.integer("recordCount", 0), fields.instant("receivedAt"), fields.string("status"),
                    fields.string("timestampToken"), fields.string("hubSignature"));
        } catch (IllegalArgumentException e) {
            throw e instanceof ReceiptFormatException ? e : new ReceiptFormatException(e.getMessage(), e);
        }
    }

    /** What {@code hubSignature} signs: the canonical JSON (io.govshare.json.CanonicalJson) of all other fields. */
    public byte[] signedBytes() {
        return signedBytes(schemaVersion, packetId, manifestDigest, sourceNode, resourceCode, sequence, recordCount,
                receivedAt, status, timestampToken);
    }

    /** The signed bytes of a receipt not yet signed; checks the fields as the constructor does. */
    static byte[] signedBytes(String schemaVersion, String packetId, String manifestDigest, String sourceNode,
                              String resourceCode, long sequence, long recordCount, Instant receivedAt, String status,
                              String timestampToken) {
        try {
            check(schemaVersion, packetId, manifestDigest, sourceNode, resourceCode, sequence, recordCount, receivedAt,
                    status, timestampToken);
        } catch (IllegalArgumentException e) {
            throw e instanceof ReceiptFormatException ? e : new ReceiptFormatException(e.getMessage(), e);
        }
        return CanonicalJson.bytes(body(schemaVersion, packetId, manifestDigest, sourceNode, resourceCode, sequence,
                recordCount, receivedAt, status, timestampToken).build());
    }

    private static JsonObjectBuilder body(String schemaVersion, String packetId, String manifestDigest,
                                          String sourceNode, String resourceCode, long sequence, long recordCount,
                                          Instant receivedAt, String status, String timestampToken) {
        return StrictJson.objectBuilder()
                .add("schemaVersion", schemaVersion)
                .add("packetId", packetId)
                .add("manifestDigest", manifestDigest)
                .add("sourceNode", sourceNode)
                .add("resourceCode", resourceCode)
                .add("sequence", sequence)
                .add("recordCount", recordCount)
                .add("receivedAt", receivedAt.toString())
                .add("status", status)
                .add("timestampToken", timestampToken);
    }

    private static void check(String schemaVersion, String packetId, String manifestDigest, String sourceNode,
                              String resourceCode, long sequence, long recordCount, Instant receivedAt, String status,
                              String timestampToken) {
        require(SCHEMA_VERSION.equals(schemaVersion), "receipt.schemaVersion must be \"" + SCHEMA_VERSION + "\", got "
                + quoted(schemaVersion));
        checkPacketFields(packetId, manifestDigest, sourceNode, resourceCode, sequence, recordCount, receivedAt);
        require(ACCEPTED.equals(status), "receipt.status must be \"" + ACCEPTED + "\", got " + quoted(status));
        require(timestampToken != null, "receipt.timestampToken is required");
        StrictJson.base64(timestampToken, "receipt.timestampToken");
    }

    /** The fields that describe the packet, checked by the issuer before anything is stamped or signed. */
    static void checkPacketFields(String packetId, String manifestDigest, String sourceNode, String resourceCode,
                                  long sequence, long recordCount, Instant receivedAt) {
        require(packetId != null && PACKET_ID.matcher(packetId).matches(),
                "receipt.packetId must match " + PACKET_ID + ", got " + quoted(packetId));
        try {
            StrictJson.hexDigest(manifestDigest, "receipt.manifestDigest");
        } catch (IllegalArgumentException e) {
            throw new ReceiptFormatException(e.getMessage(), e);
        }
        require(NodeIds.isWellFormed(sourceNode), "receipt.sourceNode must be a node id matching "
                + "^[a-z0-9][a-z0-9-]{2,62}$, got " + quoted(sourceNode));
        require(resourceCode != null && RESOURCE_CODE.matcher(resourceCode).matches(),
                "receipt.resourceCode must be 分类码/顺序码 (" + RESOURCE_CODE + "), got " + quoted(resourceCode));
        require(sequence >= 1, "receipt.sequence must be at least 1, got " + sequence);
        require(recordCount >= 0, "receipt.recordCount must be at least 0, got " + recordCount);
        require(receivedAt != null, "receipt.receivedAt is required");
    }

    private static void require(boolean condition, String message) {
        if (!condition) {
            throw new ReceiptFormatException(message);
        }
    }

    private static String quoted(String value) {
        return value == null ? "null" : "'" + value + "'";
    }
}
