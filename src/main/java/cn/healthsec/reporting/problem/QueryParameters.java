package cn.healthsec.reporting.problem;

import java.util.List;

/**
 * Query parameters read as strictly as bodies: JAX-RS would answer an unconvertible {@code Integer}
 * with 404 (as if the resource did not exist) and read {@code Boolean} "maybe" as false. They are
 * taken as text and converted here, the error named after the parameter.
 */
public final class QueryParameters {

    private QueryParameters() {
    }

    /** The integer, or null when absent; an error when it is not a decimal integer that fits. */
    public static Integer integer(String text, String name, List<FieldError> errors) {
        if (text == null) {
            return null;
        }
        if (!text.matches("-?\\d{1,10}")) {
            errors.add(FieldError.of(name, "invalid_type", java.util.Map.of("expected", "integer")));
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
    public static Boolean bool(String text, String name, List<FieldError> errors) {
        if (text == null) {
            return null;
        }
        if (!text.equals("true") && !text.equals("false")) {
            errors.add(FieldError.of(name, "invalid_type", java.util.Map.of("expected", "boolean")));
            return null;
        }
        return Boolean.valueOf(text);
    }

    /** Throws the errors collected, if any. */
    public static void check(List<FieldError> errors) {
        if (!errors.isEmpty()) {
            throw ProblemException.validation(errors);
        }
    }
}
