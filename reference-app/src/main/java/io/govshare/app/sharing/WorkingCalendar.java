package io.govshare.app.sharing;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Set;
import java.util.TreeSet;

/**
 * Working days as China's offices count them: Monday to Friday, minus the public holidays, plus the weekend days
 * the State Council makes working days around a holiday (调休). Both lists change every year, so they are
 * configuration, not code. Time limits of the sharing workflow (2, 5 or 10 working days) are counted here.
 */
public final class WorkingCalendar {

    /** Where the time limits run: the deadline of a Friday-afternoon application is a Beijing-time weekday. */
    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private final Set<LocalDate> holidays;
    private final Set<LocalDate> workingWeekendDays;

    public WorkingCalendar(Set<LocalDate> holidays, Set<LocalDate> workingWeekendDays) {
        this.holidays = Set.copyOf(holidays);
        this.workingWeekendDays = Set.copyOf(workingWeekendDays);
        for (LocalDate day : workingWeekendDays) {
            if (holidays.contains(day)) {
                throw new IllegalArgumentException("working weekend day " + day + " is also listed as a holiday");
            }
        }
    }

    /**
     * Parses a comma-separated list of ISO dates and ranges ({@code 2026-10-01..2026-10-07}); blank gives none.
     *
     * @param setting the configuration key, named in the error
     * @throws IllegalArgumentException naming the key and the entry that is not a date or a range
     */
    public static Set<LocalDate> parseDays(String setting, String value) {
        Set<LocalDate> days = new TreeSet<>();
        if (value == null || value.isBlank()) {
            return days;
        }
        for (String part : value.split(",")) {
            String entry = part.trim();
            if (entry.isEmpty()) {
                continue;
            }
            try {
                int range = entry.indexOf("..");
                LocalDate from = LocalDate.parse(range < 0 ? entry : entry.substring(0, range).trim());
                LocalDate to = range < 0 ? from : LocalDate.parse(entry.substring(range + 2).trim());
                if (to.isBefore(from) || from.plusDays(366).isBefore(to)) {
                    throw new IllegalArgumentException(setting + ": range '" + entry
                            + "' must run forwards and span at most a year");
                }
                for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
                    days.add(day);
                }
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException(setting + ": '" + entry + "' is not a date (yyyy-MM-dd) or a range"
                        + " (yyyy-MM-dd..yyyy-MM-dd)", e);
            }
        }
        return days;
    }

    public boolean isWorkingDay(LocalDate day) {
        if (holidays.contains(day)) {
            return false;
        }
        if (workingWeekendDays.contains(day)) {
            return true;
        }
        DayOfWeek weekday = day.getDayOfWeek();
        return weekday != DayOfWeek.SATURDAY && weekday != DayOfWeek.SUNDAY;
    }

    /**
     * The deadline {@code workingDays} after {@code start}: the end (24:00 Beijing time) of the n-th working day
     * after the start's day — the day of submission does not count, as in the rules' "within n working days".
     * Zero gives the start itself (a limit of zero is overdue at once; useful in tests, not in production).
     */
    public Instant deadline(Instant start, int workingDays) {
        if (workingDays < 0) {
            throw new IllegalArgumentException("working days must be 0 or more, got " + workingDays);
        }
        if (workingDays == 0) {
            return start;
        }
        LocalDate day = start.atZone(ZONE).toLocalDate();
        int counted = 0;
        while (counted < workingDays) {
            day = day.plusDays(1);
            if (isWorkingDay(day)) {
                counted++;
            }
        }
        return day.plusDays(1).atStartOfDay(ZONE).toInstant();
    }

    /**
     * Whole working days left after today up to the deadline's last day: right after submission this is the limit
     * itself, and 0 means "due today". Past the deadline it is 0 too; the view's {@code overdue} tells the two apart.
     */
    public int workingDaysLeft(Instant now, Instant deadline) {
        if (!now.isBefore(deadline)) {
            return 0;
        }
        LocalDate last = deadline.atZone(ZONE).minusNanos(1).toLocalDate();
        int left = 0;
        for (LocalDate day = now.atZone(ZONE).toLocalDate().plusDays(1); !day.isAfter(last); day = day.plusDays(1)) {
            if (isWorkingDay(day)) {
                left++;
            }
        }
        return left;
    }
}
