package io.govshare.catalog.json;

import io.govshare.catalog.CatalogEntry;
import io.govshare.catalog.Violation;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonConfig;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonReaderFactory;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParsingException;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads and writes catalog entries in the JSON form of API-CONTRACT.md ("Catalog entry") and
 * {@code standards/catalog/catalog-entry.schema.json}.
 * <p>
 * Reading is lenient: it never throws on content. Each problem becomes a {@link Violation} with the JSON path
 * of the value, and the rest of the entry is still read, so a cataloguer sees every mistake at once.
 * Writing omits nulls and empty lists and keeps the field order of the contract, so that
 * {@code read(write(e)).entry()} equals {@code e}.
 */
public final class CatalogJson {

    // Duplicate keys are rejected: with "first wins" or "last wins" one of the two values would vanish silently.
    private static final JsonReaderFactory READERS =
            Json.createReaderFactory(Map.of(JsonConfig.KEY_STRATEGY, JsonConfig.KeyStrategy.NONE));

    private CatalogJson() {
    }

    /** Reads one entry from JSON text. Malformed text gives one violation {@code json.syntax} at field "". */
    public static ParsedEntry read(String json) {
        JsonValue value;
        try {
            value = parse(json);
        } catch (JsonException e) {
            return new ParsedEntry(null, List.of(syntaxViolation(e)));
        }
        return read(value);
    }

    /** Reads one entry from a JSON object already parsed. */
    public static ParsedEntry read(JsonObject json) {
        return new EntryReader().read(json);
    }

    /**
     * Reads a JSON array of entries, one result per element (for bulk import); paths in each result are
     * relative to its element. Text that is not a JSON array gives a single unreadable result.
     */
    public static List<ParsedEntry> readArray(String json) {
        JsonValue value;
        try {
            value = parse(json);
        } catch (JsonException e) {
            return List.of(new ParsedEntry(null, List.of(syntaxViolation(e))));
        }
        if (value.getValueType() != JsonValue.ValueType.ARRAY) {
            return List.of(new ParsedEntry(null, List.of(Violation.error("", "type",
                    "expected a JSON array of catalog entries, got " + EntryReader.describe(value)))));
        }
        List<ParsedEntry> entries = new ArrayList<>();
        for (JsonValue element : (JsonArray) value) {
            entries.add(read(element));
        }
        return entries;
    }

    /** The entry as compact JSON text. */
    public static String write(CatalogEntry entry) {
        return toJson(entry).toString();
    }

    /** The entry as a JSON object; nulls and empty lists are left out. */
    public static JsonObject toJson(CatalogEntry entry) {
        return EntryWriter.toJson(entry);
    }

    private static ParsedEntry read(JsonValue value) {
        if (value.getValueType() != JsonValue.ValueType.OBJECT) {
            return new ParsedEntry(null, List.of(Violation.error("", "type",
                    "a catalog entry must be a JSON object, got " + EntryReader.describe(value))));
        }
        return read(value.asJsonObject());
    }

    private static JsonValue parse(String json) {
        if (json == null || json.isBlank()) {
            throw new JsonException("the text is empty");
        }
        try (JsonReader reader = READERS.createReader(new StringReader(json))) {
            return reader.readValue();
        }
    }

    private static Violation syntaxViolation(JsonException e) {
        String where = "";
        if (e instanceof JsonParsingException parsing && parsing.getLocation() != null) {
            where = " at line " + parsing.getLocation().getLineNumber()
                    + ", column " + parsing.getLocation().getColumnNumber();
        }
        return Violation.error("", "json.syntax", "not valid JSON" + where + ": " + e.getMessage());
    }
}
