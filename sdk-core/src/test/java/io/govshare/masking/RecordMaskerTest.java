package io.govshare.masking;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

class RecordMaskerTest {

    private static final MaskingPolicy POLICY = MaskingPolicy.builder()
            .item("公民身份号码", MaskingRule.of(MaskingTechnique.FPE_RESIDENT_ID))
            .item("姓名", MaskingPresets.CHINESE_NAME)
            .item("手机号码", MaskingPresets.MOBILE)
            .item("出生日期", MaskingPresets.DATE)
            .item("经度", MaskingPresets.COORDINATES.with("axis", "LON"))
            .item("性别", MaskingRule.of(MaskingTechnique.KEEP))
            .item("备注", MaskingRule.of(MaskingTechnique.SUPPRESS))
            .build();
    private static final RecordMasker MASKER = RecordMasker.of(POLICY, PositionalTechniquesTest.KEY);

    @Test
    void masksEveryFieldOfARecordByItsRule() {
        Map<String, Object> record = new LinkedHashMap<>();
        record.put("姓名", "段正淳");
        record.put("公民身份号码", "11010519491231002X");
        record.put("手机号码", "13812345678");
        record.put("出生日期", LocalDate.of(1949, 12, 31));
        record.put("经度", new BigDecimal("116.397428"));
        record.put("性别", 1);
        record.put("备注", "曾用名段二");
        Map<String, Object> masked = MASKER.mask(record);
        assertEquals(List.copyOf(record.keySet()), List.copyOf(masked.keySet()), "the record's order");
        assertEquals("段**", masked.get("姓名"));
        assertEquals(MaskingRule.of(MaskingTechnique.FPE_RESIDENT_ID).compile(PositionalTechniquesTest.KEY)
                .mask("11010519491231002X"), masked.get("公民身份号码"));
        assertEquals("138****5678", masked.get("手机号码"));
        assertEquals("1949-12", masked.get("出生日期"));
        assertEquals("116.398651", masked.get("经度"));
        assertSame(record.get("性别"), masked.get("性别"), "KEEP keeps the value object");
        assertNull(masked.get("备注"));
        assertEquals("段正淳", record.get("姓名"), "the input is not changed");
    }

    @Test
    void readsJsonRecordsByTheirValues() {
        JsonObject record = Json.createReader(new StringReader(
                "{\"姓名\": \"段正淳\", \"手机号码\": null, \"经度\": 116.397428, \"性别\": \"1\"}")).readObject();
        Map<String, Object> masked = MASKER.mask(record);
        assertEquals("段**", masked.get("姓名"));
        assertNull(masked.get("手机号码"));
        assertEquals("116.398651", masked.get("经度"));
        assertSame(record.get("性别"), masked.get("性别"));
    }

    @Test
    void refusesAFieldThePolicyDoesNotName() {
        MaskingPolicyException e = assertThrows(MaskingPolicyException.class,
                () -> MASKER.mask(Map.of("姓名", "段正淳", "家庭住址", "大理")));
        assertEquals("家庭住址", e.path());
        assertTrue(e.problem().contains("unknown fields are refused"), e.getMessage());
    }

    @Test
    void masksRowsForAHeader() {
        RowMasker rows = MASKER.forHeader(List.of("性别", "姓名", "手机号码", "备注"));
        assertEquals(List.of("性别", "姓名", "手机号码", "备注"), rows.header());
        String[] row = {"1", "段誉", "13812345678", "x"};
        assertArrayEquals(new String[] {"1", "段*", "138****5678", null}, rows.mask(row));
        assertEquals("段誉", row[1], "the input row is not changed");
        IllegalArgumentException shortRow = assertThrows(IllegalArgumentException.class,
                () -> rows.mask(new String[] {"1", "段誉"}));
        assertEquals("row has 2 values, the header 4 columns", shortRow.getMessage());
    }

    @Test
    void refusesAHeaderWithAColumnThePolicyDoesNotName() {
        assertEquals("住址", assertThrows(MaskingPolicyException.class,
                () -> MASKER.forHeader(List.of("姓名", "住址"))).path());
    }

    @Test
    void givesTheSamePseudonymsFromManyThreads() {
        Generated g = new Generated(99);
        List<String> ids = g.many(g::residentId);
        ValueMasker fpe = MaskingRule.of(MaskingTechnique.FPE_RESIDENT_ID).compile(PositionalTechniquesTest.KEY);
        ValueMasker hmac = MaskingRule.of(MaskingTechnique.HMAC_SM3).compile(PositionalTechniquesTest.KEY);
        List<String> sequential = ids.stream().map(id -> fpe.mask(id) + hmac.mask(id)).toList();
        List<String> parallel = ids.parallelStream().map(id -> fpe.mask(id) + hmac.mask(id)).toList();
        assertEquals(sequential, parallel);
    }
}
