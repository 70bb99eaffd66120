package io.govshare.identifiers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class IdentifiersTest {

    @ParameterizedTest
    @ValueSource(strings = {"11010519491231002X", "440524188001010014", "34052419800101001X", "11010519491231002x"})
    void acceptsResidentIdsFromTheStandardsNotes(String id) {
        assertTrue(ResidentIds.isValid(id), id);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "110105194912310021", // wrong check character
            "11010519491331002X", // month 13
            "11010520991231002X", // born in the future
            "11010519491231002",  // 17 characters
            "1101051949123100XX", // X before the end
            "11010519491231002Y"})
    void rejectsBrokenResidentIds(String id) {
        assertFalse(ResidentIds.isValid(id), id);
    }

    @Test
    void computesTheResidentIdCheckCharacter() {
        assertEquals('X', ResidentIds.checkCharacterFor("11010519491231002"));
        assertEquals('4', ResidentIds.checkCharacterFor("44052418800101001"));
        assertThrows(IllegalArgumentException.class, () -> ResidentIds.checkCharacterFor("4405241880010100A"));
    }

    @Test
    void readsBirthDateAndRegion() {
        assertEquals(LocalDate.of(1949, 12, 31), ResidentIds.birthDate("11010519491231002X"));
        assertEquals("110105", ResidentIds.regionCode("11010519491231002X"));
        assertNull(ResidentIds.birthDate("11010519490230002X"));
    }

    @Test
    void checksCreditCodes() {
        assertTrue(CreditCodes.isValid("91512081MA62K0260E"));
        assertFalse(CreditCodes.isValid("91350100M000100Y4Z"), "check should be 3");
        assertFalse(CreditCodes.isValid("91512081MA62K0260I"), "I is not in the alphabet");
        assertEquals('3', CreditCodes.checkCharacterFor("91350100M000100Y4"));
    }

    @Test
    void checksBankCardsWithLuhn() {
        assertTrue(BankCards.isValid("6222021234567890128"));
        assertTrue(BankCards.isValid("4111 1111 1111 1111"));
        assertFalse(BankCards.isValid("4111111111111112"));
        assertFalse(BankCards.isValid("41111"), "too short for a card");
        assertEquals('8', BankCards.luhnCheckDigitFor("622202123456789012"));
    }
}
