package io.govshare.exchange;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import io.govshare.catalog.ResourceCode;
import io.govshare.exchange.internal.ExchangeJson;
import io.govshare.json.CanonicalJson;
import io.govshare.verification.Reason;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

/**
 * The header of a packet ({@code header.json}, SPEC.md §2, schemas/header.schema.json): what the records
 * are, who sent them to whom, in which order and how they are protected.
 *
 * <p>Invariants: node ids are 1 to 128 characters; recipients are at least one and distinct; sequence ≥ 1;
 * recordCount ≥ 0; cryptoProfile is "SM" or "INTL". {@code origin} is null except in a hub delivery.
 *
 * @param sequence      strictly increasing per (sourceNode, resourceCode); a value not above the last accepted
 *                      one is a replay
 * @param recordCount   the number of record lines
 * @param cryptoProfile "SM" or "INTL": the algorithms of the digest, signature and encryption
 * @param encrypted     whether the records are in {@code records.jsonl.enc} (true) or {@code records.jsonl}
 */
public record PacketHeader(PacketId packetId, ResourceCode resourceCode, String sourceNode, List<String> recipients,
                           long sequence, Instant createdAt, PacketOperation operation, long recordCount,
                           String cryptoProfile, boolean encrypted, PacketOrigin origin) {

    /** The only header schema version this SDK reads and writes. */
    public static final String SCHEMA_VERSION = "1";

    /** The profile names a header may carry. */
    public static final Set<String> CRYPTO_PROFILES = Set.of("SM", "INTL");

    private static final Set<String> FIELDS = Set.of("schemaVersion", "packetId", "resourceCode", "sourceNode",
            "recipients", "sequence", "createdAt", "operation", "recordCount", "cryptoProfile", "encrypted", "origin");
    private static final Set<String> ORIGIN_FIELDS = Set.of("packetId", "sourceNode", "manifestDigest");

    /** @throws IllegalArgumentException naming the field that breaks its rule */
    public PacketHeader {
        Objects.requireNonNull(packetId, "packetId");
        Objects.requireNonNull(resourceCode, "resourceCode");
        ExchangeJson.requireNodeId(sourceNode, "sourceNode");
        Objects.requireNonNull(recipients, "recipients");
        if (recipients.isEmpty()) {
            throw new IllegalArgumentException("recipients must name at least one node");
        }
        recipients = List.copyOf(recipients);
        Set<String> distinct = new HashSet<>();
        for (String recipient : recipients) {
            ExchangeJson.requireNodeId(recipient, "recipients[]");
            if (!distinct.add(recipient)) {
                throw new IllegalArgumentException("recipients must be distinct, '" + recipient + "' appears twice");
            }
        }
        if (sequence < 1) {
            throw new IllegalArgumentException("sequence must be at least 1, got " + sequence);
        }
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(operation, "operation");
        if (recordCount < 0) {
            throw new IllegalArgumentException("recordCount must not be negative, got " + recordCount);
        }
        if (!CRYPTO_PROFILES.contains(cryptoProfile)) {
            throw new IllegalArgumentException("cryptoProfile must be SM or INTL, got "
                    + (cryptoProfile == null ? "null" : "'" + cryptoProfile + "'"));
        }
    }

    /** The header with another record count: the sealer knows the count only after the records were written. */
    public PacketHeader withRecordCount(long count) {
        return new PacketHeader(packetId, resourceCode, sourceNode, recipients, sequence, createdAt, operation, count,
                cryptoProfile, encrypted, origin);
    }

    /** {@code header.json}: canonical JSON (CanonicalJson), so equal headers have equal bytes and digests. */
    public byte[] toJson() {
        JsonArrayBuilder recipientArray = Json.createArrayBuilder();
        recipients.forEach(recipientArray::add);
        JsonObjectBuilder json = Json.createObjectBuilder()
                .add("schemaVersion", SCHEMA_VERSION)
                .add("packetId", packetId.value())
                .add("resourceCode", resourceCode.value())
                .add("sourceNode", sourceNode)
                .add("recipients", recipientArray)
                .add("sequence", sequence)
                .add("createdAt", DateTimeFormatter.ISO_INSTANT.format(createdAt))
                .add("operation", operation.name())
                .add("recordCount", recordCount)
                .add("cryptoProfile", cryptoProfile)
                .add("encrypted", encrypted);
        if (origin != null) {
            json.add("origin", Json.createObjectBuilder()
                    .add("packetId", origin.packetId().value())
                    .add("sourceNode", origin.sourceNode())
                    .add("manifestDigest", origin.manifestDigest()));
        }
        return CanonicalJson.bytes(json.build());
    }

    /**
     * Reads {@code header.json}, any JSON formatting.
     *
     * @throws PacketFormatException {@code header.invalid}, naming the field and its rule
     */
    public static PacketHeader fromJson(byte[] json) {
        Reason reason = Reason.HEADER_INVALID;
        ExchangeJson.Fields fields = new ExchangeJson.Fields(
                ExchangeJson.parseObject(json, PacketEntries.HEADER, reason), "header", reason);
        fields.allowOnly(FIELDS);
        String version = fields.string("schemaVersion");
        if (!SCHEMA_VERSION.equals(version)) {
            throw fields.fail("schemaVersion", "must be \"" + SCHEMA_VERSION + "\", got \"" + version + "\"");
        }
        List<String> recipients = new ArrayList<>();
        for (JsonValue recipient : fields.array("recipients")) {
            if (recipient.getValueType() != JsonValue.ValueType.STRING) {
                throw fields.fail("recipients", "must hold node ids as strings, got " + ExchangeJson.describe(recipient));
            }
            recipients.add(((JsonString) recipient).getString());
        }
        String operation = fields.string("operation");
        PacketOperation parsedOperation;
        try {
            parsedOperation = PacketOperation.valueOf(operation);
        } catch (IllegalArgumentException e) {
            throw fields.fail("operation", "must be FULL, INCREMENTAL or DELETE, got \"" + operation + "\"");
        }
        PacketOrigin origin = null;
        if (fields.object().containsKey("origin")) {
            ExchangeJson.Fields originFields = fields.nested("origin");
            originFields.allowOnly(ORIGIN_FIELDS);
            origin = build(() -> new PacketOrigin(packetId(originFields, "packetId"), originFields.string("sourceNode"),
                    originFields.string("manifestDigest")));
        }
        PacketOrigin parsedOrigin = origin;
        return build(() -> new PacketHeader(
                packetId(fields, "packetId"),
                resourceCode(fields),
                fields.string("sourceNode"),
                recipients,
                fields.integer("sequence", 1),
                instant(fields, "createdAt"),
                parsedOperation,
                fields.integer("recordCount", 0),
                fields.string("cryptoProfile"),
                fields.bool("encrypted"),
                parsedOrigin));
    }

    private static <T> T build(java.util.function.Supplier<T> constructor) {
        try {
            return constructor.get();
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new PacketFormatException(Reason.HEADER_INVALID, "header." + e.getMessage(), e);
        }
    }

    private static PacketId packetId(ExchangeJson.Fields fields, String field) {
        String text = fields.string(field);
        try {
            return PacketId.of(text);
        } catch (IllegalArgumentException e) {
            throw fields.fail(field, "must be 16 to 64 characters of [0-9A-Za-z-], got \"" + text + "\"");
        }
    }

    private static ResourceCode resourceCode(ExchangeJson.Fields fields) {
        String text = fields.string("resourceCode");
        try {
            ResourceCode code = ResourceCode.of(text);
            if (!code.value().equals(text)) {
                throw new IllegalArgumentException("surrounding spaces");
            }
            return code;
        } catch (IllegalArgumentException e) {
            throw fields.fail("resourceCode", "must be written 分类码/顺序码 with one '/' and no spaces, got \""
                    + text + "\"");
        }
    }

    private static Instant instant(ExchangeJson.Fields fields, String field) {
        String text = fields.string(field);
        try {
            return OffsetDateTime.parse(text, DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant();
        } catch (DateTimeParseException e) {
            throw fields.fail(field, "must be an RFC 3339 date-time with offset, e.g. 2026-11-22T08:30:00Z, got \""
                    + text + "\"");
        }
    }
}
