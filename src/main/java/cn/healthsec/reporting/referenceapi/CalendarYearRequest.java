package cn.healthsec.reporting.referenceapi;

import cn.healthsec.reporting.calendar.CalendarYear;
import cn.healthsec.reporting.problem.FieldError;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * One year of the State Council's holiday notice as an admin loads it: date to festival name for
 * the holidays and the make-up workdays, and the notice it comes from. Read like every other body
 * (strict types, every error at once): a name must be text, a source is refused, not cut, beyond
 * 500 characters.
 */
public record CalendarYearRequest(
        @Size(max = 500) String source,
        @NotNull @Size(max = 366) Map<String, @NotBlank @Size(max = 50) String> holidays,
        @NotNull @Size(max = 366) Map<String, @NotBlank @Size(max = 50) String> makeUpWorkdays) {

    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    /** Keys are RFC 3339 dates of {@code year}; no day is both a holiday and a make-up workday. */
    List<FieldError> check(int year) {
        List<FieldError> errors = new ArrayList<>();
        dates(year, holidays, "/holidays", errors);
        dates(year, makeUpWorkdays, "/makeUpWorkdays", errors);
        if (holidays != null && makeUpWorkdays != null) {
            for (String day : holidays.keySet()) {
                if (makeUpWorkdays.containsKey(day)) {
                    errors.add(FieldError.of("/makeUpWorkdays/" + day, "holiday_and_workday"));
                }
            }
        }
        return errors;
    }

    CalendarYear toYear(int year) {
        return new CalendarYear(year, parse(holidays), parse(makeUpWorkdays));
    }

    private static void dates(int year, Map<String, String> days, String field, List<FieldError> errors) {
        if (days == null) {
            return;
        }
        for (String day : days.keySet()) {
            LocalDate date = date(day);
            if (date == null) {
                errors.add(FieldError.of(field + "/" + day, "invalid_date"));
            } else if (date.getYear() != year) {
                errors.add(FieldError.of(field + "/" + day, "outside_year", Map.of("year", year)));
            }
        }
    }

    private static LocalDate date(String text) {
        if (!DATE.matcher(text).matches()) {
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static Map<LocalDate, String> parse(Map<String, String> days) {
        Map<LocalDate, String> out = new LinkedHashMap<>();
        days.forEach((day, name) -> out.put(LocalDate.parse(day), name));
        return out;
    }
}
