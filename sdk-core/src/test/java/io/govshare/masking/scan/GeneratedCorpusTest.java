package io.govshare.masking.scan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.govshare.identifiers.CreditCodes;
import io.govshare.identifiers.ResidentIds;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * Recall on generated identifiers embedded in sentences, and false positives on random digits. Seeded, so a
 * failure names a text that fails every time.
 */
class GeneratedCorpusTest {

    private static final int PER_TYPE = 1200;
    private static final SensitiveDataScanner SCANNER = SensitiveDataScanner.chinese();
    /** Sentences with and without context words, half-width and full-width punctuation, Han and ASCII neighbours. */
    private static final List<String> SENTENCES = List.of(
            "%s", "编号：%s。", "材料（%s）已收到", "请拨打%s联系张先生", "备注 %s 已登记", "ID:%s;",
            "经核查，当事人%s名下无记录", "「%s」", "号码为%s，请核对。", "证件%s与系统一致", "%s\t2026-11-22");

    private final Random random = new Random(20261122);

    @Test
    void findsEveryGeneratedResidentIdCreditCodeAndMobileNumber() {
        assertFindsAll(EntityType.RESIDENT_ID, this::residentId);
        assertFindsAll(EntityType.CREDIT_CODE, this::creditCode);
        assertFindsAll(EntityType.MOBILE, this::mobile);
    }

    private void assertFindsAll(EntityType type, Supplier<String> identifiers) {
        List<String> missed = new ArrayList<>();
        for (int i = 0; i < PER_TYPE; i++) {
            String identifier = identifiers.get();
            String sentence = SENTENCES.get(i % SENTENCES.size());
            int start = sentence.indexOf("%s");
            String text = sentence.replace("%s", identifier);
            boolean found = SCANNER.scanText(text).stream().anyMatch(m -> m.type().equals(type)
                    && m.start() == start && m.end() == start + identifier.length());
            if (!found) {
                missed.add(text);
            }
        }
        assertEquals(List.of(), missed, type + " recall must be 100 %");
    }

    /**
     * An 18-digit run with a plausible birth date is reported as a 公民身份号码 exactly when its check character
     * is right: by chance, one time in eleven. Anything else that is not an ID is not reported as one.
     */
    @Test
    void reportsRandomDigitsAsAResidentIdOnlyWhenTheCheckPassesByChance() {
        int shaped = 11_000;
        int passedCheck = 0;
        int reported = 0;
        for (int i = 0; i < shaped; i++) {
            String first17 = residentId().substring(0, 17);
            String candidate = first17 + "0123456789X".charAt(random.nextInt(11));
            boolean valid = ResidentIds.isValid(candidate);
            boolean isReported = reportedAsResidentId("流水" + candidate + "已处理");
            assertEquals(valid, isReported, candidate);
            passedCheck += valid ? 1 : 0;
            reported += isReported ? 1 : 0;
        }
        assertEquals(passedCheck, reported);
        assertTrue(reported > shaped / 11 * 0.8 && reported < shaped / 11 * 1.2, reported + " of " + shaped);

        for (int i = 0; i < 20_000; i++) {
            String digits = randomDigits(8 + random.nextInt(23));
            boolean isReported = reportedAsResidentId("流水" + digits + "已处理");
            assertEquals(digits.length() == 18 && ResidentIds.isValid(digits), isReported, digits);
        }
    }

    private static boolean reportedAsResidentId(String text) {
        return SCANNER.scanText(text).stream().anyMatch(m -> m.type().equals(EntityType.RESIDENT_ID));
    }

    private String residentId() {
        String region = (1 + random.nextInt(6)) + randomDigits(5);
        LocalDate born = LocalDate.of(1930, 1, 1).plusDays(random.nextInt(33_000));
        String first17 = region + born.toString().replace("-", "") + randomDigits(3);
        return first17 + ResidentIds.checkCharacterFor(first17);
    }

    private String creditCode() {
        String authority = "159Y".charAt(random.nextInt(4)) + "";
        StringBuilder first17 = new StringBuilder(authority).append("123".charAt(random.nextInt(3)))
                .append(1 + random.nextInt(6)).append(randomDigits(5));
        for (int i = 0; i < 9; i++) {
            first17.append(CreditCodes.ALPHABET.charAt(random.nextInt(CreditCodes.ALPHABET.length())));
        }
        return first17.toString() + CreditCodes.checkCharacterFor(first17.toString());
    }

    private String mobile() {
        String digits = "1" + (3 + random.nextInt(7)) + randomDigits(9);
        return switch (random.nextInt(5)) {
            case 0 -> "+86 " + digits.substring(0, 3) + " " + digits.substring(3, 7) + " " + digits.substring(7);
            case 1 -> "86-" + digits.substring(0, 3) + "-" + digits.substring(3, 7) + "-" + digits.substring(7);
            case 2 -> digits.substring(0, 3) + " " + digits.substring(3, 7) + " " + digits.substring(7);
            case 3 -> toFullWidth(digits);
            default -> digits;
        };
    }

    private String randomDigits(int count) {
        StringBuilder digits = new StringBuilder(count);
        for (int i = 0; i < count; i++) {
            digits.append((char) ('0' + random.nextInt(10)));
        }
        return digits.toString();
    }

    private static String toFullWidth(String ascii) {
        StringBuilder wide = new StringBuilder(ascii.length());
        ascii.chars().forEach(c -> wide.append((char) (c - '!' + '\uFF01')));
        return wide.toString();
    }
}
