package io.govshare.identifiers;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * 公民身份号码 (GB 11643-1999), 18 characters: address code (GB/T 2260, 6 digits), birth date (8 digits),
 * sequence (3 digits, odd for men) and a check character computed with ISO 7064 MOD 11-2.
 */
public final class ResidentIds {

    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String CHECK_CHARACTERS = "10X98765432";
    /**
     * Birth dates are Chinese calendar days: "not in the future" is judged in China's time, UTC+8 (no daylight
     * saving since 1991; a fixed offset also spares a time-zone rules look-up per call).
     */
    private static final ZoneOffset CHINA = ZoneOffset.ofHours(8);

    private ResidentIds() {
    }

    /**
     * The check character for 17 digits.
     *
     * @throws IllegalArgumentException if the prefix is not exactly 17 ASCII digits
     */
    public static char checkCharacterFor(CharSequence first17) {
        if (first17 == null || first17.length() != 17) {
            throw new IllegalArgumentException("need the first 17 digits of a 公民身份号码");
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            char c = first17.charAt(i);
            if (c < '0' || c > '9') {
                throw new IllegalArgumentException("character " + (i + 1) + " '" + c + "' is not a digit");
            }
            sum += (c - '0') * WEIGHTS[i];
        }
        return CHECK_CHARACTERS.charAt(sum % 11);
    }

    /** Whether the text has the 18-character shape (17 digits, then a digit or X); says nothing else. */
    public static boolean isWellFormed(CharSequence text) {
        if (text == null || text.length() != 18) {
            return false;
        }
        for (int i = 0; i < 17; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        char last = text.charAt(17);
        return (last >= '0' && last <= '9') || last == 'X' || last == 'x';
    }

    /** Well formed, a real calendar birth date not in the future, and the right check character. */
    public static boolean isValid(CharSequence text) {
        if (!isWellFormed(text)) {
            return false;
        }
        String id = text.toString();
        if (birthDate(id) == null) {
            return false;
        }
        return checkCharacterFor(id.substring(0, 17)) == Character.toUpperCase(id.charAt(17));
    }

    /** The birth date in digits 7–14, or null if they are not a date between 1800 and today. */
    public static LocalDate birthDate(String id) {
        if (!isWellFormed(id)) {
            return null;
        }
        int year = digits(id, 6, 10);
        int month = digits(id, 10, 12);
        int day = digits(id, 12, 14);
        // checked before LocalDate.of so that the common invalid cases cost no exception
        if (year < 1800 || month < 1 || month > 12 || day < 1 || day > 31) {
            return null;
        }
        try {
            LocalDate date = LocalDate.of(year, month, day);
            return date.isAfter(LocalDate.now(CHINA)) ? null : date;
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** The number written by the ASCII digits in [from, to) of a well-formed id. */
    private static int digits(String id, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            n = n * 10 + (id.charAt(i) - '0');
        }
        return n;
    }

    /** The GB/T 2260 address code in the first six digits. */
    public static String regionCode(String id) {
        if (!isWellFormed(id)) {
            throw new IllegalArgumentException("not a well-formed 公民身份号码");
        }
        return id.substring(0, 6);
    }
}
