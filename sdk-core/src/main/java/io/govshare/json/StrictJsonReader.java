package io.govshare.json;

import java.io.StringReader;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonBuilderFactory;
import jakarta.json.JsonException;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParserFactory;

/**
 * Reads one JSON value strictly, for everything GovShare verifies (packet entries, receipts, audit segments):
 * a repeated member name at any depth or content after the value is an error rather than "last one wins", so two
 * readers can never see different documents in the same signed bytes.
 */
public final class StrictJsonReader {

    private static final JsonProvider PROVIDER = JsonProvider.provider();
    private static final JsonParserFactory PARSERS = PROVIDER.createParserFactory(Map.of());
    private static final JsonBuilderFactory BUILDERS = PROVIDER.createBuilderFactory(Map.of());

    private StrictJsonReader() {
    }

    /**
     * Parses {@code text} as exactly one JSON value: trailing content and duplicate member names (at any depth)
     * are errors. JSON-P's reader accepts both, and its KEY_STRATEGY setting does not reach nested objects
     * built by a parser, hence this small event walk.
     *
     * @throws JsonException naming what is wrong
     */
    public static JsonValue read(String text) {
        try (JsonParser parser = PARSERS.createParser(new StringReader(text))) {
            if (!parser.hasNext()) {
                throw new JsonException("no JSON value");
            }
            JsonValue value = value(parser, parser.next());
            if (parser.hasNext()) {
                throw new JsonException("unexpected content after the JSON value");
            }
            return value;
        }
    }

    private static JsonValue value(JsonParser parser, JsonParser.Event event) {
        return switch (event) {
            case START_OBJECT -> {
                JsonObjectBuilder object = BUILDERS.createObjectBuilder();
                Set<String> names = new HashSet<>();
                for (JsonParser.Event next; (next = parser.next()) != JsonParser.Event.END_OBJECT; ) {
                    String name = parser.getString();
                    if (!names.add(name)) {
                        throw new JsonException("duplicate member name '" + name + "'");
                    }
                    object.add(name, value(parser, parser.next()));
                }
                yield object.build();
            }
            case START_ARRAY -> {
                JsonArrayBuilder array = BUILDERS.createArrayBuilder();
                for (JsonParser.Event next; (next = parser.next()) != JsonParser.Event.END_ARRAY; ) {
                    array.add(value(parser, next));
                }
                yield array.build();
            }
            case VALUE_STRING -> PROVIDER.createValue(parser.getString());
            case VALUE_NUMBER -> PROVIDER.createValue(parser.getBigDecimal());
            case VALUE_TRUE -> JsonValue.TRUE;
            case VALUE_FALSE -> JsonValue.FALSE;
            case VALUE_NULL -> JsonValue.NULL;
            default -> throw new JsonException("unexpected " + event);
        };
    }
}
