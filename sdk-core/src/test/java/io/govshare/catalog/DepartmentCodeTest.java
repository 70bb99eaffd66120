package io.govshare.catalog;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** GB 32100-2015 统一社会信用代码. */
class DepartmentCodeTest {

    @Test
    void acceptsAValidCode() {
        DepartmentCode code = DepartmentCode.of("91512081MA62K0260E");
        assertTrue(code.hasValidCheckCharacter());
        assertEquals('E', DepartmentCode.checkCharacterFor("91512081MA62K0260"));
    }

    @Test
    void computesCheckCharacterZeroWhenTheSumIsAMultipleOf31() {
        // 31 − 0 = 31 becomes 0: a prefix whose weighted sum is 0 is all zeros.
        assertEquals('0', DepartmentCode.checkCharacterFor("00000000000000000"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"91512081MA62K0260F", "91512081MA62K0260D", "91512081MA62K0261E", "81512081MA62K0260E"})
    void detectsAWrongCheckCharacterButKeepsTheCode(String text) {
        DepartmentCode code = DepartmentCode.of(text);
        assertFalse(code.hasValidCheckCharacter());
    }

    @ParameterizedTest
    @ValueSource(strings = {"91512081MA62K0260", "91512081MA62K0260EE", "", "91512081MA62K026IE",
            "91512081MA62K026OE", "91512081MA62K026ZE", "91512081MA62K026SE", "91512081MA62K026VE",
            "91512081ma62k0260e"})
    void rejectsCodesOfTheWrongShape(String text) {
        assertThrows(IllegalArgumentException.class, () -> DepartmentCode.of(text));
        assertFalse(DepartmentCode.isWellFormed(text));
    }

    @Test
    void everyExampleProviderHasAValidCheckCharacter() {
        for (String file : io.govshare.standards.StandardFiles.list(Examples.VALID)) {
            String code = Examples.valid(file).provider().code();
            assertTrue(DepartmentCode.of(code).hasValidCheckCharacter(), file + " " + code);
        }
    }
}
