package io.govshare.masking;

import static io.govshare.masking.MaskingTechnique.KEEP_FIRST_N_LAST_M;
import static io.govshare.masking.MaskingTechnique.KEEP_FROM_X_TO_Y;
import static io.govshare.masking.MaskingTechnique.MASK_AFTER_SPECIAL_CHARS;
import static io.govshare.masking.MaskingTechnique.MASK_BEFORE_SPECIAL_CHARS;
import static io.govshare.masking.MaskingTechnique.MASK_FIRST_N_LAST_M;
import static io.govshare.masking.MaskingTechnique.MASK_FROM_X_TO_Y;
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

    @ParameterizedTest
    @CsvSource({
            "3, 4, 13812345678, 138****5678",
            "1, 0, 段正淳, 段**",
            "1, 0, 段誉, 段*",
            "1, 0, 段, *",              // keeping the one character would reveal it
            "3, 4, 1381234, *******",   // too short to hide anything: all masked
            "0, 0, abc, ***",
            "1, 1, 欧阳娜娜, 欧**娜",
            "2, 1, 𠀋𠀌𠀍𠀎, 𠀋𠀌*𠀎"})    // characters outside the BMP count as one
    void keepsFirstNAndLastM(int firstN, int lastM, String value, String expected) {
        assertEquals(expected, mask(KEEP_FIRST_N_LAST_M, Map.of("firstN", "" + firstN, "lastM", "" + lastM), value));
    }

    @ParameterizedTest
    @CsvSource({
            "3, 4, 13812345678, ***1234****",
            "1, 1, 段正淳, *正*",
            "2, 2, abc, ***",
            "0, 0, abc, ***"})         // masking nothing would return the value: all masked
    void masksFirstNAndLastM(int firstN, int lastM, String value, String expected) {
        assertEquals(expected, mask(MASK_FIRST_N_LAST_M, Map.of("firstN", "" + firstN, "lastM", "" + lastM), value));
    }

    @ParameterizedTest
    @CsvSource({
            "3, 6, 13812345678, ***1234****",
            "0, 0, 段正淳, 段**",
            "2, 99, 段正淳, **淳",
            "0, 99, 段正淳, ***",       // the range covers everything
            "5, 9, abc, ***"})          // the range misses the value: nothing kept
    void keepsFromXToY(int fromX, int toY, String value, String expected) {
        assertEquals(expected, mask(KEEP_FROM_X_TO_Y, Map.of("fromX", "" + fromX, "toY", "" + toY), value));
    }

    @ParameterizedTest
    @CsvSource({
            "3, 6, 13812345678, 138****5678",
            "1, 1, 段正淳, 段*淳",
            "1, 99, 段正淳, 段**",
            "5, 9, abc, ***"})          // beyond the end nothing would be masked: all masked
    void masksFromXToY(int fromX, int toY, String value, String expected) {
        assertEquals(expected, mask(MASK_FROM_X_TO_Y, Map.of("fromX", "" + fromX, "toY", "" + toY), value));
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
