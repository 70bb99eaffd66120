package io.govshare.catalog;

import java.util.Objects;

/**
 * 提供方代码: a department's 统一社会信用代码 (GB 32100-2015), 18 characters from {@code 0-9A-Z} without
 * I, O, Z, S and V.
 * <p>
 * The shape is enforced; the check character (C18) is not, because some genuinely registered codes fail it.
 * Callers ask {@link #hasValidCheckCharacter()} and report a warning instead.
 */
public final class DepartmentCode {

    /** The GB 32100 alphabet; a character's index is its value 0–30. */
    static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

    private final String value;

    private DepartmentCode(String value) {
        this.value = value;
    }

    /** @throws IllegalArgumentException naming the rule the text breaks */
    public static DepartmentCode of(String text) {
        Objects.requireNonNull(text, "department code");
        String code = text.strip();
        if (code.length() != 18) {
            throw new IllegalArgumentException(
                    "统一社会信用代码 must have 18 characters, got " + code.length() + " in '" + text + "'");
        }
        for (int i = 0; i < code.length(); i++) {
            if (ALPHABET.indexOf(code.charAt(i)) < 0) {
                throw new IllegalArgumentException("统一社会信用代码 character " + (i + 1) + " '" + code.charAt(i)
                        + "' is not allowed (0-9, A-Z without I, O, Z, S, V)");
            }
        }
        return new DepartmentCode(code);
    }

    /** Whether the text has the 18-character shape; says nothing about the check character. */
    public static boolean isWellFormed(String text) {
        try {
            of(text);
            return true;
        } catch (IllegalArgumentException | NullPointerException e) {
            return false;
        }
    }

    /**
     * The check character for the first 17 characters: C18 = 31 − (Σ value×weight mod 31), where 31 becomes 0.
     *
     * @throws IllegalArgumentException if the prefix is not 17 characters of the alphabet
     */
    public static char checkCharacterFor(String first17) {
        if (first17 == null || first17.length() != 17) {
            throw new IllegalArgumentException("need the first 17 characters of a 统一社会信用代码");
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            int v = ALPHABET.indexOf(first17.charAt(i));
            if (v < 0) {
                throw new IllegalArgumentException("character " + (i + 1) + " '" + first17.charAt(i) + "' is not allowed");
            }
            sum += v * WEIGHTS[i];
        }
        int check = 31 - sum % 31;
        return ALPHABET.charAt(check == 31 ? 0 : check);
    }

    public boolean hasValidCheckCharacter() {
        return checkCharacterFor(value.substring(0, 17)) == value.charAt(17);
    }

    public String value() {
        return value;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DepartmentCode other && value.equals(other.value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    @Override
    public String toString() {
        return value;
    }
}
