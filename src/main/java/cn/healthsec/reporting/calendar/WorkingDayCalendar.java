package cn.healthsec.reporting.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The Chinese statutory working-day calendar (State Council holiday notices): a day is a working
 * day if it is a make-up workday, or a Monday–Friday that is not a public holiday. Years that are
 * not loaded fall back to Monday–Friday, and every answer that relied on such a year says so.
 * Immutable: replacing a year builds a new calendar.
 */
public final class WorkingDayCalendar {

    private final Map<Integer, CalendarYear> years;

    public WorkingDayCalendar(Collection<CalendarYear> years) {
        TreeMap<Integer, CalendarYear> byYear = new TreeMap<>();
        for (CalendarYear y : years) {
            byYear.put(y.year(), y);
        }
        this.years = Map.copyOf(byYear);
    }

    public boolean knows(int year) {
        return years.containsKey(year);
    }

    public Set<Integer> knownYears() {
        return new java.util.TreeSet<>(years.keySet());
    }

    public boolean isWorkingDay(LocalDate day) {
        CalendarYear year = years.get(day.getYear());
        if (year != null) {
            if (year.makeUpWorkdays().containsKey(day)) {
                return true;
            }
            if (year.holidays().containsKey(day)) {
                return false;
            }
        }
        DayOfWeek dow = day.getDayOfWeek();
        return dow != DayOfWeek.SATURDAY && dow != DayOfWeek.SUNDAY;
    }

    /**
     * The N-th working day after {@code start}, {@code start} itself not counted ("N个工作日内").
     * Provisional when any day examined lies in a year the calendar does not know.
     */
    public DueDate workingDaysAfter(LocalDate start, int workingDays) {
        if (workingDays < 1) {
            throw new IllegalArgumentException("workingDays must be at least 1");
        }
        LocalDate day = start;
        int counted = 0;
        boolean provisional = false;
        while (counted < workingDays) {
            day = day.plusDays(1);
            provisional |= !knows(day.getYear());
            if (isWorkingDay(day)) {
                counted++;
            }
        }
        return new DueDate(day, provisional);
    }
}
