package cn.healthsec.reporting.calendar;

import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;

/**
 * One year of the State Council's holiday notice: public holidays and the weekend days that are
 * worked instead (调休上班). Names are the festival each day belongs to.
 */
public record CalendarYear(int year, Map<LocalDate, String> holidays, Map<LocalDate, String> makeUpWorkdays) {

    public CalendarYear {
        holidays = Map.copyOf(Objects.requireNonNull(holidays, "holidays"));
        makeUpWorkdays = Map.copyOf(Objects.requireNonNull(makeUpWorkdays, "makeUpWorkdays"));
        for (LocalDate d : holidays.keySet()) {
            requireInYear(year, d, "holiday");
            if (makeUpWorkdays.containsKey(d)) {
                throw new IllegalArgumentException("a day cannot be both a holiday and a make-up workday");
            }
        }
        for (LocalDate d : makeUpWorkdays.keySet()) {
            requireInYear(year, d, "make-up workday");
        }
    }

    private static void requireInYear(int year, LocalDate date, String what) {
        if (date.getYear() != year) {
            throw new IllegalArgumentException("a " + what + " of " + year + " falls in another year");
        }
    }
}
