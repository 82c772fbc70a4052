package cn.healthsec.reporting.submission;

import cn.healthsec.reporting.problem.FieldError;
import cn.healthsec.reporting.problem.ProblemException;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The optional {@code Idempotency-Key} header: an HIS that retries after a timeout gets the first
 * receipt back instead of filing twice.
 */
public final class IdempotencyKey {

    public static final String HEADER = "Idempotency-Key";
    private static final Pattern SYNTAX = Pattern.compile("[A-Za-z0-9._:-]{1,100}");

    private IdempotencyKey() {
    }

    public static String check(String key) {
        if (key == null) {
            return null;
        }
        if (!SYNTAX.matcher(key).matches()) {
            throw ProblemException.validation(List.of(FieldError.of(HEADER, "invalid_format")));
        }
        return key;
    }
}
