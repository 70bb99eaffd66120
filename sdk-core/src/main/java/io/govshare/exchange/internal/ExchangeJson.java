package io.govshare.exchange.internal;

import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;

import jakarta.json.JsonArray;
import jakarta.json.JsonBuilderFactory;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;

import io.govshare.exchange.PacketFormatException;
import io.govshare.json.StrictJsonReader;
import io.govshare.verification.Reason;

/**
 * Strict reading of the packet's JSON entries: UTF-8 only, duplicate member names refused (with "last one
 * wins" a signed value could be shadowed), unknown members refused, and every error a
 * {@link PacketFormatException} naming the entry and the field.
 *
 * <p>Internal: not part of the SDK's API (see the package description).
 */
public final class ExchangeJson {

    // One provider and factories for all calls: Json.createXxx looks the provider up again every time.
    private static final JsonProvider PROVIDER = JsonProvider.provider();
    private static final JsonBuilderFactory BUILDERS = PROVIDER.createBuilderFactory(Map.of());

    private ExchangeJson() {
    }

    /** Decodes strict UTF-8; malformed bytes are an error rather than silently replaced. */
    public static String utf8(byte[] bytes, int length) throws CharacterCodingException {
        return StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(bytes, 0, length))
                .toString();
    }

    /** Parses {@code bytes} as one JSON value. */
    public static JsonValue parse(byte[] bytes, String entry, Reason reason) {
        String text;
        try {
            text = utf8(bytes, bytes.length);
        } catch (CharacterCodingException e) {
            throw new PacketFormatException(reason, entry + " is not valid UTF-8");
        }
        try {
            return strictValue(text);
        } catch (JsonException e) {
            throw new PacketFormatException(reason, entry + " is not valid JSON: " + e.getMessage(), e);
        }
    }

    /** One JSON value, read strictly (see {@code StrictJsonReader}). */
    public static JsonValue strictValue(String text) {
        return StrictJsonReader.read(text);
    }

    /** The JSON object of a packet entry, or a {@link PacketFormatException} with {@code reason}. */
    public static JsonObject parseObject(byte[] bytes, String entry, Reason reason) {
        JsonValue value = parse(bytes, entry, reason);
        if (value.getValueType() != JsonValue.ValueType.OBJECT) {
            throw new PacketFormatException(reason, entry + " must be a JSON object, got " + describe(value));
        }
        return value.asJsonObject();
    }

    /** Field access that reports errors as "{where}.{field} must be ..." with a fixed reason. */
    public record Fields(JsonObject object, String where, Reason reason) {

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
                throw fail(field, "must be a string, got " + describe(value));
            }
            return ((JsonString) value).getString();
        }

        /** The member as an integer of at least {@code minimum}. */
        public long integer(String field, long minimum) {
            JsonValue value = required(field);
            if (value.getValueType() != JsonValue.ValueType.NUMBER || !((JsonNumber) value).isIntegral()) {
                throw fail(field, "must be an integer, got " + describe(value));
            }
            BigInteger number = ((JsonNumber) value).bigIntegerValue();
            if (number.bitLength() > 63 || number.longValueExact() < minimum) {
                throw fail(field, "must be an integer from " + minimum + " to " + Long.MAX_VALUE + ", got " + number);
            }
            return number.longValueExact();
        }

        /** The member as a boolean. */
        public boolean bool(String field) {
            JsonValue value = required(field);
            if (value != JsonValue.TRUE && value != JsonValue.FALSE) {
                throw fail(field, "must be true or false, got " + describe(value));
            }
            return value == JsonValue.TRUE;
        }

        /** The member as an array. */
        public JsonArray array(String field) {
            JsonValue value = required(field);
            if (value.getValueType() != JsonValue.ValueType.ARRAY) {
                throw fail(field, "must be an array, got " + describe(value));
            }
            return value.asJsonArray();
        }

        /** The member as an object. */
        public JsonObject object(String field) {
            JsonValue value = required(field);
            if (value.getValueType() != JsonValue.ValueType.OBJECT) {
                throw fail(field, "must be an object, got " + describe(value));
            }
            return value.asJsonObject();
        }

        /** The fields of a member that is an object, its path extended. */
        public Fields nested(String field) {
            return new Fields(object(field), where + "." + field, reason);
        }

        /** The failure for {@code field} breaking {@code rule}. */
        public PacketFormatException fail(String field, String rule) {
            return new PacketFormatException(reason, where + "." + field + " " + rule);
        }
    }

    /** Checks a node id of the header, recipients or origin: 1 to 128 characters. */
    public static void requireNodeId(String nodeId, String field) {
        if (nodeId == null || nodeId.isEmpty() || nodeId.length() > 128) {
            throw new IllegalArgumentException(field + " must be a node id of 1 to 128 characters, got "
                    + (nodeId == null ? "null" : "'" + nodeId + "'"));
        }
    }

    /** The JSON type of {@code value}, for messages. */
    public static String describe(JsonValue value) {
        String text = value.toString();
        String shown = text.length() > 60 ? text.substring(0, 57) + "..." : text;
        return switch (value.getValueType()) {
            case OBJECT -> "an object";
            case ARRAY -> "an array";
            case STRING -> "the string " + shown;
            case NUMBER -> "the number " + shown;
            case TRUE, FALSE -> shown;
            case NULL -> "null";
        };
    }
}
