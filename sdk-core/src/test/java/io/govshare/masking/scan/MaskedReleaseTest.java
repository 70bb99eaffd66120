package io.govshare.masking.scan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.govshare.identifiers.BankCards;
import io.govshare.identifiers.CreditCodes;
import io.govshare.identifiers.ResidentIds;
import io.govshare.masking.MaskingPresets;
import io.govshare.masking.MaskingRule;
import io.govshare.masking.MaskingTechnique;
import io.govshare.masking.ReleaseKey;
import io.govshare.masking.ValueMasker;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The release check end to end: raw records are caught, the same records masked with the presets are clean. */
class MaskedReleaseTest {

    private static final int ROWS = 1000;
    private static final SensitiveDataScanner SCANNER = SensitiveDataScanner.chinese();
    private static final Set<EntityType> MUST_NOT_REMAIN = Set.of(EntityType.RESIDENT_ID, EntityType.MOBILE,
            EntityType.CHINESE_NAME);
    private static final ReleaseKey KEY = ReleaseKey.generate();

    private final Random random = new Random(7);

    @Test
    void findsEveryRawIdentifierAndNothingOnceThePresetsHaveMaskedThem() {
        Map<String, ValueMasker> presets = new LinkedHashMap<>();
        presets.put("公民身份号码", MaskingPresets.RESIDENT_ID.compile(KEY));
        presets.put("手机号码", MaskingPresets.MOBILE.compile(KEY));
        presets.put("姓名", MaskingPresets.CHINESE_NAME.compile(KEY));
        presets.put("统一社会信用代码", MaskingPresets.CREDIT_CODE.compile(KEY));
        presets.put("银行卡号", MaskingPresets.BANK_CARD.compile(KEY));
        presets.put("电子邮箱", MaskingPresets.EMAIL.compile(KEY));
        presets.put("车牌号", MaskingPresets.LICENCE_PLATE.compile(KEY));
        presets.put("办公电话", MaskingPresets.LANDLINE.compile(KEY));
        presets.put("住址", MaskingPresets.ADDRESS.compile(KEY));
        List<Map<String, String>> raw = new ArrayList<>();
        List<Map<String, String>> masked = new ArrayList<>();
        for (int i = 0; i < ROWS; i++) {
            Map<String, String> row = rawRow();
            raw.add(row);
            Map<String, String> out = new LinkedHashMap<>();
            row.forEach((field, value) -> out.put(field, presets.get(field).mask(value)));
            masked.add(out);
        }

        ScanReport rawReport = SCANNER.scan(raw);
        ScanReport maskedReport = SCANNER.scan(masked);

        assertTrue(rawReport.hasFindingsOf(MUST_NOT_REMAIN));
        List<String> everyRow = rawReport.findings().stream().filter(f -> f.values() == ROWS)
                .map(f -> f.field() + " " + f.type()).toList();
        assertEquals(List.of("公民身份号码 RESIDENT_ID", "手机号码 MOBILE", "姓名 CHINESE_NAME", "统一社会信用代码 CREDIT_CODE",
                "银行卡号 BANK_CARD", "电子邮箱 EMAIL", "车牌号 LICENCE_PLATE", "办公电话 LANDLINE", "住址 ADDRESS"), everyRow);
        assertFalse(maskedReport.hasFindingsOf(MUST_NOT_REMAIN));
        assertTrue(maskedReport.isClean(), maskedReport.toString());
    }

    /**
     * A format-preserving pseudonym is a valid 公民身份号码 by design, so the scan reports it: a release check must
     * leave out the fields its own policy pseudonymised.
     */
    @Test
    void cannotTellAFormatPreservingPseudonymFromARealId() {
        ValueMasker pseudonyms = MaskingRule.of(MaskingTechnique.FPE_RESIDENT_ID).compile(KEY);
        String pseudonym = pseudonyms.mask(residentId());
        assertEquals(List.of(EntityType.RESIDENT_ID),
                SCANNER.scanText(pseudonym).stream().map(Match::type).toList());
    }

    private Map<String, String> rawRow() {
        Map<String, String> row = new LinkedHashMap<>();
        row.put("公民身份号码", residentId());
        row.put("手机号码", "1" + (3 + random.nextInt(7)) + digits(9));
        row.put("姓名", "王李张刘陈杨黄赵".charAt(random.nextInt(8)) + "" + "伟芳娜敏静丽强磊军洋".charAt(random.nextInt(10))
                + (random.nextBoolean() ? "" : "" + "华明英玲".charAt(random.nextInt(4))));
        row.put("统一社会信用代码", creditCode());
        String card = "622202" + digits(12);
        row.put("银行卡号", card + BankCards.luhnCheckDigitFor(card));
        row.put("电子邮箱", "user" + digits(4) + "@example.com.cn");
        row.put("车牌号", "京津沪粤苏".charAt(random.nextInt(5)) + "" + "ABCDEFGH".charAt(random.nextInt(8)) + digits(5));
        row.put("办公电话", "0" + (755 + random.nextInt(100)) + "-" + (2 + random.nextInt(8)) + digits(7));
        row.put("住址", "广东省深圳市南山区科技园路" + (1 + random.nextInt(300)) + "号" + (1 + random.nextInt(9)) + "栋");
        return row;
    }

    private String residentId() {
        LocalDate born = LocalDate.of(1940, 1, 1).plusDays(random.nextInt(25_000));
        String first17 = "440305" + born.toString().replace("-", "") + digits(3);
        return first17 + ResidentIds.checkCharacterFor(first17);
    }

    private String creditCode() {
        String first17 = "91440300" + "MA5" + digits(6);
        return first17 + CreditCodes.checkCharacterFor(first17);
    }

    private String digits(int count) {
        StringBuilder digits = new StringBuilder(count);
        for (int i = 0; i < count; i++) {
            digits.append((char) ('0' + random.nextInt(10)));
        }
        return digits.toString();
    }
}
