package io.govshare.masking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import io.govshare.catalog.CatalogEntry;
import io.govshare.catalog.DataItem;
import io.govshare.catalog.DataItemType;
import io.govshare.catalog.Examples;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MaskingPolicyTest {

    private static final String POLICY_JSON = """
            {"items": {
              "公民身份号码": {"technique": "FPE_RESIDENT_ID", "parameters": {"keep": "province,sex"}},
              "姓名": {"preset": "CHINESE_NAME"},
              "联系电话": {"preset": "MOBILE", "parameters": {"lastM": 2}},
              "办理日期": {"technique": "KEEP"}}}
            """;

    @Test
    void readsPresetsTechniquesAndParameterOverrides() {
        MaskingPolicy policy = MaskingPolicy.fromJson(POLICY_JSON);
        assertEquals(List.of("公民身份号码", "姓名", "联系电话", "办理日期"), List.copyOf(policy.items().keySet()));
        assertEquals(MaskingRule.of(MaskingTechnique.FPE_RESIDENT_ID, Map.of("keep", "province,sex")),
                policy.items().get("公民身份号码"));
        assertEquals(MaskingPresets.CHINESE_NAME, policy.items().get("姓名"));
        assertEquals(MaskingPresets.MOBILE.with("lastM", "2"), policy.items().get("联系电话"));
        assertEquals(MaskingRule.of(MaskingTechnique.KEEP), policy.items().get("办理日期"));
    }

    @Test
    void writesWhatItReads() {
        MaskingPolicy policy = MaskingPolicy.fromJson(POLICY_JSON);
        String json = policy.toJson();
        assertEquals(policy, MaskingPolicy.fromJson(json));
        assertTrue(json.contains("\"technique\": \"KEEP_FIRST_N_LAST_M\""), "presets are written out: " + json);
        assertTrue(json.contains("\"姓名\""), "names are not escaped: " + json);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "{\"items\": {\"姓名\": {\"technique\": \"BLUR\"}}}|items.姓名.technique|unknown technique 'BLUR'",
            "{\"items\": {\"姓名\": {\"preset\": \"NAME\"}}}|items.姓名.preset|unknown preset 'NAME'",
            "{\"items\": {\"姓名\": {\"technique\": 3}}}|items.姓名.technique|must be a string, got NUMBER",
            "{\"items\": {\"姓名\": {}}}|items.姓名|an item needs either a preset or a technique, not neither",
            "{\"items\": {\"姓名\": {\"preset\": \"MOBILE\", \"technique\": \"KEEP\"}}}|items.姓名|not both",
            "{\"items\": {\"姓名\": {\"preset\": \"MOBILE\", \"paramters\": {}}}}|items.姓名.paramters|unknown member",
            "{\"items\": {\"手机\": {\"preset\": \"MOBILE\", \"parameters\": {\"firstN\": -3}}}}"
                    + "|items.手机.parameters.firstN|firstN must be a non-negative integer (KEEP_FIRST_N_LAST_M)",
            "{\"items\": {\"手机\": {\"technique\": \"KEEP_FIRST_N_LAST_M\", \"parameters\": {\"firstN\": \"3\"}}}}"
                    + "|items.手机.parameters.lastM|lastM is required",
            "{\"items\": {\"手机\": {\"technique\": \"HMAC_SM3\", \"parameters\": {\"length\": true}}}}"
                    + "|items.手机.parameters.length|must be a string, got TRUE",
            "{\"items\": {\"姓名\": {\"technique\": \"KEEP\"}, \"姓名\": {\"technique\": \"SUPPRESS\"}}}"
                    + "|$|duplicate member name '姓名'",
            "{\"items\": []}|items|must be a JSON object, got ARRAY",
            "{\"version\": 1, \"items\": {}}|version|unknown member 'version'; allowed: items",
            "{}|items|items is required",
            "{\"items\": {|$|not a JSON masking policy"})
    void namesThePathAndTheRuleOfAnError(String json, String path, String problem) {
        MaskingPolicyException e = assertThrows(MaskingPolicyException.class, () -> MaskingPolicy.fromJson(json));
        assertEquals(path, e.path(), e.getMessage());
        assertTrue(e.problem().contains(problem), e.getMessage());
    }

    @Test
    void buildsAPolicyWithEachItemOnce() {
        MaskingPolicy policy = MaskingPolicy.builder().item("姓名", MaskingPresets.CHINESE_NAME)
                .item("手机号码", MaskingPresets.MOBILE).build();
        assertEquals(2, policy.items().size());
        MaskingPolicyException twice = assertThrows(MaskingPolicyException.class,
                () -> MaskingPolicy.builder().item("姓名", MaskingPresets.CHINESE_NAME)
                        .item("姓名", MaskingPresets.MOBILE));
        assertEquals("items.姓名", twice.path());
        assertThrows(MaskingPolicyException.class, () -> MaskingPolicy.builder().item(" ", MaskingPresets.MOBILE));
    }

    @Test
    void choosesPresetsForSensitiveItemsByNameOrDescriptionAndKeepsTheRest() {
        CatalogEntry entry = Examples.population(e -> e.dataItems = List.of(
                item("公民身份号码", true, null),
                item("姓名", true, null),
                item("手机号码", true, null),
                item("联系电话", true, null),
                item("sfzh", true, "持证人身份证号"),
                item("家庭住址", true, null),
                item("出生日期", true, null),
                item("所在地经度", true, null),
                item("所在地纬度", true, null),
                item("开户银行账号", true, null),
                item("电子邮箱", true, null),
                item("Contact EMAIL", true, null),
                item("机动车车牌号", true, null),
                item("法人统一社会信用代码", true, null),
                item("宗教信仰", true, null),
                item("性别", false, null)));
        Map<String, MaskingRule> items = MaskingPolicy.defaultsFor(entry).items();
        assertEquals(MaskingPresets.RESIDENT_ID, items.get("公民身份号码"));
        assertEquals(MaskingPresets.CHINESE_NAME, items.get("姓名"));
        assertEquals(MaskingPresets.MOBILE, items.get("手机号码"));
        assertEquals(MaskingPresets.LANDLINE, items.get("联系电话"));
        assertEquals(MaskingPresets.RESIDENT_ID, items.get("sfzh"));
        assertEquals(MaskingPresets.ADDRESS, items.get("家庭住址"));
        assertEquals(MaskingPresets.DATE, items.get("出生日期"));
        assertEquals(MaskingPresets.COORDINATES.with("axis", "LON"), items.get("所在地经度"));
        assertEquals(MaskingPresets.COORDINATES.with("axis", "LAT"), items.get("所在地纬度"));
        assertEquals(MaskingPresets.BANK_CARD, items.get("开户银行账号"));
        assertEquals(MaskingPresets.EMAIL, items.get("电子邮箱"));
        assertEquals(MaskingPresets.EMAIL, items.get("Contact EMAIL"));
        assertEquals(MaskingPresets.LICENCE_PLATE, items.get("机动车车牌号"));
        assertEquals(MaskingPresets.CREDIT_CODE, items.get("法人统一社会信用代码"));
        assertEquals(MaskingRule.of(MaskingTechnique.SUPPRESS), items.get("宗教信仰"), "no preset fits: suppressed");
        assertEquals(MaskingRule.of(MaskingTechnique.KEEP), items.get("性别"), "not sensitive: kept");
    }

    @Test
    void defaultsForTheExampleCatalogEntryCoverEveryItem() {
        CatalogEntry population = Examples.population();
        MaskingPolicy policy = MaskingPolicy.defaultsFor(population);
        assertEquals(population.dataItems().stream().map(DataItem::name).toList(),
                List.copyOf(policy.items().keySet()));
        for (DataItem item : population.dataItems()) {
            assertEquals(item.sensitive(), policy.items().get(item.name()).technique() != MaskingTechnique.KEEP,
                    item.name());
        }
    }

    private static DataItem item(String name, boolean sensitive, String description) {
        return new DataItem(name, DataItemType.STRING, 64, null, sensitive, description);
    }
}
