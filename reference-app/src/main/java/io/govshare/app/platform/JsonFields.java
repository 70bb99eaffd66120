package io.govshare.app.platform;

import java.util.ArrayList;
import java.util.List;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;


/** Reads members of small JSON request bodies with a 400 naming the field when one has the wrong type. */
public final class JsonFields {

    private JsonFields() {
    }

    public static JsonObject body(JsonObject body) {
        if (body == null) {
            throw ProblemException.badRequest("body", "required", "a JSON object body is required");
        }
        return body;
    }

    /** The string member, or null when absent or JSON null. */
    public static String optionalString(JsonObject body, String name) {
        JsonValue value = body.get(name);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (value instanceof JsonString s) {
            return s.getString();
        }
        throw ProblemException.badRequest(name, "type", name + " must be a string");
    }

    public static String requiredString(JsonObject body, String name) {
        String value = optionalString(body, name);
        if (value == null || value.isBlank()) {
            throw ProblemException.badRequest(name, "required", name + " is required");
        }
        return value.trim();
    }

    /** An array of non-blank strings; null when absent. */
    public static List<String> optionalStrings(JsonObject body, String name) {
        JsonValue value = body.get(name);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (!(value instanceof JsonArray array)) {
            throw ProblemException.badRequest(name, "type", name + " must be an array of strings");
        }
        List<String> strings = new ArrayList<>();
        for (int i = 0; i < array.size(); i++) {
            if (!(array.get(i) instanceof JsonString s) || s.getString().isBlank()) {
                throw ProblemException.badRequest(name + "[" + i + "]", "type", "must be a non-empty string");
            }
            strings.add(s.getString().trim());
        }
        return strings;
    }

    /** A whole number member, required. */
    public static long requiredLong(JsonObject body, String name) {
        JsonValue value = body.get(name);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            throw ProblemException.badRequest(name, "required", name + " is required");
        }
        if (!(value instanceof jakarta.json.JsonNumber number) || !number.isIntegral()) {
            throw ProblemException.badRequest(name, "type", name + " must be a whole number");
        }
        try {
            return number.longValueExact();
        } catch (ArithmeticException e) {
            throw ProblemException.badRequest(name, "type", name + " is out of range");
        }
    }
}
