package io.govshare.masking;

import java.util.Set;

import io.govshare.catalog.DepartmentCode;
import io.govshare.identifiers.CreditCodes;

/**
 * FPE_CREDIT_CODE: the 统一社会信用代码 format (GB 32100). Codes of the right shape are pseudonymised even with a
 * wrong check character, since some registered codes have one. Characters 3–8 (the GB/T 2260 code of the
 * registering authority) stay digits; characters 9–17 (the subject identifier) are drawn from the whole alphabet,
 * without the GB 11714 check of the organisation code, which codes with letters there do not follow either.
 */
final class CreditCodeFormat implements FormatPreservingPseudonym.Format {

    enum Keep { TYPE, PROVINCE, REGION }

    static final Set<Keep> DEFAULT_KEEP = Set.of(Keep.TYPE, Keep.PROVINCE);

    private static final String ALPHABET = CreditCodes.ALPHABET;

    private final Set<Keep> keep;

    CreditCodeFormat(Set<Keep> keep) {
        this.keep = keep;
    }

    @Override
    public boolean accepts(String normalised) {
        return DepartmentCode.isWellFormed(normalised);
    }

    @Override
    public String derive(String code, KeyedDigits digits) {
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
