package io.govshare.masking;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;

import io.govshare.catalog.DepartmentCode;
import io.govshare.identifiers.CreditCodes;

/**
 * FPE_CREDIT_CODE: a keyed pseudonym with the shape of a 统一社会信用代码 (GB 32100) and a valid check character.
 * Characters 3–8 (the GB/T 2260 code of the registering authority) stay digits; characters 9–17 (the subject
 * identifier) are drawn from the whole alphabet, without the GB 11714 check of the organisation code, which
 * codes with letters there do not follow either. The original never comes out (see {@link ResidentIdPseudonym}).
 */
final class CreditCodePseudonym implements ValueMasker {

    enum Keep { TYPE, PROVINCE, REGION }

    static final Set<Keep> DEFAULT_KEEP = Set.of(Keep.TYPE, Keep.PROVINCE);

    private static final String ALPHABET = CreditCodes.ALPHABET;
    private static final byte[] PURPOSE = "FPE_CREDIT_CODE".getBytes(StandardCharsets.US_ASCII);

    private final KeyedHash hash;
    private final Set<Keep> keep;
    private final int replaceChar;

    CreditCodePseudonym(KeyedHash hash, Set<Keep> keep, int replaceChar) {
        this.hash = hash;
        this.keep = keep;
        this.replaceChar = replaceChar;
    }

    @Override
    public String mask(String value) {
        String code = value.strip().toUpperCase(Locale.ROOT);
        // Some registered codes fail the check character: they are pseudonymised too.
        if (!DepartmentCode.isWellFormed(code)) {
            return PositionalMask.maskAll(value, replaceChar);
        }
        for (int attempt = 0; ; attempt++) {
            String pseudonym = derive(code, hash.digits(PURPOSE, code, attempt));
            if (!pseudonym.equals(code)) {
                return pseudonym;
            }
        }
    }

    private String derive(String code, KeyedDigits digits) {
        StringBuilder out = new StringBuilder(18);
        if (keep.contains(Keep.TYPE)) {
            out.append(code, 0, 2);
        } else {
            appendFromAlphabet(out, digits, 2);
        }
        if (keep.contains(Keep.REGION)) {
            out.append(code, 2, 8);
        } else {
            int kept = keep.contains(Keep.PROVINCE) ? 2 : 0;
            out.append(code, 2, 2 + kept);
            for (int i = kept; i < 6; i++) {
                out.append(digits.digit());
            }
        }
        appendFromAlphabet(out, digits, 9);
        return out.append(CreditCodes.checkCharacterFor(out.toString())).toString();
    }

    private static void appendFromAlphabet(StringBuilder out, KeyedDigits digits, int count) {
        for (int i = 0; i < count; i++) {
            out.append(ALPHABET.charAt(digits.next(ALPHABET.length())));
        }
    }
}
