package io.govshare.app.demo;

import io.govshare.catalog.CatalogEntry;
import io.govshare.catalog.CatalogKind;
import io.govshare.catalog.DataItem;
import io.govshare.catalog.DepartmentCode;
import io.govshare.catalog.OpenType;
import io.govshare.catalog.ShareType;
import io.govshare.catalog.SurveyCounts;
import io.govshare.catalog.json.CatalogJson;
import io.govshare.catalog.json.ParsedEntry;
import io.govshare.catalog.validation.CatalogValidator;
import io.govshare.catalog.validation.ValidationReport;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The demo city (示范市) is what every screen, search test and quick start shows, so its data must pass the same
 * rules a real cataloguer's entries pass, and stay realistic: the right department for each resource, share and
 * open types that respect personal data, and the classification scheme of the 2017 编制指南.
 */
class DemoDataTest {

    private static List<JsonObject> departments;
    private static List<CatalogEntry> entries;
    private static List<JsonObject> rawEntries;
    private static Map<String, JsonObject> departmentsByCode;

    @BeforeAll
    static void load() {
        departments = objects(resource("demo/departments.json"));
        departmentsByCode = new HashMap<>();
        departments.forEach(d -> departmentsByCode.put(d.getString("code"), d));

        String catalog = resource("demo/catalog-entries.json");
        rawEntries = objects(catalog);
        entries = new ArrayList<>();
        List<ParsedEntry> parsed = CatalogJson.readArray(catalog);
        for (int i = 0; i < parsed.size(); i++) {
            ParsedEntry entry = parsed.get(i);
            int index = i;
            assertTrue(entry.isComplete(), () -> "entry " + index + " was not read cleanly: " + entry.violations());
            entries.add(entry.entry());
        }
    }

    @Test
    void hasAboutThirtyDepartmentsWithUniqueNumbersCodesAndNames() {
        assertTrue(departments.size() >= 28 && departments.size() <= 35, "departments: " + departments.size());
        Set<String> numbers = new HashSet<>();
        Set<String> names = new HashSet<>();
        for (JsonObject department : departments) {
            String number = department.getString("number");
            assertTrue(number.matches("\\d{2}") && !number.equals("00"), "number " + number);
            assertTrue(numbers.add(number), "number used twice: " + number);
            assertTrue(names.add(department.getString("name")), "name used twice: " + department);
            assertTrue(!department.getString("shortName").isBlank(), "shortName of " + department);
            assertEquals("示范市", department.getString("region"));
        }
        assertEquals(departments.size(), departmentsByCode.size(), "a department code is used twice");
    }

    @Test
    void departmentCodesPassTheGb32100CheckAndShareTheCityRegionCode() {
        for (JsonObject department : departments) {
            DepartmentCode code = DepartmentCode.of(department.getString("code"));
            assertTrue(code.hasValidCheckCharacter(), "check character of " + department);
            // 登记管理部门 1 (机构编制) and the city's fictional region code 390500
            assertTrue(code.value().startsWith("1") && code.value().substring(2, 8).equals("390500"),
                    "region code of " + department);
        }
    }

    @Test
    void hasAboutTwoHundredEntriesWithoutPlatformAssignedFields() {
        assertTrue(entries.size() >= 180 && entries.size() <= 230, "entries: " + entries.size());
        for (JsonObject raw : rawEntries) {
            String name = raw.getString("name");
            assertTrue(!raw.containsKey("code") && !raw.containsKey("status") && !raw.containsKey("version"),
                    name + " carries a field the platform assigns");
            assertTrue(raw.getJsonArray("relatedCodes").isEmpty(), name + " has related codes");
        }
    }

    @Test
    void everyEntryIsValidUnderTheStandardRules() {
        CatalogValidator validator = CatalogValidator.standard();
        for (CatalogEntry entry : entries) {
            ValidationReport report = validator.validate(entry);
            assertTrue(report.isValid(), () -> entry.name() + ": " + report.errors());
        }
    }

    @Test
    void providersAreDemoDepartmentsUnderTheirOwnNames() {
        for (CatalogEntry entry : entries) {
            JsonObject department = departmentsByCode.get(entry.provider().code());
            assertTrue(department != null, entry.name() + " has an unknown provider " + entry.provider());
            assertEquals(department.getString("name"), entry.provider().name(), entry.name());
        }
    }

    @Test
    void namesAreUniqueAfterNormalisation() {
        Map<String, String> seen = new HashMap<>();
        for (CatalogEntry entry : entries) {
            String previous = seen.put(CatalogValidator.normalizedName(entry.name()), entry.name());
            assertNull(previous, () -> entry.name() + " duplicates " + previous);
        }
    }

    @Test
    void classificationFollowsKindAndDepartmentNumber() {
        Map<CatalogKind, Integer> kinds = new EnumMap<>(CatalogKind.class);
        for (CatalogEntry entry : entries) {
            kinds.merge(entry.kind(), 1, Integer::sum);
            String code = entry.classificationCode();
            assertTrue(code.matches("[123]\\d{5}"), entry.name() + " " + code);
            String expectedCategory = switch (entry.kind()) {
                case BASE -> "1";
                case THEME -> "2";
                case DEPARTMENT -> "3";
            };
            assertEquals(expectedCategory, code.substring(0, 1), entry.name());
            if (entry.kind() == CatalogKind.DEPARTMENT) {
                String number = departmentsByCode.get(entry.provider().code()).getString("number");
                assertEquals(number, code.substring(1, 3), entry.name() + ": 项 must be the provider's number");
            }
        }
        for (CatalogKind kind : CatalogKind.values()) {
            assertTrue(kinds.getOrDefault(kind, 0) >= 40, "too few " + kind + " entries: " + kinds);
        }
    }

    @Test
    void populationEntriesAreBasePopulationResources() {
        List<CatalogEntry> population = entries.stream().filter(e -> e.name().contains("人口")).toList();
        assertTrue(population.size() >= 10 && population.size() <= 15, "人口 entries: " + population.size());
        for (CatalogEntry entry : population) {
            assertEquals(CatalogKind.BASE, entry.kind(), entry.name());
            assertTrue(entry.classificationCode().startsWith("101"), entry.name());
        }
    }

    @Test
    void personalDataIsNeverOpenedUnconditionallyNorItemsMoreOpenThanTheirResource() {
        for (CatalogEntry entry : entries) {
            boolean personal = entry.dataItems().stream().anyMatch(DataItem::sensitive);
            assertTrue(!personal || entry.open().type() != OpenType.UNCONDITIONAL, entry.name());
            ShareType resource = entry.share().type();
            for (DataItem item : entry.dataItems()) {
                assertTrue(item.shareType() == null || !item.shareType().isMoreOpenThan(resource),
                        entry.name() + " / " + item.name());
            }
            assertTrue(entry.dataItems().size() >= 3 && entry.dataItems().size() <= 15, entry.name());
        }
    }

    @Test
    void shareTypesHaveRealisticProportions() {
        Map<ShareType, Integer> shares = new EnumMap<>(ShareType.class);
        Map<OpenType, Integer> opens = new EnumMap<>(OpenType.class);
        entries.forEach(e -> shares.merge(e.share().type(), 1, Integer::sum));
        entries.forEach(e -> opens.merge(e.open().type(), 1, Integer::sum));
        int total = entries.size();
        int noneShared = shares.getOrDefault(ShareType.NONE, 0);
        assertTrue(noneShared >= 2 && noneShared * 20 <= total, "不予共享 should be a few: " + shares);
        assertTrue(shares.get(ShareType.CONDITIONAL) * 5 >= total, "有条件共享 should be common: " + shares);
        assertTrue(opens.get(OpenType.NONE) * 4 >= total, "不予开放 should be common: " + opens);
        assertTrue(opens.get(OpenType.CONDITIONAL) >= 10, "有条件开放 should occur: " + opens);
    }

    @Test
    void surveyCountsAreConsistentWithShareAndOpenTypes() {
        for (CatalogEntry entry : entries) {
            SurveyCounts survey = entry.survey();
            assertTrue(survey != null && survey.records() != null && survey.storageMb() != null, entry.name());
            assertTrue(survey.sharedRecords() <= survey.records() && survey.openRecords() <= survey.records()
                    && survey.sharedStorageMb() <= survey.storageMb()
                    && survey.openStorageMb() <= survey.storageMb(), entry.name() + " " + survey);
            if (entry.share().type() == ShareType.NONE) {
                assertEquals(0L, survey.sharedRecords(), entry.name());
            }
            if (entry.open().type() == OpenType.NONE) {
                assertEquals(0L, survey.openRecords(), entry.name());
            }
        }
    }

    @Test
    void systemNamesAreNamedAndDifferFromTheResourceName() {
        for (CatalogEntry entry : entries) {
            assertTrue(entry.systemName() != null && !entry.systemName().isBlank(), entry.name());
            assertTrue(!CatalogValidator.normalizedName(entry.systemName())
                    .equals(CatalogValidator.normalizedName(entry.name())), entry.name());
        }
    }

    private static String resource(String path) {
        try (InputStream in = DemoDataTest.class.getClassLoader().getResourceAsStream(path)) {
            assertTrue(in != null, path + " is not on the classpath");
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<JsonObject> objects(String json) {
        try (JsonReader reader = Json.createReader(new StringReader(json))) {
            JsonArray array = reader.readArray();
            return array.stream().map(JsonValue::asJsonObject).toList();
        }
    }
}
