package io.govshare.exchange;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

import io.govshare.catalog.CatalogEntry;
import io.govshare.catalog.DataItem;
import io.govshare.catalog.ShareType;
import io.govshare.exchange.internal.ExchangeJson;
import io.govshare.verification.Reason;
import jakarta.json.JsonBuilderFactory;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;

/**
 * The rules a record must follow against its catalog entry's data items (SPEC.md §3): no item the entry
 * lacks, no item whose share type is 不予共享 (NONE), each value of its item's type. JSON null stands for "no
 * value" and is allowed for every item. A DELETE record carries only keys, so it is checked the same way and
 * must not be empty.
 *
 * <p>Also the projection the hub applies before delivery: {@link #project} keeps only the granted items.
 */
public final class RecordRules {

    // Json.createObjectBuilder looks the JSON-P provider up on every call; projection runs once per record.
    private static final JsonBuilderFactory BUILDERS = JsonProvider.provider().createBuilderFactory(Map.of());
    private static final Pattern DECIMAL = Pattern.compile("-?[0-9]+(\\.[0-9]+)?");
    private static final Set<String> GEOMETRY_TYPES = Set.of("Point", "MultiPoint", "LineString", "MultiLineString",
            "Polygon", "MultiPolygon");

    private final Map<String, DataItem> items;
    private final Set<String> shared;
    private final PacketOperation operation;

    private RecordRules(Map<String, DataItem> items, Set<String> shared, PacketOperation operation) {
        this.items = items;
        this.shared = shared;
        this.operation = operation;
    }

    /** The rules for records of {@code entry} sent with {@code operation}. */
    public static RecordRules of(CatalogEntry entry, PacketOperation operation) {
        Objects.requireNonNull(entry, "entry");
        Objects.requireNonNull(operation, "operation");
        ShareType resourceShare = entry.share() == null ? null : entry.share().type();
        Map<String, DataItem> items = new LinkedHashMap<>();
        Set<String> shared = new LinkedHashSet<>();
        for (DataItem item : entry.dataItems()) {
            if (item.name() == null) {
                continue;
            }
            items.put(item.name(), item);
            if (item.effectiveShareType(resourceShare) != ShareType.NONE) {
                shared.add(item.name());
            }
        }
        return new RecordRules(Collections.unmodifiableMap(items), Collections.unmodifiableSet(shared), operation);
    }

    /** The names of the items that may appear in a record: every item whose effective share type is not NONE. */
    public Set<String> sharedItemNames() {
        return shared;
    }

    /**
     * Checks one record.
     *
     * @param lineNumber the record's line in the records entry, for the message
     * @throws PacketFormatException {@code records.item-not-shared} for an item shared with nobody,
     *                               {@code records.invalid} for anything else, naming the line and the item
     */
    public void check(JsonObject record, long lineNumber) {
        if (record.isEmpty() && operation == PacketOperation.DELETE) {
            throw invalid(lineNumber, null, "is empty; a DELETE record carries the keys of what it deletes");
        }
        for (Map.Entry<String, JsonValue> member : record.entrySet()) {
            DataItem item = items.get(member.getKey());
            if (item == null) {
                throw invalid(lineNumber, member.getKey(), "is not a data item of the catalog entry");
            }
            if (!shared.contains(item.name())) {
                throw new PacketFormatException(Reason.RECORDS_ITEM_NOT_SHARED, "records line " + lineNumber
                        + ": item '" + item.name() + "' is 不予共享 (share type NONE) and must never leave its provider");
            }
            String problem = typeProblem(item, member.getValue());
            if (problem != null) {
                throw invalid(lineNumber, item.name(), problem);
            }
        }
    }

    /** A copy of {@code record} with only the members named in {@code itemNames}, in the record's order. */
    public static JsonObject project(JsonObject record, Set<String> itemNames) {
        JsonObjectBuilder kept = BUILDERS.createObjectBuilder();
        for (Map.Entry<String, JsonValue> member : record.entrySet()) {
            if (itemNames.contains(member.getKey())) {
                kept.add(member.getKey(), member.getValue());
            }
        }
        return kept.build();
    }

    /** Why {@code value} is not of {@code item}'s type, or null if it is. */
    private static String typeProblem(DataItem item, JsonValue value) {
        if (value.getValueType() == JsonValue.ValueType.NULL || item.type() == null) {
            return null;
        }
        Integer length = item.length();
        return switch (item.type()) {
            case STRING -> {
                if (!(value instanceof JsonString text)) {
                    yield "must be a string (STRING), got " + ExchangeJson.describe(value);
                }
                int characters = text.getString().codePointCount(0, text.getString().length());
                yield length != null && characters > length
                        ? "is " + characters + " characters long, more than the item's length " + length : null;
            }
            case INTEGER -> {
                if (!(value instanceof JsonNumber number) || !number.isIntegral()) {
                    yield "must be an integer (INTEGER), got " + ExchangeJson.describe(value);
                }
                int digits = number.bigIntegerValue().abs().toString().length();
                yield length != null && digits > length ? "has " + digits + " digits, more than the item's length "
                        + length : null;
            }
            case DECIMAL -> {
                if (!(value instanceof JsonString text) || !DECIMAL.matcher(text.getString()).matches()) {
                    yield "must be a decimal written as a string of digits with an optional '-' and '.' (DECIMAL),"
                            + " got " + ExchangeJson.describe(value);
                }
                int digits = text.getString().replace("-", "").replace(".", "").length();
                yield length != null && digits > length ? "has " + digits + " digits, more than the item's length "
                        + length : null;
            }
            case DATE -> value instanceof JsonString text && parses(text.getString(), true) ? null
                    : "must be a date written YYYY-MM-DD (DATE), got " + ExchangeJson.describe(value);
            case DATETIME -> value instanceof JsonString text && parses(text.getString(), false) ? null
                    : "must be an RFC 3339 date-time with offset (DATETIME), got " + ExchangeJson.describe(value);
            case BOOLEAN -> value == JsonValue.TRUE || value == JsonValue.FALSE ? null
                    : "must be true or false (BOOLEAN), got " + ExchangeJson.describe(value);
            case BINARY -> value instanceof JsonString text && isBase64(text.getString()) ? null
                    : "must be a base64 string (BINARY), got " + ExchangeJson.describe(value);
            case GEOMETRY -> geometryProblem(value, 0);
        };
    }

    private static boolean parses(String text, boolean date) {
        try {
            if (date) {
                LocalDate.parse(text, DateTimeFormatter.ISO_LOCAL_DATE);
            } else {
                OffsetDateTime.parse(text, DateTimeFormatter.ISO_OFFSET_DATE_TIME);
            }
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    private static boolean isBase64(String text) {
        try {
            Base64.getDecoder().decode(text);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** A GeoJSON geometry object (RFC 7946 §3.1): its type, and coordinates or member geometries. */
    private static String geometryProblem(JsonValue value, int depth) {
        if (value.getValueType() != JsonValue.ValueType.OBJECT) {
            return "must be a GeoJSON geometry object (GEOMETRY), got " + ExchangeJson.describe(value);
        }
        JsonObject geometry = value.asJsonObject();
        JsonValue type = geometry.get("type");
        String name = type instanceof JsonString text ? text.getString() : null;
        if ("GeometryCollection".equals(name) && depth == 0) {
            JsonValue members = geometry.get("geometries");
            if (members == null || members.getValueType() != JsonValue.ValueType.ARRAY) {
                return "is a GeometryCollection without a 'geometries' array (GEOMETRY)";
            }
            for (JsonValue member : members.asJsonArray()) {
                String problem = geometryProblem(member, depth + 1);
                if (problem != null) {
                    return problem;
                }
            }
            return null;
        }
        if (name == null || !GEOMETRY_TYPES.contains(name)) {
            return "must be a GeoJSON geometry with a 'type' of " + GEOMETRY_TYPES.stream().sorted().toList()
                    + (depth == 0 ? " or GeometryCollection" : "") + " (GEOMETRY), got " + ExchangeJson.describe(value);
        }
        JsonValue coordinates = geometry.get("coordinates");
        if (coordinates == null || coordinates.getValueType() != JsonValue.ValueType.ARRAY) {
            return "is a GeoJSON " + name + " without a 'coordinates' array (GEOMETRY)";
        }
        return null;
    }

    private static PacketFormatException invalid(long lineNumber, String item, String rule) {
        return new PacketFormatException(Reason.RECORDS_INVALID, "records line " + lineNumber
                + (item == null ? " " : ": item '" + item + "' ") + rule);
    }
}
