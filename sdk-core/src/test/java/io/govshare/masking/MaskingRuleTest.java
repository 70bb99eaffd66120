package io.govshare.masking;

import static io.govshare.masking.MaskingTechnique.AGE_BAND;
import static io.govshare.masking.MaskingTechnique.FPE_RESIDENT_ID;
import static io.govshare.masking.MaskingTechnique.GENERALISE_COORDINATES;
import static io.govshare.masking.MaskingTechnique.HMAC_SM3;
import static io.govshare.masking.MaskingTechnique.KEEP;
import static io.govshare.masking.MaskingTechnique.KEEP_FIRST_N_LAST_M;
import static io.govshare.masking.MaskingTechnique.KEEP_FROM_X_TO_Y;
import static io.govshare.masking.MaskingTechnique.MASK_BEFORE_SPECIAL_CHARS;
import static io.govshare.masking.MaskingTechnique.RANDOM_REPLACE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;

class MaskingRuleTest {

    private static MaskingPolicyException refused(MaskingTechnique technique, Map<String, String> parameters) {
        return assertThrows(MaskingPolicyException.class, () -> MaskingRule.of(technique, parameters));
    }

    @Test
    void refusesParametersOfTheWrongForm() {
        MaskingPolicyException negative = refused(KEEP_FIRST_N_LAST_M, Map.of("firstN", "-1", "lastM", "4"));
        assertEquals("firstN", negative.path());
        assertEquals("firstN must be a non-negative integer (KEEP_FIRST_N_LAST_M), got '-1'", negative.problem());
        assertEquals("lastM", refused(KEEP_FIRST_N_LAST_M, Map.of("firstN", "1", "lastM", "four")).path());
        assertEquals("replaceChar must be exactly one character (KEEP_FIRST_N_LAST_M), got '**'",
                refused(KEEP_FIRST_N_LAST_M, Map.of("firstN", "1", "lastM", "1", "replaceChar", "**")).problem());
        assertEquals("length must be an integer from 8 to 64 (HMAC_SM3), got '65'",
                refused(HMAC_SM3, Map.of("length", "65")).problem());
        assertEquals("cellMeters", refused(GENERALISE_COORDINATES, Map.of("cellMeters", "0")).path());
        assertEquals("axis must be one of [PAIR, LON, LAT] (GENERALISE_COORDINATES), got 'X'",
                refused(GENERALISE_COORDINATES, Map.of("axis", "X")).problem());
        assertEquals("referenceDate must be a date yyyy-MM-dd (AGE_BAND), got '2026-3-1'",
                refused(AGE_BAND, Map.of("referenceDate", "2026-3-1")).problem());
        assertEquals("keep must be 'none' or a comma-separated list of province, region, birthYear, birthDate, sex"
                + " (FPE_RESIDENT_ID), got 'county'", refused(FPE_RESIDENT_ID, Map.of("keep", "county")).problem());
        assertEquals("specialChars must be at least one character (MASK_BEFORE_SPECIAL_CHARS), got ''",
                refused(MASK_BEFORE_SPECIAL_CHARS, Map.of("specialChars", "")).problem());
        assertEquals("digits", refused(RANDOM_REPLACE, Map.of("digits", "")).path());
    }

    @Test
    void refusesMissingAndUnknownParameters() {
        assertEquals("lastM is required (KEEP_FIRST_N_LAST_M)",
                refused(KEEP_FIRST_N_LAST_M, Map.of("firstN", "1")).problem());
        MaskingPolicyException unknown =
                refused(KEEP_FIRST_N_LAST_M, Map.of("firstN", "1", "lastM", "1", "first-n", "2"));
        assertEquals("first-n", unknown.path());
        assertEquals("KEEP_FIRST_N_LAST_M has no parameter 'first-n'; it takes firstN, lastM, replaceChar",
                unknown.problem());
        assertEquals("KEEP has no parameter 'firstN'; it takes none", refused(KEEP, Map.of("firstN", "1")).problem());
        Map<String, String> withNull = new HashMap<>();
        withNull.put("length", null);
        assertEquals("length must have a value", refused(HMAC_SM3, withNull).problem());
    }

    @Test
    void refusesParametersThatContradictEachOther() {
        assertEquals("toY must not be less than fromX 5, got 2 (KEEP_FROM_X_TO_Y)",
                refused(KEEP_FROM_X_TO_Y, Map.of("fromX", "5", "toY", "2")).problem());
        MaskingPolicyException top = refused(AGE_BAND, Map.of("bandWidth", "7"));
        assertEquals("topAge", top.path());
        assertEquals("topAge 90 must be a multiple of bandWidth 7 (AGE_BAND)", top.problem());
    }

    @Test
    void comparesRulesByTechniqueAndParameters() {
        MaskingRule mobile = MaskingRule.of(KEEP_FIRST_N_LAST_M, Map.of("firstN", "3", "lastM", "4"));
        assertEquals(MaskingPresets.MOBILE, mobile);
        assertEquals(MaskingPresets.MOBILE.hashCode(), mobile.hashCode());
        assertEquals("KEEP_FIRST_N_LAST_M{firstN=3, lastM=4}", mobile.toString());
        MaskingRule changed = mobile.with("lastM", "2");
        assertEquals(Map.of("firstN", "3", "lastM", "2"), changed.parameters());
        assertNotEquals(mobile, changed);
        assertEquals("138******78", changed.compile(PositionalTechniquesTest.KEY).mask("13812345678"));
        assertThrows(MaskingPolicyException.class, () -> mobile.with("lastM", "x"));
    }

    @Test
    void replacesCharactersByTheirClassWithTheRandomSourceGiven() {
        MaskingRule rule = MaskingRule.of(RANDOM_REPLACE);
        String value = "张三 Ab-12@x.cn";
        String first = rule.compile(PositionalTechniquesTest.KEY, new Random(7)).mask(value);
        assertEquals(first, rule.compile(PositionalTechniquesTest.KEY, new Random(7)).mask(value), "seeded");
        assertEquals(value.length(), first.length());
        for (int i = 0; i < value.length(); i++) {
            char in = value.charAt(i);
            char out = first.charAt(i);
            String where = value + " → " + first + " at " + i;
            if (Character.isDigit(in)) {
                assertTrue(Character.isDigit(out), where);
            } else if (Character.isUpperCase(in)) {
                assertTrue(out >= 'A' && out <= 'Z', where);
            } else if (Character.isLowerCase(in)) {
                assertTrue(out >= 'a' && out <= 'z', where);
            } else if (Character.UnicodeScript.of(in) == Character.UnicodeScript.HAN) {
                assertTrue(RandomReplacement.CHINESE.indexOf(out) >= 0, where);
            } else {
                assertEquals(in, out, "punctuation and spaces are kept: " + where);
            }
        }
        String special = MaskingRule.of(RANDOM_REPLACE, Map.of("special", "#", "digits", "7"))
                .compile(PositionalTechniquesTest.KEY, new Random(1)).mask("a-1 b");
        assertTrue(special.matches("[a-z]#7 [a-z]"), special);
    }

    @Test
    void needsAReleaseKeyToCompile() {
        assertThrows(NullPointerException.class, () -> MaskingPresets.MOBILE.compile(null));
    }
}
