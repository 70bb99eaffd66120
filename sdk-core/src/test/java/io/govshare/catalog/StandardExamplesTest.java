package io.govshare.catalog;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.InputFormat;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import io.govshare.catalog.json.CatalogJson;
import io.govshare.catalog.json.ParsedEntry;
import io.govshare.catalog.validation.CatalogValidator;
import io.govshare.catalog.validation.ValidationReport;
import io.govshare.standards.StandardFiles;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The examples in standards/catalog/examples are the shared test suite of the schema, the reader and the validator. */
class StandardExamplesTest {

    private static final CatalogValidator VALIDATOR = CatalogValidator.standard();
    private static final JsonSchema SCHEMA = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
            .getSchema(StandardFiles.read("catalog/catalog-entry.schema.json"),
                    SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build());

    static Stream<String> validExamples() {
        return StandardFiles.list(Examples.VALID).stream().filter(name -> name.endsWith(".json"));
    }

    static Stream<String> invalidExamples() {
        return StandardFiles.list(Examples.INVALID).stream()
                .filter(name -> name.endsWith(".json") && !name.endsWith(".expected.json"))
                .map(name -> name.substring(0, name.length() - ".json".length()));
    }

    static Set<ValidationMessage> schemaErrors(String json) {
        return SCHEMA.validate(json, InputFormat.JSON);
    }

    @Test
    void thereAreEnoughExamples() {
        assertTrue(validExamples().count() >= 4);
        assertTrue(invalidExamples().count() >= 12);
        for (String name : StandardFiles.list(Examples.INVALID)) {
            if (name.endsWith(".expected.json")) {
                String example = name.replace(".expected.json", ".json");
                assertTrue(StandardFiles.list(Examples.INVALID).contains(example), name + " has no example");
            }
        }
    }

    @ParameterizedTest
    @MethodSource("validExamples")
    void validExampleReadsCompletelyAndBreaksNoRule(String file) {
        ParsedEntry parsed = CatalogJson.read(StandardFiles.read(Examples.VALID + "/" + file));
        assertTrue(parsed.isComplete(), () -> parsed.violations().toString());
        ValidationReport report = VALIDATOR.validate(parsed.entry());
        assertEquals(List.of(), report.violations());
    }

    @ParameterizedTest
    @MethodSource("validExamples")
    void validExampleMatchesTheSchema(String file) {
        assertEquals(Set.of(), schemaErrors(StandardFiles.read(Examples.VALID + "/" + file)));
    }

    @ParameterizedTest
    @MethodSource("validExamples")
    void validExampleSurvivesWriteAndReadAndTheWrittenJsonMatchesTheSchema(String file) throws Exception {
        String original = StandardFiles.read(Examples.VALID + "/" + file);
        CatalogEntry entry = CatalogJson.read(original).entry();
        String written = CatalogJson.write(entry);
        assertEquals(entry, CatalogJson.read(written).entry());
        assertEquals(Set.of(), schemaErrors(written));
        ObjectMapper mapper = new ObjectMapper();
        JsonNode expected = mapper.readTree(original);
        assertEquals(expected, mapper.readTree(written), "writing loses or adds nothing");
    }

    @Test
    void entriesBuiltInCodeAreWrittenAsSchemaValidJson() {
        CatalogEntry minimal = Examples.population(e -> {
            e.code = null;
            e.publishedOn = null;
            e.relatedCodes.clear();
            e.systemName = null;
            e.survey = null;
            e.status = null;
            e.version = null;
            e.dataItems.replaceAll(item -> new DataItem(item.name(), item.type(), item.length(), null, false, null));
        });
        assertEquals(List.of(), VALIDATOR.validate(minimal).violations());
        assertEquals(Set.of(), schemaErrors(CatalogJson.write(minimal)));
    }

    @ParameterizedTest
    @MethodSource("invalidExamples")
    void invalidExampleYieldsExactlyTheExpectedViolations(String name) {
        ParsedEntry parsed = CatalogJson.read(StandardFiles.read(Examples.INVALID + "/" + name + ".json"));
        ValidationReport report = parsed.validate(VALIDATOR);
        assertEquals(expected(name), describe(report), () -> report.violations().toString());
    }

    @Test
    void everyExpectedRuleIsDocumented() {
        Set<String> documented = RulesDocument.ruleIds();
        invalidExamples().flatMap(name -> expected(name).stream()).map(line -> line.split(" ")[1])
                .forEach(rule -> assertTrue(documented.contains(rule), rule + " is not in RULES.md"));
    }

    /** The schema is not vacuous: it rejects every invalid example whose rule JSON Schema can express. */
    @ParameterizedTest
    @ValueSource(strings = {"mandatory-missing", "conditional-share-without-condition-and-basis",
            "none-share-without-basis", "format-method-mismatch", "share-method-missing", "bad-enum-value",
            "bad-provider-code-shape", "classification-malformed", "malformed-json-types", "unknown-property",
            "open-without-share", "open-conditional-without-condition", "data-items-missing", "data-item-incomplete",
            "name-too-short", "survey-inconsistent"})
    void schemaRejectsInvalidExampleItCanExpress(String name) {
        assertFalse(schemaErrors(StandardFiles.read(Examples.INVALID + "/" + name + ".json")).isEmpty());
    }

    private static List<String> describe(ValidationReport report) {
        return report.violations().stream().map(v -> v.field() + " " + v.rule() + " " + v.severity()).sorted().toList();
    }

    private static List<String> expected(String name) {
        JsonObject json = Json.createReader(new StringReader(
                StandardFiles.read(Examples.INVALID + "/" + name + ".expected.json"))).readObject();
        List<String> expected = new ArrayList<>();
        for (JsonValue value : json.getJsonArray("violations")) {
            JsonObject v = value.asJsonObject();
            expected.add(v.getString("field") + " " + v.getString("rule") + " " + v.getString("severity", "ERROR"));
        }
        return expected.stream().sorted().toList();
    }
}
