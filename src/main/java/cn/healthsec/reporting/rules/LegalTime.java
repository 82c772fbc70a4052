package cn.healthsec.reporting.rules;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;

/** Legal dates are dates in Asia/Shanghai; a day ends at the next local midnight. */
public final class LegalTime {

    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private LegalTime() {
    }

    /** Now, at the microsecond precision PostgreSQL stores, so what is answered is what is kept. */
    public static Instant now() {
        return Instant.now().truncatedTo(java.time.temporal.ChronoUnit.MICROS);
    }

    public static LocalDate dateOf(Instant instant) {
        return instant.atZone(ZONE).toLocalDate();
    }

    /** The first instant after the legal day {@code date}: a deadline on that day is met strictly before it. */
    public static Instant endOf(LocalDate date) {
        return date.plusDays(1).atStartOfDay(ZONE).toInstant();
    }

    /** An instant as RFC 3339 with the +08:00 offset the receipts show. */
    public static OffsetDateTime local(Instant instant) {
        return instant.atZone(ZONE).toOffsetDateTime();
    }

    /** A timestamptz as the JDBC driver hands it to a native query (Instant, OffsetDateTime or Timestamp), or null. */
    public static Instant fromDriver(Object value) {
        if (value == null || value instanceof Instant) {
            return (Instant) value;
        }
        if (value instanceof OffsetDateTime o) {
            return o.toInstant();
        }
        if (value instanceof java.sql.Timestamp t) {
            return t.toInstant();
        }
        throw new IllegalStateException("unexpected timestamp type " + value.getClass().getName());
    }
}
