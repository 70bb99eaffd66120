package io.govshare.masking;

import static io.govshare.masking.MaskingTechnique.KEEP_FIRST_N_LAST_M;
import static io.govshare.masking.MaskingTechnique.MASK_AFTER_SPECIAL_CHARS;
import static io.govshare.masking.MaskingTechnique.MASK_BEFORE_SPECIAL_CHARS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class PositionalTechniquesTest {

    static final ReleaseKey KEY = ReleaseKey.of("govshare-test-key-16+".getBytes(StandardCharsets.UTF_8));

    static String mask(MaskingTechnique technique, Map<String, String> parameters, String value) {
        return MaskingRule.of(technique, parameters).compile(KEY).mask(value);
    }

    /** The two numbers are firstN and lastM, or fromX and toY. */
    @ParameterizedTest
    @CsvSource({
            "KEEP_FIRST_N_LAST_M, 3, 4, 13812345678, 138****5678",
            "KEEP_FIRST_N_LAST_M, 1, 0, 段正淳, 段**",
            "KEEP_FIRST_N_LAST_M, 1, 0, 段誉, 段*",
            "KEEP_FIRST_N_LAST_M, 1, 0, 段, *",              // keeping the one character would reveal it
            "KEEP_FIRST_N_LAST_M, 3, 4, 1381234, *******",   // too short to hide anything: all masked
            "KEEP_FIRST_N_LAST_M, 0, 0, abc, ***",
            "KEEP_FIRST_N_LAST_M, 1, 1, 欧阳娜娜, 欧**娜",
            "KEEP_FIRST_N_LAST_M, 2, 1, 𠀋𠀌𠀍𠀎, 𠀋𠀌*𠀎",     // characters outside the BMP count as one
            "MASK_FIRST_N_LAST_M, 3, 4, 13812345678, ***1234****",
            "MASK_FIRST_N_LAST_M, 1, 1, 段正淳, *正*",
            "MASK_FIRST_N_LAST_M, 2, 2, abc, ***",
            "MASK_FIRST_N_LAST_M, 0, 0, abc, ***",           // masking nothing would return the value
            "KEEP_FROM_X_TO_Y, 3, 6, 13812345678, ***1234****",
            "KEEP_FROM_X_TO_Y, 0, 0, 段正淳, 段**",
            "KEEP_FROM_X_TO_Y, 2, 99, 段正淳, **淳",
            "KEEP_FROM_X_TO_Y, 0, 99, 段正淳, ***",          // the range covers everything
            "KEEP_FROM_X_TO_Y, 5, 9, abc, ***",              // the range misses the value: nothing kept
            "MASK_FROM_X_TO_Y, 3, 6, 13812345678, 138****5678",
            "MASK_FROM_X_TO_Y, 1, 1, 段正淳, 段*淳",
            "MASK_FROM_X_TO_Y, 1, 99, 段正淳, 段**",
            "MASK_FROM_X_TO_Y, 5, 9, abc, ***"})             // beyond the end nothing would be masked
    void keepsOrMasksByPosition(MaskingTechnique technique, int first, int second, String value, String expected) {
        Map<String, String> parameters = technique.name().endsWith("FIRST_N_LAST_M")
                ? Map.of("firstN", "" + first, "lastM", "" + second)
                : Map.of("fromX", "" + first, "toY", "" + second);
        assertEquals(expected, mask(technique, parameters, value));
    }

    @ParameterizedTest
    @CsvSource({
            "@, 0, zhang@example.com, *****@example.com",
            "@, 1, zhang@example.com, z****@example.com",
            "@, 1, z@example.com, *@example.com",      // a one-character name is not kept whole
            "@, 0, no-at-sign, **********",
            "@, 0, @example.com, ************",
            "：, 0, 联系人：张三, ***：张三"})
    void masksBeforeSpecialChars(String special, int firstN, String value, String expected) {
        assertEquals(expected, mask(MASK_BEFORE_SPECIAL_CHARS,
                Map.of("specialChars", special, "firstN", "" + firstN), value));
    }

    @ParameterizedTest
    @CsvSource({
            "@, zhang@example.com, zhang@***********",
            "-, 010-62345678, 010-********",
            "-, 01062345678, ***********",
            "-, 010-, ****"})
    void masksAfterSpecialChars(String special, String value, String expected) {
        assertEquals(expected, mask(MASK_AFTER_SPECIAL_CHARS, Map.of("specialChars", special), value));
    }

    @Test
    void usesTheReplaceCharacterGiven() {
        assertEquals("138####5678", mask(KEEP_FIRST_N_LAST_M,
                Map.of("firstN", "3", "lastM", "4", "replaceChar", "#"), "13812345678"));
        assertEquals("段××", mask(KEEP_FIRST_N_LAST_M, Map.of("firstN", "1", "lastM", "0", "replaceChar", "×"), "段正淳"));
    }

    @ParameterizedTest
    @EnumSource(value = MaskingTechnique.class, names = {"KEEP_FIRST_N_LAST_M", "MASK_FIRST_N_LAST_M"})
    void leavesNullAndEmptyAlone(MaskingTechnique technique) {
        ValueMasker masker = MaskingRule.of(technique, Map.of("firstN", "1", "lastM", "1")).compile(KEY);
        assertNull(masker.mask(null));
        assertEquals("", masker.mask(""));
    }
}
