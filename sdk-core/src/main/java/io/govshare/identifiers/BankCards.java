package io.govshare.identifiers;

/** Bank card numbers (银行卡号): 12–19 digits whose last digit is a Luhn check digit. */
public final class BankCards {

    private BankCards() {
    }

    /** Whether the digits (spaces and hyphens ignored) pass the Luhn check and have a card's length. */
    public static boolean isValid(CharSequence text) {
        if (text == null) {
            return false;
        }
        String digits = text.toString().replace(" ", "").replace("-", "");
        if (digits.length() < 12 || digits.length() > 19 || !digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return false;
        }
        return luhnCheckDigitFor(digits.substring(0, digits.length() - 1)) == digits.charAt(digits.length() - 1);
    }

    /**
     * The Luhn check digit to append to the payload.
     *
     * @throws IllegalArgumentException if the payload is empty or not all digits
     */
    public static char luhnCheckDigitFor(CharSequence payload) {
        if (payload == null || payload.length() == 0) {
            throw new IllegalArgumentException("need the digits before the check digit");
        }
        int sum = 0;
        boolean doubled = true; // the digit next to the check digit is doubled
        for (int i = payload.length() - 1; i >= 0; i--) {
            char c = payload.charAt(i);
            if (c < '0' || c > '9') {
                throw new IllegalArgumentException("character " + (i + 1) + " '" + c + "' is not a digit");
            }
            int d = c - '0';
            if (doubled) {
                d *= 2;
                if (d > 9) {
                    d -= 9;
                }
            }
            sum += d;
            doubled = !doubled;
        }
        return (char) ('0' + (10 - sum % 10) % 10);
    }
}
