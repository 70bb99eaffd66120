package io.govshare.masking;

import static io.govshare.masking.MaskingTechnique.FPE_CREDIT_CODE;
import static io.govshare.masking.MaskingTechnique.FPE_RESIDENT_ID;
import static io.govshare.masking.MaskingTechnique.HMAC_SM3;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.govshare.identifiers.CreditCodes;
import io.govshare.identifiers.ResidentIds;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class KeyedPseudonymsTest {

    private static final ReleaseKey KEY = PositionalTechniquesTest.KEY;
    private static final ReleaseKey OTHER_KEY =
            ReleaseKey.of("another-release-key-2026".getBytes(StandardCharsets.UTF_8));

    /**
     * Computed independently with OpenSSL 3:
     * {@code echo -n VALUE | openssl dgst -sm3 -hmac "govshare-test-key-16+"}.
     */
    private static final Map<String, String> OPENSSL_HMAC_SM3 = Map.of(
            "11010519491231002X", "60b7c182079815cd2363d63041a9fa8bf4c2b2e49c1dd1c28180a8e9beae1d87",
            "段正淳", "fa37b2f254cc6b90baa787cbbff5f42e25561e20219f00f4e9c2ca3814d0bf7d");

    private static final List<String> IDS = new Generated(11).many(new Generated(11)::residentId);
    private static final List<String> CODES = new Generated(12).many(new Generated(12)::creditCode);

    private static ValueMasker masker(MaskingTechnique technique, Map<String, String> parameters, ReleaseKey key) {
        return MaskingRule.of(technique, parameters).compile(key);
    }

    @Test
    void hmacSm3MatchesOpenSsl() {
        ValueMasker hmac = masker(HMAC_SM3, Map.of(), KEY);
        OPENSSL_HMAC_SM3.forEach((value, expected) -> assertEquals(expected, hmac.mask(value), value));
    }

    @Test
    void hmacSm3CutsToTheLengthAsked() {
        assertEquals("60b7c182079815cd", masker(HMAC_SM3, Map.of("length", "16"), KEY).mask("11010519491231002X"));
    }

    @Test
    void hmacSm3IsStablePerKeyAndDiffersAcrossKeys() {
        assertStableAndKeyed(HMAC_SM3, IDS);
    }

    @Test
    void residentIdPseudonymsAreValidStableAndKeyed() {
        ValueMasker fpe = masker(FPE_RESIDENT_ID, Map.of(), KEY);
        for (String id : IDS) {
            String pseudonym = fpe.mask(id);
            assertTrue(ResidentIds.isValid(pseudonym), id + " → " + pseudonym);
            assertEquals(id.substring(0, 2), pseudonym.substring(0, 2), "the province is kept by default");
            assertNotEquals(id, pseudonym);
        }
        assertStableAndKeyed(FPE_RESIDENT_ID, IDS);
    }

    @Test
    void residentIdPseudonymsKeepWhatTheRuleSays() {
        ValueMasker regionAndYear = masker(FPE_RESIDENT_ID, Map.of("keep", "region, birthYear, sex"), KEY);
        ValueMasker birthDate = masker(FPE_RESIDENT_ID, Map.of("keep", "birthDate"), KEY);
        ValueMasker nothing = masker(FPE_RESIDENT_ID, Map.of("keep", "none"), KEY);
        Set<String> provinces = new HashSet<>();
        for (String id : IDS) {
            String kept = regionAndYear.mask(id);
            assertTrue(ResidentIds.isValid(kept), kept);
            assertEquals(id.substring(0, 6), kept.substring(0, 6));
            assertEquals(id.substring(6, 10), kept.substring(6, 10));
            assertEquals((id.charAt(16) - '0') % 2, (kept.charAt(16) - '0') % 2, "sex");
            assertEquals(id.substring(6, 14), birthDate.mask(id).substring(6, 14));
            String none = nothing.mask(id);
            assertTrue(ResidentIds.isValid(none), none);
            provinces.add(none.substring(0, 2));
        }
        assertTrue(provinces.size() > 30, "the province is drawn from all 34: " + provinces);
    }

    @Test
    void residentIdPseudonymNeverReturnsTheOriginalEvenWhenAlmostEverythingIsKept() {
        ValueMasker almostAll = masker(FPE_RESIDENT_ID, Map.of("keep", "region,birthDate,sex"), KEY);
        for (String id : IDS) {
            String pseudonym = almostAll.mask(id);
            assertNotEquals(id, pseudonym);
            assertEquals(id.substring(0, 14), pseudonym.substring(0, 14));
            assertTrue(ResidentIds.isValid(pseudonym));
        }
    }

    @Test
    void keepsABirthYearOfThisYearInThePast() {
        LocalDate today = LocalDate.now();
        String first17 = "110105" + today.toString().replace("-", "") + "123";
        String id = first17 + ResidentIds.checkCharacterFor(first17);
        ValueMasker keepYear = masker(FPE_RESIDENT_ID, Map.of("keep", "birthYear"), KEY);
        String pseudonym = keepYear.mask(id);
        assertTrue(ResidentIds.isValid(pseudonym), pseudonym);
        assertEquals(id.substring(6, 10), pseudonym.substring(6, 10));
    }

    @Test
    void treatsALowercaseXAsTheSameResidentId() {
        ValueMasker fpe = masker(FPE_RESIDENT_ID, Map.of(), KEY);
        assertEquals(fpe.mask("11010519491231002X"), fpe.mask(" 11010519491231002x "));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "110105194912310021",  // wrong check character: perhaps a typo in a real number
            "11010519491331002X",  // month 13
            "110105491231002",     // first-generation 15 digits
            "11010519491231002Y",
            "not an id"})
    void masksInvalidResidentIdsEntirely(String invalid) {
        String masked = masker(FPE_RESIDENT_ID, Map.of(), KEY).mask(invalid);
        assertEquals("*".repeat(invalid.codePointCount(0, invalid.length())), masked);
    }

    @Test
    void creditCodePseudonymsAreValidStableAndKeyed() {
        ValueMasker fpe = masker(FPE_CREDIT_CODE, Map.of(), KEY);
        for (String code : CODES) {
            String pseudonym = fpe.mask(code);
            assertTrue(CreditCodes.isValid(pseudonym), code + " → " + pseudonym);
            assertEquals(code.substring(0, 4), pseudonym.substring(0, 4), "type and province are kept by default");
            assertTrue(pseudonym.substring(4, 8).chars().allMatch(Character::isDigit), "the region stays digits");
        }
        assertStableAndKeyed(FPE_CREDIT_CODE, CODES);
    }

    @Test
    void creditCodePseudonymsKeepWhatTheRuleSays() {
        ValueMasker region = masker(FPE_CREDIT_CODE, Map.of("keep", "type,region"), KEY);
        ValueMasker none = masker(FPE_CREDIT_CODE, Map.of("keep", "none"), KEY);
        for (String code : CODES) {
            assertEquals(code.substring(0, 8), region.mask(code).substring(0, 8));
            assertTrue(CreditCodes.isValid(region.mask(code)));
            assertTrue(CreditCodes.isValid(none.mask(code)));
        }
    }

    @Test
    void pseudonymisesACreditCodeWithAWrongCheckCharacterButMasksOtherText() {
        ValueMasker fpe = masker(FPE_CREDIT_CODE, Map.of(), KEY);
        assertFalse(CreditCodes.isValid("91350100M000100Y44"), "the check character should be 3");
        String pseudonym = fpe.mask("91350100M000100Y44");
        assertTrue(CreditCodes.isValid(pseudonym), pseudonym);
        assertEquals("******************", fpe.mask("91350100M000100Y4Z"), "Z is not in the GB 32100 alphabet");
        assertEquals("*****", fpe.mask("91350"));
    }

    @Test
    void keyedTechniquesLeaveNullAndEmptyAlone() {
        for (MaskingTechnique technique : List.of(HMAC_SM3, FPE_RESIDENT_ID, FPE_CREDIT_CODE)) {
            ValueMasker masker = masker(technique, Map.of(), KEY);
            assertNull(masker.mask(null));
            assertEquals("", masker.mask(""));
        }
    }

    @Test
    void aReleaseKeyNeverShowsItsSecret() {
        assertFalse(KEY.toString().contains("govshare"), KEY.toString());
        assertEquals(32, ReleaseKey.generate().bytes().length);
        IllegalArgumentException tooShort =
                assertThrows(IllegalArgumentException.class, () -> ReleaseKey.of(new byte[15]));
        assertEquals("a release key needs at least 16 bytes, got 15", tooShort.getMessage());
    }

    /** Same output for the same key (even another compilation), and almost no value keeps it under another key. */
    private static void assertStableAndKeyed(MaskingTechnique technique, List<String> values) {
        ValueMasker masker = masker(technique, Map.of(), KEY);
        ValueMasker sameKey = masker(technique, Map.of(), KEY);
        ValueMasker otherKey = masker(technique, Map.of(), OTHER_KEY);
        Set<String> distinct = new HashSet<>(values);
        Set<String> pseudonyms = new HashSet<>();
        int unchangedAcrossKeys = 0;
        for (String value : distinct) {
            String pseudonym = masker.mask(value);
            assertEquals(pseudonym, masker.mask(value), "stable on a second call");
            assertEquals(pseudonym, sameKey.mask(value), "stable across compilations with the same key");
            if (pseudonym.equals(otherKey.mask(value))) {
                unchangedAcrossKeys++;
            }
            pseudonyms.add(pseudonym);
        }
        assertEquals(distinct.size(), pseudonyms.size(), "no two values share a pseudonym");
        assertTrue(unchangedAcrossKeys <= distinct.size() / 100,
                unchangedAcrossKeys + " of " + distinct.size() + " values kept their pseudonym under another key");
    }
}
