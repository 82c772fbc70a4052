package cn.healthsec.reporting.problem;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Dates and instants as the contract writes them ({@code format: date}, {@code format: date-time}):
 * RFC 3339, four-digit years. {@code java.time} alone would also accept {@code +999999999-12-31},
 * which PostgreSQL cannot store: refused here, as a malformed value, not later as a database error.
 */
public final class Rfc3339 {

    /** RFC 3339 full-date. */
    public static final Pattern FULL_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    /** RFC 3339 date-time, with an offset. */
    public static final Pattern DATE_TIME = Pattern.compile("\\d{4}-\\d{2}-\\d{2}[Tt]\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,9})?([Zz]|[+-]\\d{2}:\\d{2})");

    private Rfc3339() {
    }

    /** The instant {@code text} names, if it is an RFC 3339 date-time. */
    public static Optional<Instant> instant(String text) {
        if (text == null || !DATE_TIME.matcher(text).matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(OffsetDateTime.parse(text.toUpperCase(java.util.Locale.ROOT)).toInstant());
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
