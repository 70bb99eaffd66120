package io.govshare.standards;

import java.util.Locale;

/**
 * One value of a code list.
 *
 * @param code     the value used in the SDK and in JSON, such as {@code UNCONDITIONAL} or {@code 101}
 * @param national the numeric code the national standard gives, or null where it gives none
 * @param zh       the Chinese term of the standard
 * @param en       an English label
 */
public record Code(String code, String national, String zh, String en) {

    /** Chinese for a Chinese locale, English otherwise. */
    public String label(Locale locale) {
        return "zh".equals(locale.getLanguage()) ? zh : en;
    }
}
