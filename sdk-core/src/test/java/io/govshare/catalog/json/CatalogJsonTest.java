package io.govshare.catalog.json;

import io.govshare.catalog.CatalogEntry;
import io.govshare.catalog.Examples;
import io.govshare.catalog.ShareType;
import io.govshare.catalog.UpdateCycle;
import io.govshare.catalog.validation.CatalogValidator;
import io.govshare.catalog.Violation;
import io.govshare.standards.StandardFiles;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CatalogJsonTest {

    private static final String MINIMAL = """
            {"name": "户籍人口基本信息", "summary": "本市户籍人口的身份与户籍登记信息", "kind": "BASE",
             "classificationCode": "101001", "provider": {"code": "115101000089870127", "name": "市公安局"},
             "format": {"type": "DATABASE"}, "dataItems": [{"name": "公民身份号码", "type": "STRING", "length": 18}],
             "share": {"type": "UNCONDITIONAL", "method": "TABLE"}, "open": {"type": "NONE"},
             "updateCycle": "DAILY"}""";

    private static List<String> fieldsAndRules(List<Violation> violations) {
        return violations.stream().map(v -> v.field() + " " + v.rule()).toList();
    }

    @Test
    void readsAMinimalEntryCompletely() {
        ParsedEntry parsed = CatalogJson.read(MINIMAL);
        assertTrue(parsed.isComplete(), () -> parsed.violations().toString());
        assertEquals("户籍人口基本信息", parsed.entry().name());
        assertEquals(18, parsed.entry().dataItems().get(0).length());
        assertFalse(parsed.entry().dataItems().get(0).sensitive(), "sensitive defaults to false");
        assertTrue(CatalogValidator.standard().validate(parsed.entry()).violations().isEmpty());
    }

    @Test
    void writesFieldsInContractOrderAndLeavesOutNulls() {
        CatalogEntry entry = Examples.population(e -> {
            e.systemName = null;
            e.survey = null;
            e.relatedCodes.clear();
        });
        JsonObject json = CatalogJson.toJson(entry);
        assertEquals(List.of("code", "name", "summary", "kind", "classificationCode", "provider", "format",
                "dataItems", "share", "open", "updateCycle", "publishedOn", "status", "version"),
                List.copyOf(json.keySet()));
        assertEquals(List.of("type"), List.copyOf(json.getJsonObject("open").keySet()));
        assertEquals(List.of("name", "type", "length", "shareType", "sensitive", "description"),
                List.copyOf(json.getJsonArray("dataItems").getJsonObject(0).keySet()));
        assertEquals("2025-09-15", json.getString("publishedOn"));
    }

    @Test
    void roundTripsAnEntryWithEveryField() {
        CatalogEntry entry = Examples.population();
        assertEquals(entry, CatalogJson.read(CatalogJson.write(entry)).entry());
    }

    @Test
    void reportsMalformedJsonWithLineAndColumn() {
        ParsedEntry parsed = CatalogJson.read("{\n  \"name\": \"户籍人口\",\n  \"kind\" \"BASE\"\n}");
        assertFalse(parsed.isReadable());
        assertEquals(List.of(" json.syntax"), fieldsAndRules(parsed.violations()));
        assertTrue(parsed.violations().get(0).message().contains("line 3"), parsed.violations().get(0).message());
    }

    @Test
    void treatsEmptyTextAndDuplicateKeysAsSyntaxErrors() {
        assertEquals(List.of(" json.syntax"), fieldsAndRules(CatalogJson.read("  ").violations()));
        ParsedEntry duplicate = CatalogJson.read("{\"name\": \"甲\", \"name\": \"乙\"}");
        assertEquals(List.of(" json.syntax"), fieldsAndRules(duplicate.violations()));
        assertTrue(duplicate.violations().get(0).message().contains("name"));
    }

    @Test
    void rejectsJsonThatIsNotAnObject() {
        ParsedEntry parsed = CatalogJson.read("[1, 2]");
        assertFalse(parsed.isReadable());
        assertEquals(List.of(" type"), fieldsAndRules(parsed.violations()));
    }

    @Test
    void readsTheRestOfTheEntryWhenValuesHaveTheWrongType() {
        String json = MINIMAL.replace("\"name\": \"户籍人口基本信息\"", "\"name\": 42")
                .replace("\"length\": 18", "\"length\": 18.5")
                .replace("\"open\": {\"type\": \"NONE\"}", "\"open\": \"NONE\"");
        ParsedEntry parsed = CatalogJson.read(json);
        assertTrue(parsed.isReadable());
        assertFalse(parsed.isComplete());
        assertEquals(List.of("name type", "dataItems[0].length type", "open type"),
                fieldsAndRules(parsed.violations()));
        assertNull(parsed.entry().name());
        assertNull(parsed.entry().open());
        assertEquals(UpdateCycle.DAILY, parsed.entry().updateCycle());
        assertEquals("公民身份号码", parsed.entry().dataItems().get(0).name());
    }

    @Test
    void listsTheAllowedValuesOfAnUnknownEnumValue() {
        ParsedEntry parsed = CatalogJson.read(MINIMAL.replace("\"UNCONDITIONAL\"", "\"PARTIAL\""));
        assertEquals(List.of("share.type enum"), fieldsAndRules(parsed.violations()));
        assertTrue(parsed.violations().get(0).message().contains("UNCONDITIONAL, CONDITIONAL, NONE"));
        assertEquals("TABLE", parsed.entry().share().method().name());
    }

    @Test
    void reportsMalformedDatesAndCodesAsFormatViolations() {
        String json = MINIMAL.replace("\"updateCycle\": \"DAILY\"", "\"updateCycle\": \"DAILY\", "
                + "\"publishedOn\": \"2025-02-30\", \"code\": \"101001-000001\", \"relatedCodes\": [\"101001/000002\", 7]");
        ParsedEntry parsed = CatalogJson.read(json);
        assertEquals(List.of("code format", "publishedOn format", "relatedCodes[1] type"),
                fieldsAndRules(parsed.violations()));
        assertEquals(1, parsed.entry().relatedCodes().size());
    }

    @Test
    void reportsUnknownPropertiesAtEveryLevel() {
        String json = MINIMAL.replace("\"kind\": \"BASE\"", "\"kind\": \"BASE\", \"shareType\": \"NONE\"")
                .replace("\"method\": \"TABLE\"", "\"method\": \"TABLE\", \"conditon\": \"x\"")
                .replace("\"length\": 18", "\"length\": 18, \"lenght\": 18");
        ParsedEntry parsed = CatalogJson.read(json);
        assertEquals(List.of("shareType unknown-property", "dataItems[0].lenght unknown-property",
                "share.conditon unknown-property"), fieldsAndRules(parsed.violations()));
        assertEquals(ShareType.UNCONDITIONAL, parsed.entry().share().type());
    }

    @Test
    void readsNullAsAbsent() {
        ParsedEntry parsed = CatalogJson.read(MINIMAL.replace("\"kind\": \"BASE\"",
                "\"kind\": \"BASE\", \"code\": null, \"systemName\": null, \"survey\": null"));
        assertTrue(parsed.isComplete(), () -> parsed.violations().toString());
        assertNull(parsed.entry().code());
    }

    @Test
    void keepsDataItemPositionsWhenAnItemIsNotAnObject() {
        ParsedEntry parsed = CatalogJson.read(MINIMAL.replace("\"length\": 18}]", "\"length\": 18}, \"姓名\", "
                + "{\"name\": \"姓名\", \"type\": \"STRING\"}]"));
        assertEquals(List.of("dataItems[1] type"), fieldsAndRules(parsed.violations()));
        List<String> report = fieldsAndRules(parsed.validate(CatalogValidator.standard()).violations());
        assertEquals(List.of("dataItems[1] type", "dataItems[2].length data-item.length.required"), report);
    }

    @Test
    void validationDoesNotRepeatWhatReadingReported() {
        String json = MINIMAL.replace("\"name\": \"户籍人口基本信息\"", "\"name\": [\"户籍人口\"]")
                .replace("\"provider\": {\"code\": \"115101000089870127\", \"name\": \"市公安局\"}", "\"provider\": \"市公安局\"");
        List<String> report = fieldsAndRules(CatalogJson.read(json).validate(CatalogValidator.standard()).violations());
        assertEquals(List.of("name type", "provider type"), report);
    }

    @Test
    void readsAnArrayAsOneResultPerElement() {
        List<ParsedEntry> parsed = CatalogJson.readArray("[" + MINIMAL + ", 5, {\"name\": true}]");
        assertEquals(3, parsed.size());
        assertTrue(parsed.get(0).isComplete());
        assertFalse(parsed.get(1).isReadable());
        assertEquals(List.of("name type"), fieldsAndRules(parsed.get(2).violations()), "paths are per element");
    }

    @Test
    void readArrayReportsTextThatIsNotAnArray() {
        assertEquals(List.of(" type"), fieldsAndRules(CatalogJson.readArray(MINIMAL).get(0).violations()));
        assertEquals(List.of(" json.syntax"), fieldsAndRules(CatalogJson.readArray("[{]").get(0).violations()));
    }

    @Test
    void readsAnAlreadyParsedObject() {
        JsonObject json = Json.createReader(new java.io.StringReader(
                StandardFiles.read(Examples.VALID + "/base-population-household.json"))).readObject();
        assertEquals(Examples.population(), CatalogJson.read(json).entry());
    }
}
