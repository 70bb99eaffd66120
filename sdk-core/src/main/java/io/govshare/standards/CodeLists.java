package io.govshare.standards;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The code lists of {@code standards/codelists/}, loaded once from the classpath
 * ({@code govshare-standards/codelists/<name>.json}) and kept.
 */
public final class CodeLists {

    public static final String SHARE_TYPE = "share-type";
    public static final String OPEN_TYPE = "open-type";
    public static final String SHARE_METHOD = "share-method";
    public static final String FORMAT_TYPE = "format-type";
    public static final String UPDATE_CYCLE = "update-cycle";
    public static final String CATALOG_KIND = "catalog-kind";
    public static final String DATA_ITEM_TYPE = "data-item-type";
    public static final String CATALOG_STATUS = "catalog-status";
    public static final String BASE_CLASSES = "base-classes";
    public static final String THEME_CLASSES = "theme-classes";

    private static final Map<String, CodeList> LOADED = new ConcurrentHashMap<>();

    private CodeLists() {
    }

    /**
     * The list with that name, such as {@code share-type}.
     *
     * @throws IllegalArgumentException if there is no such list
     * @throws IllegalStateException    if the list file is not in the expected format
     */
    public static CodeList get(String name) {
        return LOADED.computeIfAbsent(name, CodeLists::load);
    }

    private static CodeList load(String name) {
        String path = "codelists/" + name + ".json";
        InputStream file = StandardFiles.open(path);
        JsonObject json;
        try (InputStream in = file; JsonReader reader = Json.createReader(in)) {
            json = reader.readObject();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path, e);
        } catch (JsonException e) {
            throw new IllegalStateException("code list " + path + " is not a JSON object: " + e.getMessage(), e);
        }
        try {
            if (!name.equals(json.getString("name"))) {
                throw new IllegalStateException("code list " + path + " is named '" + json.getString("name") + "'");
            }
            JsonObject title = json.getJsonObject("title");
            List<Code> codes = new ArrayList<>();
            for (JsonValue value : json.getJsonArray("codes")) {
                JsonObject code = value.asJsonObject();
                codes.add(new Code(code.getString("code"), optional(code, "national"), code.getString("zh"),
                        code.getString("en")));
            }
            return new CodeList(name, title.getString("zh"), title.getString("en"), json.getString("source"), codes);
        } catch (NullPointerException | ClassCastException e) {
            throw new IllegalStateException("code list " + path + " misses a field or has a wrong type: "
                    + e.getMessage(), e);
        }
    }

    private static String optional(JsonObject json, String key) {
        JsonValue value = json.get(key);
        return value instanceof JsonString text ? text.getString() : null;
    }
}
