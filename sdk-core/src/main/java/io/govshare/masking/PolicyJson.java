package io.govshare.masking;

import java.io.StringWriter;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import io.govshare.json.StrictJsonReader;
import jakarta.json.JsonBuilderFactory;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.JsonWriter;
import jakarta.json.JsonWriterFactory;
import jakarta.json.spi.JsonProvider;
import jakarta.json.stream.JsonGenerator;

/** {@link MaskingPolicy} as JSON; see its class description for the form. */
final class PolicyJson {

    private static final JsonProvider PROVIDER = JsonProvider.provider();
    private static final JsonBuilderFactory BUILDERS = PROVIDER.createBuilderFactory(Map.of());
    private static final JsonWriterFactory WRITERS =
            PROVIDER.createWriterFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true));
    private static final Set<String> ITEM_MEMBERS = Set.of("preset", "technique", "parameters");

    private PolicyJson() {
    }

    static MaskingPolicy read(String json) {
        JsonValue document;
        try {
            // Strict: with "last one wins", a repeated item could silently replace the rule a reviewer saw.
            document = StrictJsonReader.read(json);
        } catch (JsonException e) {
            throw new MaskingPolicyException("$", "not a JSON masking policy: " + e.getMessage());
        }
        JsonObject root = object(document, "$");
        onlyMembers(root, Set.of("items"), "");
        if (!root.containsKey("items")) {
            throw new MaskingPolicyException("items", "items is required: an object of item name → rule");
        }
        MaskingPolicy.Builder policy = MaskingPolicy.builder();
        for (Map.Entry<String, JsonValue> item : object(root.get("items"), "items").entrySet()) {
            String path = "items." + item.getKey();
            policy.item(item.getKey(), rule(object(item.getValue(), path), path));
        }
        return policy.build();
    }

    static String write(MaskingPolicy policy) {
        JsonObjectBuilder items = BUILDERS.createObjectBuilder();
        for (Map.Entry<String, MaskingRule> item : policy.items().entrySet()) {
            JsonObjectBuilder rule = BUILDERS.createObjectBuilder()
                    .add("technique", item.getValue().technique().name());
            if (!item.getValue().parameters().isEmpty()) {
                JsonObjectBuilder parameters = BUILDERS.createObjectBuilder();
                item.getValue().parameters().forEach(parameters::add);
                rule.add("parameters", parameters);
            }
            items.add(item.getKey(), rule);
        }
        StringWriter out = new StringWriter();
        try (JsonWriter writer = WRITERS.createWriter(out)) {
            writer.writeObject(BUILDERS.createObjectBuilder().add("items", items).build());
        }
        return out.toString().strip() + "\n";
    }

    private static MaskingRule rule(JsonObject item, String path) {
        onlyMembers(item, ITEM_MEMBERS, path + ".");
        boolean hasPreset = item.containsKey("preset");
        if (hasPreset == item.containsKey("technique")) {
            throw new MaskingPolicyException(path, "an item needs either a preset or a technique, not "
                    + (hasPreset ? "both" : "neither"));
        }
        Map<String, String> parameters = item.containsKey("parameters")
                ? parameters(object(item.get("parameters"), path + ".parameters"), path + ".parameters")
                : Map.of();
        try {
            if (hasPreset) {
                String name = string(item.get("preset"), path + ".preset");
                MaskingRule preset = MaskingPresets.named(name);
                if (preset == null) {
                    throw new MaskingPolicyException(path + ".preset", "unknown preset '" + name + "'; known: "
                            + String.join(", ", MaskingPresets.names()));
                }
                Map<String, String> merged = new LinkedHashMap<>(preset.parameters());
                merged.putAll(parameters);
                return MaskingRule.of(preset.technique(), merged);
            }
            return MaskingRule.of(technique(item.get("technique"), path + ".technique"), parameters);
        } catch (MaskingPolicyException e) {
            throw e.path().startsWith(path) ? e : e.under(path + ".parameters");
        }
    }

    private static MaskingTechnique technique(JsonValue value, String path) {
        String name = string(value, path);
        try {
            return MaskingTechnique.valueOf(name);
        } catch (IllegalArgumentException e) {
            throw new MaskingPolicyException(path, "unknown technique '" + name + "'; known: "
                    + Arrays.toString(MaskingTechnique.values()));
        }
    }

    /** Parameter values are strings; numbers are taken as written, since {"firstN": 3} is what people type. */
    private static Map<String, String> parameters(JsonObject object, String path) {
        Map<String, String> parameters = new LinkedHashMap<>();
        for (Map.Entry<String, JsonValue> parameter : object.entrySet()) {
            JsonValue value = parameter.getValue();
            if (value instanceof JsonNumber number) {
                parameters.put(parameter.getKey(), number.toString());
            } else {
                parameters.put(parameter.getKey(), string(value, path + "." + parameter.getKey()));
            }
        }
        return parameters;
    }

    private static JsonObject object(JsonValue value, String path) {
        if (value instanceof JsonObject object) {
            return object;
        }
        throw new MaskingPolicyException(path, "must be a JSON object, got " + value.getValueType());
    }

    private static String string(JsonValue value, String path) {
        if (value instanceof JsonString string) {
            return string.getString();
        }
        throw new MaskingPolicyException(path, "must be a string, got " + value.getValueType());
    }

    private static void onlyMembers(JsonObject object, Set<String> allowed, String prefix) {
        for (String name : object.keySet()) {
            if (!allowed.contains(name)) {
                throw new MaskingPolicyException(prefix + name, "unknown member '" + name + "'; allowed: "
                        + String.join(", ", allowed.stream().sorted().toList()));
            }
        }
    }
}
