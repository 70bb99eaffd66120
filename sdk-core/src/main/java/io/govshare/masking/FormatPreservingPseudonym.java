package io.govshare.masking;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * The FPE techniques: keyed pseudonyms in an identifier's own format. Not reversible: "format preserving" here
 * means the output passes the same checks as a real identifier, so systems that validate the field still accept
 * it. The parts not kept are drawn from HMAC-SM3 of the identifier (stripped, upper case) under the release key,
 * so the pseudonym is stable per key. Should a pseudonym equal its original (possible when most parts are kept),
 * the next attempt is drawn, so the original never comes out. A value the format does not accept is masked
 * entirely.
 */
final class FormatPreservingPseudonym implements ValueMasker {

    /** One identifier's format. */
    interface Format {

        /** Whether the normalised value is an identifier to pseudonymise. */
        boolean accepts(String normalised);

        /** A pseudonym in the same format with a valid check character, drawn from the digits. */
        String derive(String normalised, KeyedDigits digits);
    }

    private final KeyedHash hash;
    private final byte[] purpose;
    private final Format format;
    private final int replaceChar;

    FormatPreservingPseudonym(KeyedHash hash, MaskingTechnique technique, Format format, int replaceChar) {
        this.hash = hash;
        this.purpose = technique.name().getBytes(StandardCharsets.US_ASCII);
        this.format = format;
        this.replaceChar = replaceChar;
    }

    @Override
    public String mask(String value) {
        String stripped = value.strip();
        // identifiers are upper case but for a few letters: most values need no copy
        String normalised = hasLowerCase(stripped) ? stripped.toUpperCase(Locale.ROOT) : stripped;
        if (!format.accepts(normalised)) {
            return PositionalMask.maskAll(value, replaceChar);
        }
        for (int attempt = 0; ; attempt++) {
            String pseudonym = format.derive(normalised, hash.digits(purpose, normalised, attempt));
            if (!pseudonym.equals(normalised)) {
                return pseudonym;
            }
        }
    }

    private static boolean hasLowerCase(String value) {
        for (int i = 0; i < value.length(); i++) {
            if (Character.isLowerCase(value.charAt(i))) {
                return true;
            }
        }
        return false;
    }
}
