package io.govshare.geo.style;

import io.govshare.geo.GeoInputException;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import java.awt.Color;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

/** Parses a {@link MapStyle}; every error names the field by its JSON path, e.g. {@code choropleth.breaks[2]}. */
public final class StyleJson {

    private static final Color DEFAULT_SUPPRESSED = new Color(0xbd, 0xbd, 0xbd);

    private StyleJson() {
    }

    /** @throws GeoInputException naming the field and the rule it breaks */
    public static MapStyle parse(String json) {
        JsonObject root;
        try (JsonReader reader = Json.createReader(new StringReader(json == null ? "" : json))) {
            root = reader.readObject();
        } catch (JsonException | IllegalStateException e) {
            throw new GeoInputException("style", "is not a JSON object: " + e.getMessage());
        }
        MapStyle.Choropleth choropleth = root.containsKey("choropleth") ? choropleth(object(root, "choropleth", "")) : null;
        MapStyle.Heatmap heatmap = root.containsKey("heatmap") ? heatmap(object(root, "heatmap", "")) : null;
        return new MapStyle(choropleth, heatmap);
    }

    private static MapStyle.Choropleth choropleth(JsonObject o) {
        String property = o.containsKey("property") ? string(o, "property", "choropleth.") : "count";
        JsonArray breaksJson = array(o, "breaks", "choropleth.");
        List<Double> breaks = new ArrayList<>();
        for (int i = 0; i < breaksJson.size(); i++) {
            breaks.add(number(breaksJson.get(i), "choropleth.breaks[" + i + "]"));
        }
        JsonArray colorsJson = array(o, "colors", "choropleth.");
        List<Color> colors = new ArrayList<>();
        for (int i = 0; i < colorsJson.size(); i++) {
            colors.add(color(colorsJson.get(i), "choropleth.colors[" + i + "]"));
        }
        Color suppressed = o.containsKey("suppressedColor")
                ? color(o.get("suppressedColor"), "choropleth.suppressedColor") : DEFAULT_SUPPRESSED;
        Color outline = o.containsKey("outlineColor") ? color(o.get("outlineColor"), "choropleth.outlineColor") : null;
        return new MapStyle.Choropleth(property, breaks, colors, suppressed, outline);
    }

    private static MapStyle.Heatmap heatmap(JsonObject o) {
        double radius = o.containsKey("radius") ? number(o.get("radius"), "heatmap.radius") : 20;
        if (radius != Math.rint(radius)) {
            throw new GeoInputException("heatmap.radius", "must be a whole number of pixels, got " + radius);
        }
        double max = o.containsKey("maxDensity") ? number(o.get("maxDensity"), "heatmap.maxDensity") : 10;
        JsonArray gradientJson = array(o, "gradient", "heatmap.");
        List<MapStyle.Stop> stops = new ArrayList<>();
        for (int i = 0; i < gradientJson.size(); i++) {
            String path = "heatmap.gradient[" + i + "]";
            if (gradientJson.get(i).getValueType() != JsonValue.ValueType.OBJECT) {
                throw new GeoInputException(path, "must be an object {\"stop\": 0..1, \"color\": \"#rrggbb\"}");
            }
            JsonObject stop = gradientJson.getJsonObject(i);
            stops.add(new MapStyle.Stop(number(required(stop, "stop", path + "."), path + ".stop"),
                    color(required(stop, "color", path + "."), path + ".color")));
        }
        return new MapStyle.Heatmap((int) radius, max, stops);
    }

    private static JsonValue required(JsonObject o, String key, String prefix) {
        JsonValue v = o.get(key);
        if (v == null) {
            throw new GeoInputException(prefix + key, "is required");
        }
        return v;
    }

    private static JsonObject object(JsonObject o, String key, String prefix) {
        JsonValue v = required(o, key, prefix);
        if (v.getValueType() != JsonValue.ValueType.OBJECT) {
            throw new GeoInputException(prefix + key, "must be an object");
        }
        return v.asJsonObject();
    }

    private static JsonArray array(JsonObject o, String key, String prefix) {
        JsonValue v = required(o, key, prefix);
        if (v.getValueType() != JsonValue.ValueType.ARRAY) {
            throw new GeoInputException(prefix + key, "must be an array");
        }
        return v.asJsonArray();
    }

    private static String string(JsonObject o, String key, String prefix) {
        JsonValue v = required(o, key, prefix);
        if (v.getValueType() != JsonValue.ValueType.STRING || ((JsonString) v).getString().isBlank()) {
            throw new GeoInputException(prefix + key, "must be a non-empty string");
        }
        return ((JsonString) v).getString();
    }

    private static double number(JsonValue v, String path) {
        if (v.getValueType() != JsonValue.ValueType.NUMBER) {
            throw new GeoInputException(path, "must be a number, got " + v);
        }
        return ((JsonNumber) v).doubleValue();
    }

    private static Color color(JsonValue v, String path) {
        String text = v.getValueType() == JsonValue.ValueType.STRING ? ((JsonString) v).getString() : "";
        if (!text.matches("#[0-9a-fA-F]{6}([0-9a-fA-F]{2})?")) {
            throw new GeoInputException(path, "must be a colour #rrggbb or #rrggbbaa, got " + v);
        }
        int rgb = Integer.parseInt(text.substring(1, 7), 16);
        int alpha = text.length() == 9 ? Integer.parseInt(text.substring(7), 16) : 255;
        return new Color((rgb >> 16) & 0xff, (rgb >> 8) & 0xff, rgb & 0xff, alpha);
    }
}
