package cn.healthsec.reporting.calendar;

import cn.healthsec.reporting.support.Bundled;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The statutory working-day calendar (State Council holiday notices), as 2022 Measures art. 6(2) counts "10个工作日". */
class WorkingDayCalendarTest {

    private final WorkingDayCalendar calendar = Bundled.CALENDAR;

    @Test
    void shouldLoadEveryBundledYear() {
        for (int year = 2018; year <= 2026; year++) {
            assertTrue(calendar.knows(year), "bundled year " + year);
        }
        assertFalse(calendar.knows(2027));
    }

    @Test
    void shouldCountTenWorkingDaysAcrossTheSpringFestivalOf2026() {
        // The worked example: 14 Feb and 28 Feb are make-up workdays, 15–23 Feb holidays.
        DueDate due = calendar.workingDaysAfter(LocalDate.of(2026, 2, 13), 10);
        assertEquals(LocalDate.of(2026, 3, 5), due.dueOn());
        assertFalse(due.provisional());
    }

    @Test
    void shouldTreatAMakeUpSaturdayAsAWorkingDay() {
        assertTrue(calendar.isWorkingDay(LocalDate.of(2026, 2, 14)));
        assertEquals(LocalDate.of(2026, 2, 14), calendar.workingDaysAfter(LocalDate.of(2026, 2, 13), 1).dueOn());
    }

    @Test
    void shouldSkipPublicHolidaysOnWeekdays() {
        assertFalse(calendar.isWorkingDay(LocalDate.of(2026, 10, 1)));
        // 30 Sep 2026 (Wed) + 1: 1–7 Oct are holidays, 8 Oct (Thu) is the next working day.
        assertEquals(LocalDate.of(2026, 10, 8), calendar.workingDaysAfter(LocalDate.of(2026, 9, 30), 1).dueOn());
    }

    @Test
    void shouldNotCountTheStartDay() {
        // Monday 2026-03-02 + 1 working day = Tuesday.
        assertEquals(LocalDate.of(2026, 3, 3), calendar.workingDaysAfter(LocalDate.of(2026, 3, 2), 1).dueOn());
    }

    @Test
    void shouldFallBackToWeekdaysAndSayProvisionalForAnUnknownYear() {
        DueDate due = calendar.workingDaysAfter(LocalDate.of(2027, 1, 4), 10);
        assertEquals(LocalDate.of(2027, 1, 18), due.dueOn());
        assertTrue(due.provisional());
    }

    @Test
    void shouldBeProvisionalWhenTheCountCrossesIntoAnUnknownYear() {
        DueDate due = calendar.workingDaysAfter(LocalDate.of(2026, 12, 28), 10);
        assertTrue(due.provisional());
        DueDate inside = calendar.workingDaysAfter(LocalDate.of(2026, 12, 1), 10);
        assertFalse(inside.provisional());
    }

    @Test
    void shouldRefuseAYearWithADayBothHolidayAndWorkday() {
        LocalDate d = LocalDate.of(2030, 1, 1);
        assertThrows(IllegalArgumentException.class, () -> new CalendarYear(2030, Map.of(d, "元旦"), Map.of(d, "元旦")));
        assertThrows(IllegalArgumentException.class, () -> new CalendarYear(2030, Map.of(LocalDate.of(2031, 1, 1), "元旦"), Map.of()));
    }

    @Test
    void shouldUseALoadedYearInsteadOfTheWeekdayFallback() {
        WorkingDayCalendar withYear = new WorkingDayCalendar(List.of(new CalendarYear(2027,
                Map.of(LocalDate.of(2027, 1, 5), "test holiday"), Map.of(LocalDate.of(2027, 1, 9), "test make-up"))));
        DueDate due = withYear.workingDaysAfter(LocalDate.of(2027, 1, 4), 4);
        // 5 Jan holiday, 6, 7, 8 working, 9 (Sat) make-up → 4th working day is 9 Jan.
        assertEquals(LocalDate.of(2027, 1, 9), due.dueOn());
        assertFalse(due.provisional());
    }
}
