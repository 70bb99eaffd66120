package io.govshare.json;

import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

/**
 * The one byte form of a JSON value that GovShare signs and hashes (receipts, audit-log entries): object
 * members sorted by name (UTF-16 code units, as RFC 8785), no insignificant whitespace, strings escaped
 * minimally, integers without exponent. Two parties that agree on the value therefore agree on the bytes,
 * whatever JSON library wrote the text they received.
 *
 * <p>Non-integral numbers are refused rather than normalised: everything GovShare signs carries decimals
 * as strings, and refusing keeps us clear of the floating-point formatting rules of RFC 8785.
 */
public final class CanonicalJson {

    private CanonicalJson() {
    }

    /** Canonical UTF-8 bytes of {@code value}. */
    public static byte[] bytes(JsonValue value) {
        return text(value).getBytes(StandardCharsets.UTF_8);
    }

    /** Canonical text of {@code value}. */
    public static String text(JsonValue value) {
        StringBuilder out = new StringBuilder(256);
        write(value, out);
        return out.toString();
    }

    /** Parses {@code json} (any formatting) and returns its canonical bytes. */
    public static byte[] canonicalise(String json) {
        try (JsonReader reader = Json.createReader(new StringReader(json))) {
            return bytes(reader.readValue());
        }
    }

    private static void write(JsonValue value, StringBuilder out) {
        switch (value.getValueType()) {
            case OBJECT -> {
                Map<String, JsonValue> sorted = new TreeMap<>(((JsonObject) value));
                out.append('{');
                boolean first = true;
                for (Map.Entry<String, JsonValue> member : sorted.entrySet()) {
                    if (!first) {
                        out.append(',');
                    }
                    first = false;
                    string(member.getKey(), out);
                    out.append(':');
                    write(member.getValue(), out);
                }
                out.append('}');
            }
            case ARRAY -> {
                out.append('[');
                boolean first = true;
                for (JsonValue element : (JsonArray) value) {
                    if (!first) {
                        out.append(',');
                    }
                    first = false;
                    write(element, out);
                }
                out.append(']');
            }
            case STRING -> string(((JsonString) value).getString(), out);
            case NUMBER -> {
                BigDecimal number = ((JsonNumber) value).bigDecimalValue();
                try {
                    out.append(number.toBigIntegerExact());
                } catch (ArithmeticException e) {
                    throw new IllegalArgumentException("canonical JSON carries only integral numbers, not " + number
                            + "; write decimals as strings");
                }
            }
            case TRUE -> out.append("true");
            case FALSE -> out.append("false");
            case NULL -> out.append("null");
        }
    }

    private static void string(String s, StringBuilder out) {
        out.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }
}
