package io.govshare.masking;

import static io.govshare.masking.MaskingTechnique.GENERALISE_ADDRESS;
import static io.govshare.masking.MaskingTechnique.GENERALISE_COORDINATES;
import static io.govshare.masking.MaskingTechnique.GENERALISE_DATE;
import static io.govshare.masking.MaskingTechnique.KEEP_FIRST_N_LAST_M;
import static io.govshare.masking.MaskingTechnique.MASK_BEFORE_SPECIAL_CHARS;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import io.govshare.catalog.DataItem;

/**
 * The usual Chinese display masks (GB/T 35273 practice, Hutool's defaults) as plain {@link MaskingRule}s, for
 * policies to name (in JSON: {@code {"preset": "MOBILE"}}) or change ({@link MaskingRule#with}).
 * <p>
 * They hide enough to stop a reader from recognising the value, not enough to stop linking: where records must
 * stay joinable without showing the value, use HMAC_SM3 or the FPE techniques; where an item is a
 * quasi-identifier, check the release's re-identification risk as well.
 */
public final class MaskingPresets {

    /** 段正淳 → 段**, 段誉 → 段*: the surname only (a one-character value is masked entirely). */
    public static final MaskingRule CHINESE_NAME = keep(1, 0);

    /**
     * 公民身份号码: 5***************1X, the first digit (a region of several provinces) and the last two. Chosen over
     * "first 6 + last 4", which shows the county. Digit 17 still shows the sex: where that matters, use
     * FPE_RESIDENT_ID or SUPPRESS.
     */
    public static final MaskingRule RESIDENT_ID = keep(1, 2);

    /** 统一社会信用代码: 91****************, the registration authority and entity type only. */
    public static final MaskingRule CREDIT_CODE = keep(2, 0);

    /** 138****5678: the network prefix and the last four digits. */
    public static final MaskingRule MOBILE = keep(3, 4);

    /** 0915*****79 or 010-******78: the area code and the last two digits. */
    public static final MaskingRule LANDLINE = keep(4, 2);

    /** 6222***********0128: the issuer's first four digits and the last four. */
    public static final MaskingRule BANK_CARD = keep(4, 4);

    /** z****@example.com: the first character and the domain. */
    public static final MaskingRule EMAIL = MaskingRule.of(MASK_BEFORE_SPECIAL_CHARS,
            Map.of("specialChars", "@", "firstN", "1"));

    /** 广东省深圳市南山区: the address up to its district or county. */
    public static final MaskingRule ADDRESS = MaskingRule.of(GENERALISE_ADDRESS);

    /** 苏D4***0 (苏D4****0 for 8-character new-energy plates): province, authority, first and last character. */
    public static final MaskingRule LICENCE_PLATE = keep(3, 1);

    /** 2024-03-15 → 2024-03. */
    public static final MaskingRule DATE = MaskingRule.of(GENERALISE_DATE);

    /** The centre of a 500 m grid cell, for "lon,lat" or WKT points; use {@code with("axis", "LON")} for one axis. */
    public static final MaskingRule COORDINATES = MaskingRule.of(GENERALISE_COORDINATES);

    private static final Map<String, MaskingRule> BY_NAME = byName();
    /** Words that suggest a preset, checked in this order (so 手机 wins over 电话, 邮件地址 over 地址). */
    private static final Map<List<String>, MaskingRule> KEYWORDS = keywords();

    private MaskingPresets() {
    }

    /** The preset of that name ({@code CHINESE_NAME}, …), or null. */
    public static MaskingRule named(String name) {
        return BY_NAME.get(name);
    }

    /** The preset names, in the order above. */
    public static Set<String> names() {
        return BY_NAME.keySet();
    }

    /**
     * The preset for a sensitive item, chosen by words in its name and else its description; null when none fits.
     * Mobile numbers are usually called 手机, so a plain 电话 counts as a landline.
     */
    static MaskingRule suggestedFor(DataItem item) {
        MaskingRule byName = suggestedFor(item.name());
        return byName != null ? byName : suggestedFor(item.description());
    }

    private static MaskingRule suggestedFor(String text) {
        if (text == null) {
            return null;
        }
        String lowercase = text.toLowerCase(Locale.ROOT);
        for (Map.Entry<List<String>, MaskingRule> choice : KEYWORDS.entrySet()) {
            for (String word : choice.getKey()) {
                if (lowercase.contains(word)) {
                    return choice.getValue();
                }
            }
        }
        return null;
    }

    private static Map<List<String>, MaskingRule> keywords() {
        Map<List<String>, MaskingRule> keywords = new LinkedHashMap<>();
        keywords.put(List.of("身份证", "公民身份号码", "身份号码"), RESIDENT_ID);
        keywords.put(List.of("信用代码"), CREDIT_CODE);
        keywords.put(List.of("手机", "移动电话"), MOBILE);
        keywords.put(List.of("电话", "座机", "固话"), LANDLINE);
        keywords.put(List.of("银行卡", "卡号", "账号"), BANK_CARD);
        keywords.put(List.of("邮箱", "电子邮件", "邮件地址", "email", "e-mail"), EMAIL);
        keywords.put(List.of("车牌"), LICENCE_PLATE);
        keywords.put(List.of("经度"), COORDINATES.with("axis", "LON"));
        keywords.put(List.of("纬度"), COORDINATES.with("axis", "LAT"));
        keywords.put(List.of("坐标"), COORDINATES);
        keywords.put(List.of("地址", "住址", "住所"), ADDRESS);
        keywords.put(List.of("出生日期", "日期"), DATE);
        keywords.put(List.of("姓名", "联系人", "法定代表人"), CHINESE_NAME);
        return keywords;
    }

    private static Map<String, MaskingRule> byName() {
        Map<String, MaskingRule> presets = new LinkedHashMap<>();
        presets.put("CHINESE_NAME", CHINESE_NAME);
        presets.put("RESIDENT_ID", RESIDENT_ID);
        presets.put("CREDIT_CODE", CREDIT_CODE);
        presets.put("MOBILE", MOBILE);
        presets.put("LANDLINE", LANDLINE);
        presets.put("BANK_CARD", BANK_CARD);
        presets.put("EMAIL", EMAIL);
        presets.put("ADDRESS", ADDRESS);
        presets.put("LICENCE_PLATE", LICENCE_PLATE);
        presets.put("DATE", DATE);
        presets.put("COORDINATES", COORDINATES);
        return Collections.unmodifiableMap(presets);
    }

    private static MaskingRule keep(int firstN, int lastM) {
        return MaskingRule.of(KEEP_FIRST_N_LAST_M, Map.of("firstN", Integer.toString(firstN),
                "lastM", Integer.toString(lastM)));
    }
}
