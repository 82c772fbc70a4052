package cn.healthsec.reporting.problem;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Query parameters read as strictly as bodies, every error at once: each parameter is taken as
 * text and converted here, its errors named after it, and {@link #check()} refuses the request
 * with all of them. (A JAX-RS {@code ParamConverter} would do one parameter at a time, stop at the
 * first failure, and answer an unconvertible {@code Integer} with 404 as the specification asks;
 * JAX-RS also reads {@code Boolean} "maybe" as false.)
 */
public final class QueryParameters {

    private final List<FieldError> errors = new ArrayList<>();

    public static QueryParameters read() {
        return new QueryParameters();
    }

    /** The integer, or null when absent; an error when it is not a decimal integer that fits. */
    public Integer integer(String name, String text) {
        if (text == null) {
            return null;
        }
        if (!text.matches("-?\\d{1,10}")) {
            errors.add(FieldError.of(name, "invalid_type", Map.of("expected", "integer")));
            return null;
        }
        long value = Long.parseLong(text);
        if (value < Integer.MIN_VALUE || value > Integer.MAX_VALUE) {
            errors.add(FieldError.of(name, "number_out_of_range"));
            return null;
        }
        return (int) value;
    }

    /** {@code true}, {@code false}, or null when absent; anything else is an error. */
    public Boolean bool(String name, String text) {
        if (text == null) {
            return null;
        }
        if (!text.equals("true") && !text.equals("false")) {
            errors.add(FieldError.of(name, "invalid_type", Map.of("expected", "boolean")));
            return null;
        }
        return Boolean.valueOf(text);
    }

    /** One of the enum's names, or null when absent. */
    public <E extends Enum<E>> E oneOf(String name, String text, Class<E> type) {
        if (text == null) {
            return null;
        }
        for (E value : type.getEnumConstants()) {
            if (value.name().equals(text)) {
                return value;
            }
        }
        errors.add(FieldError.of(name, "invalid_value"));
        return null;
    }

    /** An RFC 3339 date-time, or null when absent. */
    public Instant instant(String name, String text) {
        if (text == null) {
            return null;
        }
        Instant value = Rfc3339.instant(text).orElse(null);
        if (value == null) {
            errors.add(FieldError.of(name, "invalid_date"));
        }
        return value;
    }

    /** An RFC 3339 full-date, or null when absent. */
    public LocalDate date(String name, String text) {
        if (text == null) {
            return null;
        }
        try {
            if (Rfc3339.FULL_DATE.matcher(text).matches()) {
                return LocalDate.parse(text);
            }
        } catch (DateTimeParseException e) {
            // listed below
        }
        errors.add(FieldError.of(name, "invalid_date"));
        return null;
    }

    /**
     * A free text parameter (a name, an id someone chose), or null when absent: at most {@code max}
     * characters, with no control character (tab and line breaks included) or unpaired surrogate.
     */
    public String text(String name, String text, int max) {
        if (text == null) {
            return null;
        }
        if (text.isEmpty() || text.length() > max) {
            errors.add(FieldError.of(name, "size", Map.of("min", 1, "max", max)));
            return null;
        }
        if (TextHygiene.isUnsafe(text) || text.chars().anyMatch(c -> c < 0x20)) {
            errors.add(FieldError.of(name, TextHygiene.CODE));
            return null;
        }
        return text;
    }

    /** The page size asked for ({@code limit}), within 1..max; absent means {@code fallback}. */
    public int limit(String text, int fallback, int max) {
        Integer value = integer("limit", text);
        if (value == null) {
            return fallback;
        }
        if (value < 1 || value > max) {
            errors.add(FieldError.of("limit", "out_of_range", Map.of("min", 1, "max", max)));
            return fallback;
        }
        return value;
    }

    /** A parameter that must be given. */
    public QueryParameters require(String name, String text) {
        if (text == null) {
            errors.add(FieldError.of(name, "required"));
        }
        return this;
    }

    /** Adds an error of the caller's own (a range, a relation between parameters). */
    public QueryParameters error(FieldError error) {
        errors.add(error);
        return this;
    }

    /** Refuses the request with every error collected, if any. */
    public void check() {
        if (!errors.isEmpty()) {
            throw ProblemException.validation(errors);
        }
    }
}
