package cn.healthsec.reporting.problem;

import java.util.Map;

/**
 * One thing wrong with one field: {@code field} is a JSON pointer into the request body
 * ({@code /network/id}) or the name of a query or path parameter. Arguments fill the message
 * template; they never carry the submitted value.
 */
public record FieldError(String field, String code, Map<String, Object> arguments) {

    public static FieldError of(String field, String code) {
        return new FieldError(field, code, Map.of());
    }

    public static FieldError of(String field, String code, Map<String, Object> arguments) {
        return new FieldError(field, code, Map.copyOf(arguments));
    }
}
