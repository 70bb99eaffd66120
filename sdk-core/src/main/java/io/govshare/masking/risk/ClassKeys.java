package io.govshare.masking.risk;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import jakarta.json.JsonString;
import jakarta.json.JsonValue;

/**
 * Turns a record's quasi-identifier values into one string per equivalence class, and back.
 * <p>
 * Each value is written as its length, a colon and its text ({@code 2:ab1:c} and {@code 1:a2:bc} stay apart),
 * and null as {@code ~}, which cannot start a length, so null differs from every text including {@code ""}
 * and {@code "null"}. The key is the only thing kept per class, so it must be decodable for
 * {@link RiskReport.SmallClass#quasiIdentifierValues()}.
 */
final class ClassKeys {

    private static final char NULL_VALUE = '~';

    private final List<String> quasiIdentifiers;

    ClassKeys(List<String> quasiIdentifiers) {
        this.quasiIdentifiers = quasiIdentifiers;
    }

    /** @param recordIndex 0-based, for the message; negative when the position is unknown */
    String keyOf(Map<String, ?> record, long recordIndex) {
        if (record == null) {
            throw new IllegalArgumentException(describe(recordIndex) + " is null");
        }
        StringBuilder key = new StringBuilder(16 * quasiIdentifiers.size());
        for (String name : quasiIdentifiers) {
            Object value = record.get(name);
            // A misspelt quasi-identifier read as null would put every record in one class and pass any gate.
            if (value == null && !record.containsKey(name)) {
                throw new IllegalArgumentException(describe(recordIndex) + " has no quasi-identifier '" + name
                        + "'; put the key with a null value if the record has none");
            }
            append(key, textOf(value));
        }
        return key.toString();
    }

    String keyOf(String[] values, long recordIndex) {
        if (values == null) {
            throw new IllegalArgumentException("the values of " + describe(recordIndex) + " must not be a null array");
        }
        if (values.length != quasiIdentifiers.size()) {
            throw new IllegalArgumentException(describe(recordIndex) + " has " + values.length
                    + " values but there are " + quasiIdentifiers.size() + " quasi-identifiers " + quasiIdentifiers);
        }
        StringBuilder key = new StringBuilder(16 * values.length);
        for (String value : values) {
            append(key, value);
        }
        return key.toString();
    }

    static List<String> decode(String key) {
        List<String> values = new ArrayList<>();
        int at = 0;
        while (at < key.length()) {
            if (key.charAt(at) == NULL_VALUE) {
                values.add(null);
                at++;
                continue;
            }
            int colon = key.indexOf(':', at);
            int length = Integer.parseInt(key, at, colon, 10);
            values.add(key.substring(colon + 1, colon + 1 + length));
            at = colon + 1 + length;
        }
        return Collections.unmodifiableList(values);
    }

    /** A record read by RecordLineReader is a JsonObject: its strings and nulls must count like plain ones. */
    private static String textOf(Object value) {
        if (value == null || value instanceof JsonValue json && json.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        return value instanceof JsonString text ? text.getString() : value.toString();
    }

    private static String describe(long recordIndex) {
        return recordIndex < 0 ? "the record" : "record " + recordIndex;
    }

    private static void append(StringBuilder key, String value) {
        if (value == null) {
            key.append(NULL_VALUE);
        } else {
            key.append(value.length()).append(':').append(value);
        }
    }
}
