package io.govshare.masking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class MaskingPresetsTest {

    @ParameterizedTest
    @CsvSource({
            "CHINESE_NAME, 段正淳, 段**",
            "CHINESE_NAME, 段誉, 段*",
            "RESIDENT_ID, 51343620000320711X, 5***************1X",
            "CREDIT_CODE, 91512081MA62K0260E, 91****************",
            "MOBILE, 18049531999, 180****1999",
            "LANDLINE, 09157518479, 0915*****79",
            "LANDLINE, 010-62345678, 010-******78",
            "BANK_CARD, 6222021234567890128, 6222***********0128",
            "EMAIL, duandazhi-jack@gmail.com.cn, d*************@gmail.com.cn",
            "ADDRESS, 北京市海淀区马连洼街道289号, 北京市海淀区",
            "LICENCE_PLATE, 苏D40000, 苏D4***0",
            "LICENCE_PLATE, 陕A12345D, 陕A1****D",
            "DATE, 1986-03-15, 1986-03",
            "COORDINATES, '116.397428,39.90923', '116.398651,39.909589'"})
    void masksLikeTheUsualChineseDisplays(String preset, String value, String expected) {
        assertEquals(expected, MaskingPresets.named(preset).compile(PositionalTechniquesTest.KEY).mask(value));
    }

    @Test
    void findsPresetsByName() {
        assertSame(MaskingPresets.MOBILE, MaskingPresets.named("MOBILE"));
        assertNull(MaskingPresets.named("mobile"));
        assertEquals(List.of("CHINESE_NAME", "RESIDENT_ID", "CREDIT_CODE", "MOBILE", "LANDLINE", "BANK_CARD", "EMAIL",
                "ADDRESS", "LICENCE_PLATE", "DATE", "COORDINATES"), List.copyOf(MaskingPresets.names()));
    }

    static Stream<Arguments> generatedValues() {
        Generated g = new Generated(2026);
        return Stream.of(
                Arguments.of("CHINESE_NAME", g.many(g::chineseName)),
                Arguments.of("RESIDENT_ID", g.many(g::residentId)),
                Arguments.of("CREDIT_CODE", g.many(g::creditCode)),
                Arguments.of("MOBILE", g.many(g::mobile)),
                Arguments.of("LANDLINE", g.many(g::landline)),
                Arguments.of("BANK_CARD", g.many(g::bankCard)),
                Arguments.of("EMAIL", g.many(g::email)),
                Arguments.of("ADDRESS", g.many(g::address)),
                Arguments.of("LICENCE_PLATE", g.many(g::licencePlate)),
                Arguments.of("DATE", g.many(g::date)),
                Arguments.of("COORDINATES", g.many(g::coordinates)));
    }

    /** The property the presets exist for: whatever they show, the whole value is not in it. */
    @ParameterizedTest
    @MethodSource("generatedValues")
    void noPresetOutputContainsTheOriginal(String preset, List<String> values) {
        ValueMasker masker = MaskingPresets.named(preset).compile(PositionalTechniquesTest.KEY);
        assertEquals(Generated.COUNT, values.size());
        for (String value : values) {
            String masked = masker.mask(value);
            assertFalse(masked == null || masked.isEmpty(), preset + " lost " + value + " entirely");
            assertFalse(masked.contains(value), preset + ": " + value + " → " + masked);
        }
    }

    @Test
    void aMaskedNameNeverShowsMoreThanTheSurname() {
        Generated g = new Generated(7);
        ValueMasker masker = MaskingPresets.CHINESE_NAME.compile(PositionalTechniquesTest.KEY);
        for (String name : g.many(g::chineseName)) {
            String masked = masker.mask(name);
            assertEquals(name.codePointCount(0, name.length()), masked.length());
            assertEquals(name.charAt(0), masked.charAt(0));
            assertEquals("*".repeat(masked.length() - 1), masked.substring(1), name + " → " + masked);
        }
    }

    @Test
    void masksShortValuesEntirelyRatherThanShowThem() {
        Function<String, String> mobile = MaskingPresets.MOBILE.compile(PositionalTechniquesTest.KEY)::mask;
        assertEquals("*******", mobile.apply("1381234"));
        assertEquals("*", MaskingPresets.CHINESE_NAME.compile(PositionalTechniquesTest.KEY).mask("段"));
    }
}
