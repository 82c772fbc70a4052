package cn.healthsec.reporting.web;

import cn.healthsec.reporting.problem.FieldError;
import cn.healthsec.reporting.problem.ProblemException;
import cn.healthsec.reporting.problem.Rfc3339;
import cn.healthsec.reporting.problem.TextHygiene;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

/**
 * An opaque page cursor: the two ordering keys of the last row of a page, base64url-encoded so
 * clients do not build their own. Keyset paging only: "rows after this one, in this order". A
 * cursor that does not decode to keys of the expected types was not issued here: 400
 * {@code invalid_cursor} on the parameter {@code after}.
 */
public record Cursor(String first, String second) {

    /** Cursors this service issues are well under this; a longer one was not issued here. */
    static final int MAX_LENGTH = 400;
    static final String PARAMETER = "after";

    public static Cursor of(Object first, Object second) {
        return new Cursor(String.valueOf(first), String.valueOf(second));
    }

    /** The cursor of the {@code after} parameter, or null when there is none. */
    public static Cursor after(String text) {
        return parse(text, PARAMETER);
    }

    public Instant firstInstant() {
        return Rfc3339.instant(first).orElseThrow(Cursor::invalid);
    }

    public long firstLong() {
        return number(first);
    }

    public long secondLong() {
        return number(second);
    }

    public UUID secondUuid() {
        try {
            return UUID.fromString(second);
        } catch (IllegalArgumentException e) {
            throw invalid();
        }
    }

    private static long number(String text) {
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw invalid();
        }
    }

    private static ProblemException invalid() {
        return ProblemException.validation(List.of(FieldError.of(PARAMETER, "invalid_cursor")));
    }

    public static Cursor parse(String text, String field) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            if (text.length() > MAX_LENGTH) {
                throw new IllegalArgumentException();
            }
            String decoded = new String(Base64.getUrlDecoder().decode(text), StandardCharsets.UTF_8);
            if (TextHygiene.isUnsafe(decoded) || decoded.indexOf('\uFFFD') >= 0) {
                throw new IllegalArgumentException();
            }
            int bar = decoded.indexOf('|');
            if (bar < 1 || bar == decoded.length() - 1) {
                throw new IllegalArgumentException();
            }
            return new Cursor(decoded.substring(0, bar), decoded.substring(bar + 1));
        } catch (IllegalArgumentException e) {
            throw ProblemException.validation(List.of(FieldError.of(field, "invalid_cursor")));
        }
    }

    public String encode() {
        return Base64.getUrlEncoder().withoutPadding().encodeToString((first + "|" + second).getBytes(StandardCharsets.UTF_8));
    }
}
