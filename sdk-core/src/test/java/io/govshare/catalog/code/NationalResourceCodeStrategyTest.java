package io.govshare.catalog.code;

import io.govshare.catalog.ClassificationCode;
import io.govshare.catalog.ResourceCode;
import io.govshare.catalog.Violation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class NationalResourceCodeStrategyTest {

    private final NationalResourceCodeStrategy national = new NationalResourceCodeStrategy();

    private List<String> rules(String code, String classification) {
        return national.check(ResourceCode.of(code), classification, "code").stream().map(Violation::rule).toList();
    }

    @ParameterizedTest
    @CsvSource({"101001/000001, 101001", "212003/123456, 212003", "399001007/000010, 399001007"})
    void acceptsCodesOfTheNationalForm(String code, String classification) {
        assertEquals(List.of(), rules(code, classification));
    }

    @ParameterizedTest
    @ValueSource(strings = {"10100/000001", "101A01/000001", "401001/000001", "0/000001"})
    void rejectsClassificationPartOutsideTheScheme(String code) {
        assertEquals(List.of("code.classification.format"), rules(code, null));
    }

    @ParameterizedTest
    @ValueSource(strings = {"101001/1", "101001/0000001", "101001/00000A"})
    void rejectsSequenceThatIsNotSixDigits(String code) {
        assertEquals(List.of("code.sequence.format"), rules(code, null));
    }

    @Test
    void rejectsCodeOfAnotherClassificationOnlyWhenOneIsGiven() {
        assertEquals(List.of("code.classification.mismatch"), rules("101001/000001", "101002"));
        assertEquals(List.of("code.classification.mismatch"), rules("101001/000001", "101001001"));
        assertEquals(List.of(), rules("101001/000001", null));
    }

    @Test
    void reportsAtTheGivenField() {
        List<Violation> found = national.check(ResourceCode.of("1/1"), null, "relatedCodes[3]");
        assertEquals(2, found.size());
        assertTrue(found.stream().allMatch(v -> v.field().equals("relatedCodes[3]") && v.isError()));
    }

    @Test
    void assignsZeroPaddedSixDigitSequences() {
        assertEquals(ResourceCode.of("101001/000042"), national.assign(ClassificationCode.of("101001"), 42));
        assertEquals(ResourceCode.of("311002001/999999"), national.assign(ClassificationCode.of("311002001"), 999_999));
    }

    @Test
    void refusesToAssignOutsideTheForm() {
        assertThrows(IllegalArgumentException.class, () -> national.assign(ClassificationCode.of("101"), 1));
        assertThrows(IllegalArgumentException.class, () -> national.assign(ClassificationCode.of("401001"), 1));
        assertThrows(IllegalArgumentException.class, () -> national.assign(ClassificationCode.of("101001"), 0));
        assertThrows(IllegalArgumentException.class, () -> national.assign(ClassificationCode.of("101001"), 1_000_000));
    }
}
