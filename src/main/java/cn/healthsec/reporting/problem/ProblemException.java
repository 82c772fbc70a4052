package cn.healthsec.reporting.problem;

import java.util.List;
import java.util.Map;

/**
 * The one exception the service throws to refuse a request. {@code detailKey} names a localized
 * message; nothing from the request is ever put into it.
 */
public class ProblemException extends RuntimeException {

    private final ProblemType type;
    private final String detailKey;
    private final Map<String, Object> arguments;
    private final List<FieldError> errors;

    public ProblemException(ProblemType type, String detailKey, Map<String, Object> arguments, List<FieldError> errors) {
        super(type.slug() + ":" + detailKey, null, false, false);
        this.type = type;
        this.detailKey = detailKey;
        this.arguments = Map.copyOf(arguments);
        this.errors = List.copyOf(errors);
    }

    public static ProblemException validation(List<FieldError> errors) {
        return validation(errors, errors.size());
    }

    /** {@code count} errors were found, of which {@code errors} were kept (a body of 10,000 unknown fields keeps 1,000). */
    public static ProblemException validation(List<FieldError> errors, int count) {
        return new ProblemException(ProblemType.VALIDATION, "validation", Map.of("count", Math.max(count, errors.size())), errors);
    }

    public static ProblemException unprocessable(String detailKey, List<FieldError> errors) {
        return new ProblemException(ProblemType.UNPROCESSABLE, detailKey, Map.of(), errors);
    }

    public static ProblemException notFound() {
        return new ProblemException(ProblemType.NOT_FOUND, "not-found", Map.of(), List.of());
    }

    public static ProblemException forbidden(String detailKey) {
        return new ProblemException(ProblemType.FORBIDDEN, "forbidden." + detailKey, Map.of(), List.of());
    }

    public static ProblemException conflict(String detailKey, List<FieldError> errors) {
        return new ProblemException(ProblemType.CONFLICT, detailKey, Map.of(), errors);
    }

    /** 503 for a reason other than the database: a feature the operator has not configured. */
    public static ProblemException unavailable(String detailKey) {
        return new ProblemException(ProblemType.UNAVAILABLE, detailKey, Map.of(), List.of());
    }

    public static ProblemException preconditionFailed() {
        return new ProblemException(ProblemType.PRECONDITION_FAILED, "precondition-failed", Map.of(), List.of());
    }

    public static ProblemException preconditionRequired() {
        return new ProblemException(ProblemType.PRECONDITION_REQUIRED, "precondition-required", Map.of(), List.of());
    }

    public ProblemType type() {
        return type;
    }

    public String detailKey() {
        return detailKey;
    }

    public Map<String, Object> arguments() {
        return arguments;
    }

    public List<FieldError> errors() {
        return errors;
    }
}
