package io.govshare.catalog.json;

import io.govshare.catalog.CatalogEntry;
import io.govshare.catalog.CatalogKind;
import io.govshare.catalog.CatalogStatus;
import io.govshare.catalog.DataItem;
import io.govshare.catalog.DataItemType;
import io.govshare.catalog.Format;
import io.govshare.catalog.FormatType;
import io.govshare.catalog.OpenAttributes;
import io.govshare.catalog.OpenType;
import io.govshare.catalog.Provider;
import io.govshare.catalog.ResourceCode;
import io.govshare.catalog.ShareAttributes;
import io.govshare.catalog.ShareMethod;
import io.govshare.catalog.ShareType;
import io.govshare.catalog.SurveyCounts;
import io.govshare.catalog.UpdateCycle;
import io.govshare.catalog.Violation;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** One reading pass over one entry; collects violations instead of throwing. Not thread-safe: use once. */
final class EntryReader {

    private static final List<String> ENTRY_PROPERTIES = List.of("code", "name", "summary", "kind", "classificationCode",
            "provider", "format", "dataItems", "share", "open", "updateCycle", "publishedOn", "relatedCodes",
            "systemName", "survey", "status", "version");
    private static final List<String> PROVIDER_PROPERTIES = List.of("code", "name");
    private static final List<String> FORMAT_PROPERTIES = List.of("type", "detail");
    private static final List<String> ITEM_PROPERTIES =
            List.of("name", "type", "length", "shareType", "sensitive", "description");
    private static final List<String> SHARE_PROPERTIES = List.of("type", "condition", "basis", "method");
    private static final List<String> OPEN_PROPERTIES = List.of("type", "condition");
    private static final List<String> SURVEY_PROPERTIES = List.of("storageMb", "records", "sharedStorageMb",
            "sharedRecords", "openStorageMb", "openRecords");

    private final List<Violation> violations = new ArrayList<>();

    ParsedEntry read(JsonObject json) {
        rejectUnknown(json, "", ENTRY_PROPERTIES);
        CatalogEntry entry = new CatalogEntry(
                code(json.get("code"), "code"),
                string(json, "name", ""),
                string(json, "summary", ""),
                enumValue(json, "kind", "", CatalogKind.class),
                string(json, "classificationCode", ""),
                provider(json),
                format(json),
                dataItems(json),
                share(json),
                open(json),
                enumValue(json, "updateCycle", "", UpdateCycle.class),
                date(json, "publishedOn"),
                relatedCodes(json),
                string(json, "systemName", ""),
                survey(json),
                enumValue(json, "status", "", CatalogStatus.class),
                integer(json, "version", ""));
        return new ParsedEntry(entry, violations);
    }

    private Provider provider(JsonObject json) {
        JsonObject provider = object(json, "provider", "");
        if (provider == null) {
            return null;
        }
        rejectUnknown(provider, "provider", PROVIDER_PROPERTIES);
        return new Provider(string(provider, "code", "provider"), string(provider, "name", "provider"));
    }

    private Format format(JsonObject json) {
        JsonObject format = object(json, "format", "");
        if (format == null) {
            return null;
        }
        rejectUnknown(format, "format", FORMAT_PROPERTIES);
        return new Format(enumValue(format, "type", "format", FormatType.class), string(format, "detail", "format"));
    }

    private List<DataItem> dataItems(JsonObject json) {
        JsonArray items = array(json, "dataItems");
        List<DataItem> result = new ArrayList<>();
        if (items == null) {
            return result;
        }
        for (int i = 0; i < items.size(); i++) {
            String path = "dataItems[" + i + "]";
            JsonValue element = items.get(i);
            if (element.getValueType() != JsonValue.ValueType.OBJECT) {
                typeViolation(path, "an object", element);
                // An empty placeholder keeps the indices of later items equal to their JSON positions.
                result.add(new DataItem(null, null, null, null, false, null));
                continue;
            }
            JsonObject item = element.asJsonObject();
            rejectUnknown(item, path, ITEM_PROPERTIES);
            Boolean sensitive = bool(item, "sensitive", path);
            result.add(new DataItem(string(item, "name", path), enumValue(item, "type", path, DataItemType.class),
                    integer(item, "length", path), enumValue(item, "shareType", path, ShareType.class),
                    sensitive != null && sensitive, string(item, "description", path)));
        }
        return result;
    }

    private ShareAttributes share(JsonObject json) {
        JsonObject share = object(json, "share", "");
        if (share == null) {
            return null;
        }
        rejectUnknown(share, "share", SHARE_PROPERTIES);
        return new ShareAttributes(enumValue(share, "type", "share", ShareType.class),
                string(share, "condition", "share"), string(share, "basis", "share"),
                enumValue(share, "method", "share", ShareMethod.class));
    }

    private OpenAttributes open(JsonObject json) {
        JsonObject open = object(json, "open", "");
        if (open == null) {
            return null;
        }
        rejectUnknown(open, "open", OPEN_PROPERTIES);
        return new OpenAttributes(enumValue(open, "type", "open", OpenType.class), string(open, "condition", "open"));
    }

    private List<ResourceCode> relatedCodes(JsonObject json) {
        JsonArray codes = array(json, "relatedCodes");
        List<ResourceCode> result = new ArrayList<>();
        if (codes == null) {
            return result;
        }
        for (int i = 0; i < codes.size(); i++) {
            ResourceCode code = code(codes.get(i), "relatedCodes[" + i + "]");
            if (code != null) {
                result.add(code);
            }
        }
        return result;
    }

    private SurveyCounts survey(JsonObject json) {
        JsonObject survey = object(json, "survey", "");
        if (survey == null) {
            return null;
        }
        rejectUnknown(survey, "survey", SURVEY_PROPERTIES);
        return new SurveyCounts(whole(survey, "storageMb", "survey"), whole(survey, "records", "survey"),
                whole(survey, "sharedStorageMb", "survey"), whole(survey, "sharedRecords", "survey"),
                whole(survey, "openStorageMb", "survey"), whole(survey, "openRecords", "survey"));
    }

    private ResourceCode code(JsonValue value, String path) {
        if (isAbsent(value)) {
            return null;
        }
        if (value.getValueType() != JsonValue.ValueType.STRING) {
            typeViolation(path, "a string such as \"101001/000001\"", value);
            return null;
        }
        try {
            return ResourceCode.of(((JsonString) value).getString());
        } catch (IllegalArgumentException e) {
            violations.add(Violation.error(path, "format", e.getMessage()));
            return null;
        }
    }

    private LocalDate date(JsonObject json, String key) {
        String text = string(json, key, "");
        if (text == null) {
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            violations.add(Violation.error(key, "format",
                    key + " must be a date written YYYY-MM-DD (CCYY-MM-DD), got '" + text + "'"));
            return null;
        }
    }

    private String string(JsonObject json, String key, String parent) {
        JsonValue value = json.get(key);
        if (isAbsent(value)) {
            return null;
        }
        if (value.getValueType() != JsonValue.ValueType.STRING) {
            typeViolation(path(parent, key), "a string", value);
            return null;
        }
        return ((JsonString) value).getString();
    }

    private <E extends Enum<E>> E enumValue(JsonObject json, String key, String parent, Class<E> type) {
        String text = string(json, key, parent);
        if (text == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, text);
        } catch (IllegalArgumentException e) {
            String allowed = Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
            violations.add(Violation.error(path(parent, key), "enum",
                    path(parent, key) + " must be one of " + allowed + "; got '" + text + "'"));
            return null;
        }
    }

    private Integer integer(JsonObject json, String key, String parent) {
        Long value = whole(json, key, parent);
        if (value == null) {
            return null;
        }
        if (value < Integer.MIN_VALUE || value > Integer.MAX_VALUE) {
            violations.add(Violation.error(path(parent, key), "type", path(parent, key) + " is too large: " + value));
            return null;
        }
        return value.intValue();
    }

    private Long whole(JsonObject json, String key, String parent) {
        JsonValue value = json.get(key);
        if (isAbsent(value)) {
            return null;
        }
        if (value.getValueType() != JsonValue.ValueType.NUMBER || !((JsonNumber) value).isIntegral()) {
            typeViolation(path(parent, key), "a whole number", value);
            return null;
        }
        try {
            return ((JsonNumber) value).longValueExact();
        } catch (ArithmeticException e) {
            violations.add(Violation.error(path(parent, key), "type", path(parent, key) + " is too large: " + value));
            return null;
        }
    }

    private Boolean bool(JsonObject json, String key, String parent) {
        JsonValue value = json.get(key);
        if (isAbsent(value)) {
            return null;
        }
        if (value.getValueType() == JsonValue.ValueType.TRUE) {
            return true;
        }
        if (value.getValueType() == JsonValue.ValueType.FALSE) {
            return false;
        }
        typeViolation(path(parent, key), "true or false", value);
        return null;
    }

    private JsonObject object(JsonObject json, String key, String parent) {
        JsonValue value = json.get(key);
        if (isAbsent(value)) {
            return null;
        }
        if (value.getValueType() != JsonValue.ValueType.OBJECT) {
            typeViolation(path(parent, key), "an object", value);
            return null;
        }
        return value.asJsonObject();
    }

    private JsonArray array(JsonObject json, String key) {
        JsonValue value = json.get(key);
        if (isAbsent(value)) {
            return null;
        }
        if (value.getValueType() != JsonValue.ValueType.ARRAY) {
            typeViolation(key, "an array", value);
            return null;
        }
        return value.asJsonArray();
    }

    private void rejectUnknown(JsonObject json, String parent, List<String> known) {
        Set<String> allowed = Set.copyOf(known);
        for (String key : json.keySet()) {
            if (!allowed.contains(key)) {
                String where = parent.isEmpty() ? "a catalog entry" : parent;
                violations.add(Violation.error(path(parent, key), "unknown-property",
                        "'" + key + "' is not a property of " + where + "; known properties: "
                                + String.join(", ", known)));
            }
        }
    }

    private void typeViolation(String path, String expected, JsonValue actual) {
        violations.add(Violation.error(path, "type", path + " must be " + expected + ", got " + describe(actual)));
    }

    private static boolean isAbsent(JsonValue value) {
        return value == null || value.getValueType() == JsonValue.ValueType.NULL;
    }

    private static String path(String parent, String key) {
        return parent.isEmpty() ? key : parent + "." + key;
    }

    static String describe(JsonValue value) {
        return switch (value.getValueType()) {
            case STRING -> "the string " + value;
            case NUMBER -> "the number " + value;
            case TRUE, FALSE -> "the boolean " + value;
            case NULL -> "null";
            case ARRAY -> "an array";
            case OBJECT -> "an object";
        };
    }
}
