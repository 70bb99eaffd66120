package io.govshare.security.internal;

import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonBuilderFactory;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.JsonWriter;
import jakarta.json.spi.JsonProvider;

import io.govshare.json.StrictJsonReader;

/**
 * Strict reading and compact writing of the signed JSON documents of this module (receipts, audit
 * segments). Strict because what is read is then verified: the bytes must be UTF-8, hold exactly one JSON
 * value, and no object may repeat a member name at any depth (with "last one wins" a signed value could be
 * shadowed by another). Field access reports "{where}.{field} {rule}" so every error names its field.
 *
 * <p>Also the one form of the values the documents sign: instants as {@link Instant#toString()} writes them
 * and base64 in its canonical padded form, so a value read back re-encodes to the very same text.
 *
 * <p>Internal: not part of the SDK's API (see the package description).
 */
public final class StrictJson {

    private static final JsonProvider PROVIDER = JsonProvider.provider();
    private static final JsonBuilderFactory BUILDERS = PROVIDER.createBuilderFactory(Map.of());
    private static final Pattern HEX_DIGEST = Pattern.compile("^[0-9a-f]{64}$");

    private StrictJson() {
    }

    /**
     * The JSON object in {@code bytes}.
     *
     * @param what names the document in error messages ("receipt", "audit segment")
     * @throws IllegalArgumentException if the bytes are not UTF-8, not exactly one JSON object, or repeat a name
     */
    public static JsonObject parseObject(byte[] bytes, String what) {
        if (bytes == null || bytes.length == 0) {
            throw new IllegalArgumentException(what + " is empty");
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new IllegalArgumentException(what + " is not valid UTF-8", e);
        }
        JsonValue value;
        try {
            value = StrictJsonReader.read(text);
        } catch (JsonException e) {
            throw new IllegalArgumentException(what + " is not valid JSON: " + e.getMessage(), e);
        }
        if (value.getValueType() != JsonValue.ValueType.OBJECT) {
            throw new IllegalArgumentException(what + " must be a JSON object, got " + value.getValueType());
        }
        return value.asJsonObject();
    }

    /** Compact UTF-8 text of {@code object}, members in their insertion order. */
    public static byte[] write(JsonObject object) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(1024);
        try (JsonWriter writer = PROVIDER.createWriterFactory(Map.of()).createWriter(out, StandardCharsets.UTF_8)) {
            writer.writeObject(object);
        }
        return out.toByteArray();
    }

    /** A builder from the cached factory (JSON-P looks the provider up on every {@code Json.create...}). */
    public static JsonObjectBuilder objectBuilder() {
        return BUILDERS.createObjectBuilder();
    }

    /** A builder for a JSON array. */
    public static JsonArrayBuilder arrayBuilder() {
        return BUILDERS.createArrayBuilder();
    }

    /**
     * The instant {@code text} denotes if it is written exactly as {@link Instant#toString()} writes it:
     * UTC with {@code Z}, no fraction when it is zero, otherwise 3, 6 or 9 digits.
     *
     * @throws IllegalArgumentException otherwise, naming {@code field}
     */
    public static Instant instant(String text, String field) {
        Instant instant;
        try {
            instant = Instant.parse(text);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(field + " must be a UTC instant such as 2026-11-22T08:30:01.234Z, got '"
                    + text + "'", e);
        }
        if (!instant.toString().equals(text)) {
            throw new IllegalArgumentException(field + " must be written in its one canonical form '" + instant
                    + "' (UTC 'Z', fraction in groups of 3 digits, none when zero), got '" + text + "'");
        }
        return instant;
    }

    /**
     * The bytes {@code text} encodes if it is canonical padded base64 (RFC 4648 §4, no line breaks, zero
     * padding bits), the only form whose every changed character changes the bytes.
     *
     * @throws IllegalArgumentException otherwise, naming {@code field}
     */
    public static byte[] base64(String text, String field) {
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(text);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(field + " must be base64: " + e.getMessage(), e);
        }
        if (bytes.length == 0 || !Base64.getEncoder().encodeToString(bytes).equals(text)) {
            throw new IllegalArgumentException(field + " must be non-empty canonical padded base64");
        }
        return bytes;
    }

    /** {@code text} if it is a 64-digit lower-case hex digest (SM3 or SHA-256). */
    public static String hexDigest(String text, String field) {
        if (text == null || !HEX_DIGEST.matcher(text).matches()) {
            throw new IllegalArgumentException(field + " must be 64 lower-case hex digits (an SM3 or SHA-256 digest), got "
                    + (text == null ? "null" : "'" + text + "'"));
        }
        return text;
    }

    /** Field access that reports errors as "{where}.{field} {rule}". */
    public record Fields(JsonObject object, String where) {

        /** Fails on a member not in {@code names}. */
        public void allowOnly(Set<String> names) {
            for (String name : object.keySet()) {
                if (!names.contains(name)) {
                    throw fail(name, "is not a known field (known: " + String.join(", ", names.stream().sorted().toList())
                            + ")");
                }
            }
        }

        /** The member, which must be present. */
        public JsonValue required(String field) {
            JsonValue value = object.get(field);
            if (value == null) {
                throw fail(field, "is required");
            }
            return value;
        }

        /** The member as a string. */
        public String string(String field) {
            JsonValue value = required(field);
            if (value.getValueType() != JsonValue.ValueType.STRING) {
                throw fail(field, "must be a string, got " + value.getValueType());
            }
            return ((JsonString) value).getString();
        }

        /** The member as an integer of at least {@code minimum}. */
        public long integer(String field, long minimum) {
            JsonValue value = required(field);
            if (value.getValueType() != JsonValue.ValueType.NUMBER || !((JsonNumber) value).isIntegral()) {
                throw fail(field, "must be an integer, got " + value);
            }
            BigInteger number = ((JsonNumber) value).bigIntegerValue();
            if (number.bitLength() > 63 || number.longValueExact() < minimum) {
                throw fail(field, "must be an integer from " + minimum + " to " + Long.MAX_VALUE + ", got " + number);
            }
            return number.longValueExact();
        }

        /** The member as an array. */
        public JsonArray array(String field) {
            JsonValue value = required(field);
            if (value.getValueType() != JsonValue.ValueType.ARRAY) {
                throw fail(field, "must be an array, got " + value.getValueType());
            }
            return value.asJsonArray();
        }

        /** The member as an object. */
        public JsonObject object(String field) {
            JsonValue value = required(field);
            if (value.getValueType() != JsonValue.ValueType.OBJECT) {
                throw fail(field, "must be an object, got " + value.getValueType());
            }
            return value.asJsonObject();
        }

        /** The member as an instant in its canonical text form. */
        public Instant instant(String field) {
            return StrictJson.instant(string(field), where + "." + field);
        }

        /** The member as canonical padded base64. */
        public String base64(String field) {
            String text = string(field);
            StrictJson.base64(text, where + "." + field);
            return text;
        }

        /** The member as a lower-case hex SHA-256/SM3 digest (64 digits). */
        public String hexDigest(String field) {
            return StrictJson.hexDigest(string(field), where + "." + field);
        }

        /** The failure for {@code field} breaking {@code rule}. */
        public IllegalArgumentException fail(String field, String rule) {
            return new IllegalArgumentException(where + "." + field + " " + rule);
        }
    }

}
