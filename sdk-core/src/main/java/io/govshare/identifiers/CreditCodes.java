package io.govshare.identifiers;

import io.govshare.catalog.DepartmentCode;

/**
 * 统一社会信用代码 (GB 32100-2015), 18 characters from {@code 0-9A-Z} without I, O, Z, S and V.
 * <p>
 * Some genuinely registered codes fail the check character, so a catalog warns about them; a recogniser or a
 * pseudonymiser asks {@link #isValid} because it must tell a code from other 18-character text.
 */
public final class CreditCodes {

    /** The GB 32100 alphabet; a character's index is its value 0–30. */
    public static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";

    private CreditCodes() {
    }

    /** @see DepartmentCode#checkCharacterFor(String) */
    public static char checkCharacterFor(String first17) {
        return DepartmentCode.checkCharacterFor(first17);
    }

    /** The 18-character shape with the right check character. */
    public static boolean isValid(CharSequence text) {
        if (text == null || text.length() != 18) {
            return false;
        }
        for (int i = 0; i < 18; i++) {
            if (ALPHABET.indexOf(text.charAt(i)) < 0) {
                return false;
            }
        }
        String code = text.toString();
        return checkCharacterFor(code.substring(0, 17)) == code.charAt(17);
    }
}
