package io.govshare.masking;

import java.time.LocalDate;
import java.util.Set;

import io.govshare.identifiers.ResidentIds;

/**
 * FPE_RESIDENT_ID: the 公民身份号码 format (GB 11643), for valid numbers only (the 15-digit first generation and
 * numbers with a wrong check character are masked entirely: a near-miss may be someone's number with a typo).
 * <ul>
 * <li>address code: the original's first 2 or 6 digits if kept, else one of the 34 province-level codes; the
 *     remaining digits need not be a real county code;</li>
 * <li>birth date: kept, or a date in the kept year, or a date from 1930-01-01 to 2019-12-31;</li>
 * <li>sequence: random digits, the last one with the original's parity if {@code sex} is kept.</li>
 * </ul>
 */
final class ResidentIdFormat implements FormatPreservingPseudonym.Format {

    enum Keep { PROVINCE, REGION, BIRTH_YEAR, BIRTH_DATE, SEX }

    static final Set<Keep> DEFAULT_KEEP = Set.of(Keep.PROVINCE);

    /** GB/T 2260 province-level codes (省, 自治区, 直辖市, 台湾, 香港, 澳门). */
    private static final String[] PROVINCES = {"11", "12", "13", "14", "15", "21", "22", "23", "31", "32", "33",
            "34", "35", "36", "37", "41", "42", "43", "44", "45", "46", "50", "51", "52", "53", "54", "61", "62", "63",
            "64", "65", "71", "81", "82"};
    private static final LocalDate EARLIEST_BIRTH = LocalDate.of(1930, 1, 1);
    private static final int BIRTH_SPAN_DAYS =
            (int) (LocalDate.of(2020, 1, 1).toEpochDay() - EARLIEST_BIRTH.toEpochDay());

    private final Set<Keep> keep;

    ResidentIdFormat(Set<Keep> keep) {
        // an EnumSet answers contains() with a bit test; this runs several times per value
        this.keep = keep.isEmpty() ? java.util.EnumSet.noneOf(Keep.class) : java.util.EnumSet.copyOf(keep);
    }

    @Override
    public boolean accepts(String normalised) {
        return ResidentIds.isValid(normalised);
    }

    @Override
    public String derive(String id, KeyedDigits digits) {
        StringBuilder out = new StringBuilder(18);
        if (keep.contains(Keep.REGION)) {
            out.append(id, 0, 6);
        } else {
            out.append(keep.contains(Keep.PROVINCE) ? id.substring(0, 2) : PROVINCES[digits.next(PROVINCES.length)]);
            for (int i = 0; i < 4; i++) {
                out.append(digits.digit());
            }
        }
        if (keep.contains(Keep.BIRTH_DATE)) {
            out.append(id, 6, 14);
        } else {
            appendDate(out, birthDate(id, digits));
        }
        out.append(digits.digit()).append(digits.digit());
        if (keep.contains(Keep.SEX)) {
            int parity = (id.charAt(16) - '0') % 2;
            out.append((char) ('0' + digits.next(5) * 2 + parity));
        } else {
            out.append(digits.digit());
        }
        return out.append(ResidentIds.checkCharacterFor(out)).toString();
    }

    private LocalDate birthDate(String id, KeyedDigits digits) {
        if (!keep.contains(Keep.BIRTH_YEAR)) {
            return EARLIEST_BIRTH.plusDays(digits.next(BIRTH_SPAN_DAYS));
        }
        LocalDate original = ResidentIds.birthDate(id);
        LocalDate newYear = original.withDayOfYear(1);
        LocalDate date = newYear.plusDays(digits.next(newYear.lengthOfYear()));
        // Someone born this year: a later day would be in the future and fail validation.
        return date.isAfter(LocalDate.now()) ? newYear.plusDays(digits.next(original.getDayOfYear())) : date;
    }

    private static void appendDate(StringBuilder out, LocalDate date) {
        int month = date.getMonthValue();
        int day = date.getDayOfMonth();
        out.append(date.getYear()).append(month < 10 ? "0" : "").append(month).append(day < 10 ? "0" : "").append(day);
    }
}
