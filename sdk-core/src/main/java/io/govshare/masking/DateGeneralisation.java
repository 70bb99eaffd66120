package io.govshare.masking;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

import io.govshare.identifiers.ResidentIds;

/** GENERALISE_DATE and AGE_BAND, and the lenient date reading they share. */
final class DateGeneralisation {

    enum Granularity { MONTH, YEAR }

    private static final int OLDEST_AGE = 150;

    private DateGeneralisation() {
    }

    static ValueMasker toGranularity(Granularity granularity) {
        return value -> {
            LocalDate date = parse(value);
            if (date == null) {
                return null;
            }
            int month = date.getMonthValue();
            return granularity == Granularity.YEAR ? Integer.toString(date.getYear())
                    : date.getYear() + (month < 10 ? "-0" : "-") + month;
        };
    }

    /** Bands of {@code width} years, {@code topAge}+ above; the age is counted on {@code reference}. */
    static ValueMasker ageBand(int width, int topAge, LocalDate reference) {
        // every label made once: a release writes the same few labels millions of times
        String[] labels = new String[topAge + 1];
        for (int age = 0; age < topAge; age++) {
            int lower = age / width * width;
            labels[age] = width == 1 ? Integer.toString(age) : lower + "-" + (lower + width - 1);
        }
        labels[topAge] = topAge + "+";
        return value -> {
            int age = age(value.strip(), reference);
            return age < 0 ? null : labels[Math.min(age, topAge)];
        };
    }

    /** The age in whole years, or −1 if the value is neither an age, a birth date nor a 公民身份号码. */
    private static int age(String value, LocalDate reference) {
        if (!value.isEmpty() && value.length() <= 3 && value.chars().allMatch(c -> c >= '0' && c <= '9')) {
            int age = Integer.parseInt(value);
            return age <= OLDEST_AGE ? age : -1;
        }
        LocalDate born = ResidentIds.isValid(value) ? ResidentIds.birthDate(value) : parse(value);
        if (born == null || born.isAfter(reference)) {
            return -1;
        }
        long age = ChronoUnit.YEARS.between(born, reference);
        return age <= OLDEST_AGE ? (int) age : -1;
    }

    /**
     * Reads 2024-03-15, 2024/3/15, 2024.3.15, 20240315 or 2024年3月15日, optionally followed by {@code T} or a
     * space and a time, which is ignored. Returns null for anything else, including impossible dates.
     */
    static LocalDate parse(String text) {
        String s = text.strip();
        if (s.length() < 8 || !digits(s, 0, 4)) {
            return null;
        }
        int year = number(s, 0, 4);
        int at;
        int month;
        int day;
        char separator = s.charAt(4);
        if (separator >= '0' && separator <= '9') {
            if (!digits(s, 4, 8)) {
                return null;
            }
            month = number(s, 4, 6);
            day = number(s, 6, 8);
            at = 8;
        } else {
            if (separator != '-' && separator != '/' && separator != '.' && separator != '年') {
                return null;
            }
            char second = separator == '年' ? '月' : separator;
            int monthEnd = digitRunEnd(s, 5);
            if (monthEnd == 5 || monthEnd > 7 || monthEnd >= s.length() || s.charAt(monthEnd) != second) {
                return null;
            }
            int dayEnd = digitRunEnd(s, monthEnd + 1);
            if (dayEnd == monthEnd + 1 || dayEnd > monthEnd + 3) {
                return null;
            }
            month = number(s, 5, monthEnd);
            day = number(s, monthEnd + 1, dayEnd);
            at = dayEnd;
            if (separator == '年') {
                if (at >= s.length() || s.charAt(at) != '日') {
                    return null;
                }
                at++;
            }
        }
        if (at < s.length() && s.charAt(at) != 'T' && s.charAt(at) != ' ') {
            return null;
        }
        try {
            return LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static boolean digits(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    private static int digitRunEnd(String s, int from) {
        int i = from;
        while (i < s.length() && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
            i++;
        }
        return i;
    }

    private static int number(String s, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            n = n * 10 + (s.charAt(i) - '0');
        }
        return n;
    }
}
