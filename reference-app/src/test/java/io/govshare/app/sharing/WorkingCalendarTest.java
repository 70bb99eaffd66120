package io.govshare.app.sharing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Set;

import org.junit.jupiter.api.Test;

class WorkingCalendarTest {

    /** National Day 2026 as an example shape: 10-01..10-07 off, Saturday 10-10 worked (调休). */
    private final WorkingCalendar calendar = new WorkingCalendar(
            WorkingCalendar.parseDays("govshare.sharing.holidays", "2026-10-01..2026-10-07"),
            WorkingCalendar.parseDays("govshare.sharing.working-weekend-days", "2026-10-10"));

    private static Instant beijing(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(WorkingCalendar.ZONE).toInstant();
    }

    @Test
    void aFridayApplicationWithTwoWorkingDaysIsDueAtTheEndOfTuesday() {
        // Friday 2026-11-20 16:00 Beijing: Monday and Tuesday count, the weekend does not
        assertEquals(beijing("2026-11-25T00:00"), calendar.deadline(beijing("2026-11-20T16:00"), 2));
    }

    @Test
    void holidaysAreSkippedAndTheAdjustedSaturdayCounts() {
        // Tuesday 2026-09-29: 09-30 (Wed) is day 1; 10-01..10-07 are holidays; 10-08 (Thu) day 2, 10-09 (Fri)
        // day 3, 10-10 (Saturday, worked) day 4, 10-12 (Mon) day 5
        assertEquals(beijing("2026-10-13T00:00"), calendar.deadline(beijing("2026-09-29T10:00"), 5));
        assertFalse(calendar.isWorkingDay(LocalDate.parse("2026-10-05")));
        assertTrue(calendar.isWorkingDay(LocalDate.parse("2026-10-10")));
        assertFalse(calendar.isWorkingDay(LocalDate.parse("2026-10-11")));
    }

    @Test
    void theDeadlineIsBeijingTimeWhateverTheInstant() {
        // 2026-11-23 23:30 UTC is already Tuesday 07:30 in Beijing: the count starts from Tuesday
        Instant lateMondayUtc = Instant.parse("2026-11-23T23:30:00Z");
        assertEquals(beijing("2026-11-26T00:00"), calendar.deadline(lateMondayUtc, 1));
    }

    @Test
    void workingDaysLeftCountsTheWholeDaysAfterToday() {
        Instant submitted = beijing("2026-11-20T16:00");
        Instant due = calendar.deadline(submitted, 2);
        assertEquals(2, calendar.workingDaysLeft(submitted, due), "right after submission: the limit itself");
        assertEquals(2, calendar.workingDaysLeft(beijing("2026-11-21T09:00"), due)); // Saturday: Mon + Tue left
        assertEquals(1, calendar.workingDaysLeft(beijing("2026-11-23T09:00"), due));
        assertEquals(0, calendar.workingDaysLeft(beijing("2026-11-24T09:00"), due), "due today");
        assertEquals(0, calendar.workingDaysLeft(beijing("2026-11-25T00:00"), due));
    }

    @Test
    void zeroWorkingDaysIsDueAtOnce() {
        Instant now = Instant.parse("2026-11-23T02:00:00Z");
        assertEquals(now, calendar.deadline(now, 0));
    }

    @Test
    void badSettingsNameTheKeyAndTheEntry() {
        IllegalArgumentException notADate = assertThrows(IllegalArgumentException.class,
                () -> WorkingCalendar.parseDays("govshare.sharing.holidays", "2026-10-01, 2026-13-01"));
        assertTrue(notADate.getMessage().contains("govshare.sharing.holidays")
                && notADate.getMessage().contains("2026-13-01"), notADate.getMessage());
        IllegalArgumentException backwards = assertThrows(IllegalArgumentException.class,
                () -> WorkingCalendar.parseDays("govshare.sharing.holidays", "2026-10-07..2026-10-01"));
        assertTrue(backwards.getMessage().contains("forwards"), backwards.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new WorkingCalendar(Set.of(LocalDate.parse("2026-10-10")),
                Set.of(LocalDate.parse("2026-10-10"))));
        assertThrows(IllegalArgumentException.class, () -> calendar.deadline(Instant.now(), -1));
    }
}
