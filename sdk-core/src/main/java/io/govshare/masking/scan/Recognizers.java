package io.govshare.masking.scan;

import io.govshare.identifiers.BankCards;
import io.govshare.identifiers.CreditCodes;
import io.govshare.identifiers.ResidentIds;

import java.util.List;

/**
 * The SDK's recognizers for Chinese personal and enterprise identifiers.
 * <p>
 * Scores, before a context word in the field name or within a few characters adds 0.35 (capped at 1). With the
 * scanner's default minimum of 0.5, a type whose score is under 0.5 is reported only with context.
 * <table>
 * <caption>How the built-ins score</caption>
 * <tr><th>type</th><th>shape</th><th>score</th><th>check failed</th></tr>
 * <tr><td>RESIDENT_ID</td><td>18, a plausible birth date, not inside a longer digit run</td><td>0.9</td>
 *     <td>0.3 — a mistyped ID in a 身份证 field is still reported</td></tr>
 * <tr><td>CREDIT_CODE</td><td>18: registration authority 1–9/A/N/Y, a category digit, a region code, 10 from
 *     the GB 32100 alphabet. Any such 18-digit number passes the check one time in 31</td><td>0.85</td>
 *     <td>0.3 — some registered codes fail it</td></tr>
 * <tr><td>MOBILE</td><td>1[3-9] + 9 digits, optional +86/86, 3-4-4 with spaces or '-'</td><td>0.6</td><td>—</td></tr>
 * <tr><td>LANDLINE</td><td>area code with '-', space or parentheses / run together</td><td>0.6 / 0.4</td>
 *     <td>—</td></tr>
 * <tr><td>BANK_CARD</td><td>12 or 16–19 digits, or groups of 4</td><td>0.4 — one digit run in ten passes Luhn
 *     by chance, so only with context</td><td>dropped</td></tr>
 * <tr><td>EMAIL</td><td>local@domain.tld</td><td>0.85</td><td>—</td></tr>
 * <tr><td>LICENCE_PLATE</td><td>province, letter, 5 (new energy 6)</td><td>0.7</td><td>—</td></tr>
 * <tr><td>CHINESE_NAME</td><td>see below</td><td>0.3–0.85</td><td>—</td></tr>
 * <tr><td>ADDRESS</td><td>road + house number</td><td>0.6 / 0.7 with a district</td><td>—</td></tr>
 * <tr><td>IPV4</td><td>four octets 0–255</td><td>0.55</td><td>—</td></tr>
 * <tr><td>PASSPORT</td><td>E/G + 8 digits, E + letter + 7 digits</td><td>0.35</td><td>—</td></tr>
 * </table>
 * Names need context: the whole value of a field named 姓名, 联系人, 法定代表人… (0.85 with a known surname), or
 * text after such a word and a colon (0.8); see {@code ChineseNameRecognizer}. A masked value (138****5678,
 * 5***************1X, 张**) no longer has the shape and is not reported.
 * <p>
 * Digit-based patterns do not match inside a longer run of digits: a 20-digit number holds no 公民身份号码.
 */
public final class Recognizers {

    private static final String NO_DIGIT_BEFORE = "(?<![0-9])";
    private static final String NO_DIGIT_AFTER = "(?![0-9])";
    private static final String AREA_CODE = "(?:010|02[0-9]|0[3-9][0-9]{2})";
    private static final String PROVINCES = "京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼使领";
    private static final String PLATE_CHAR = "[A-HJ-NP-Z0-9]";
    private static final String OCTET = "(?:25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])";

    private static final List<Recognizer> CHINESE = List.of(
            PatternRecognizer.builder(EntityType.RESIDENT_ID)
                    .pattern(NO_DIGIT_BEFORE + "[1-9][0-9]{5}(?:18|19|20)[0-9]{2}(?:0[1-9]|1[0-2])"
                            + "(?:0[1-9]|[12][0-9]|3[01])[0-9]{3}[0-9Xx]" + NO_DIGIT_AFTER, 0.9)
                    .checksum(ResidentIds::isValid, 0.3)
                    .context("身份", "证件号", "公民号码", "idcard", "id_card", "id no", "sfz")
                    .build(),
            PatternRecognizer.builder(EntityType.CREDIT_CODE)
                    .pattern("(?<![0-9A-Za-z])[1-9ANY][1-9][1-8][0-9]{5}[0-9A-HJ-NPQRTUWXY]{10}(?![0-9A-Za-z])", 0.85)
                    .checksum(CreditCodes::isValid, 0.3)
                    .context("信用代码", "社会信用", "纳税人识别号", "税号", "营业执照", "注册号", "uscc", "credit")
                    .build(),
            PatternRecognizer.builder(EntityType.MOBILE)
                    .pattern("(?<![0-9+])(?:(?:\\+|00)?86[ -]?)?1[3-9][0-9][ -]?[0-9]{4}[ -]?[0-9]{4}" + NO_DIGIT_AFTER,
                            0.6)
                    .context("手机", "电话", "联系", "拨打", "致电", "来电", "号码", "tel", "phone", "mobile", "sjh")
                    .build(),
            PatternRecognizer.builder(EntityType.LANDLINE)
                    .pattern(NO_DIGIT_BEFORE + "(?:\\(" + AREA_CODE + "\\) ?|" + AREA_CODE + "[ -])[2-9][0-9]{6,7}"
                            + NO_DIGIT_AFTER, 0.6)
                    .pattern(NO_DIGIT_BEFORE + AREA_CODE + "[2-9][0-9]{6,7}" + NO_DIGIT_AFTER, 0.4)
                    .context("电话", "座机", "固话", "传真", "拨打", "致电", "热线", "联系", "tel", "phone", "fax")
                    .build(),
            PatternRecognizer.builder(EntityType.BANK_CARD)
                    .pattern(NO_DIGIT_BEFORE + "(?:[0-9]{16,19}|[0-9]{12}|[0-9]{4}(?:[ -][0-9]{4}){3}(?:[ -]?[0-9]{1,3})?)"
                            + NO_DIGIT_AFTER, 0.4)
                    .checksum(BankCards::isValid, 0)
                    .context("银行", "卡号", "账号", "帐号", "账户", "帐户", "开户", "储蓄卡", "信用卡", "借记卡", "card",
                            "account")
                    .build(),
            PatternRecognizer.builder(EntityType.EMAIL)
                    .pattern("(?<![A-Za-z0-9._%+-])[A-Za-z0-9._%+-]++@[A-Za-z0-9-]++(?:\\.[A-Za-z0-9-]++)*"
                            + "\\.[A-Za-z]{2,}+(?![A-Za-z0-9-])", 0.85)
                    .context("邮箱", "邮件", "email", "e-mail", "mail")
                    .build(),
            PatternRecognizer.builder(EntityType.LICENCE_PLATE)
                    .pattern("[" + PROVINCES + "][A-HJ-NP-Z][ ·•]?(?:" + PLATE_CHAR + "{4}[A-HJ-NP-Z0-9挂学警港澳]"
                            + "|[DF]" + PLATE_CHAR + "[0-9]{4}|[0-9]{5}[DF])(?![A-Za-z0-9])", 0.7)
                    .context("车牌", "号牌", "牌照", "车辆", "车号", "plate")
                    .build(),
            new ChineseNameRecognizer(),
            new AddressRecognizer(),
            PatternRecognizer.builder(EntityType.IPV4)
                    .pattern("(?<![0-9.])(?:" + OCTET + "\\.){3}" + OCTET + "(?![0-9]|\\.[0-9])", 0.55)
                    .context("ip", "主机", "host", "访问地址")
                    .build(),
            PatternRecognizer.builder(EntityType.PASSPORT)
                    .pattern("(?<![A-Za-z0-9])(?:[EG][0-9]{8}|E[A-HJ-NP-Z][0-9]{7})(?![A-Za-z0-9])", 0.35)
                    .context("护照", "passport")
                    .build());

    private Recognizers() {
    }

    /** All built-in recognizers, one per type of {@link EntityType#builtIn()}, in that order. Immutable. */
    public static List<Recognizer> chinese() {
        return CHINESE;
    }
}
