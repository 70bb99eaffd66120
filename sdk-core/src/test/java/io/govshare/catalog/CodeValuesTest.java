package io.govshare.catalog;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Parsing of 信息资源代码 and 分类码. */
class CodeValuesTest {

    @Test
    void splitsAResourceCodeAtTheSlash() {
        ResourceCode code = ResourceCode.of(" 101001/000001 ");
        assertEquals("101001", code.classificationPart());
        assertEquals("000001", code.sequencePart());
        assertEquals("101001/000001", code.value());
        assertEquals(ResourceCode.of("101001/000001"), code);
    }

    @ParameterizedTest
    @ValueSource(strings = {"101001000001", "/000001", "101001/", "101001/000/001", "101 001/000001", ""})
    void rejectsResourceCodesWithoutExactlyOneSlashBetweenTwoParts(String text) {
        assertThrows(IllegalArgumentException.class, () -> ResourceCode.of(text));
    }

    @Test
    void knowsTheLevelsOfAClassificationCode() {
        assertEquals(1, ClassificationCode.of("1").level());
        assertEquals(2, ClassificationCode.of("101").level());
        assertEquals(3, ClassificationCode.of("101001").level());
        assertEquals(4, ClassificationCode.of("101001002").level());
        assertEquals("2", ClassificationCode.of("204001").category());
        assertTrue(ClassificationCode.of("101001002").isWithin(ClassificationCode.of("101")));
        assertFalse(ClassificationCode.of("102001").isWithin(ClassificationCode.of("101")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"10", "1010", "10100", "10a001", "", " "})
    void rejectsClassificationCodesThatStopBetweenLevels(String text) {
        assertThrows(IllegalArgumentException.class, () -> ClassificationCode.of(text));
    }
}
