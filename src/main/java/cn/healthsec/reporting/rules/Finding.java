package cn.healthsec.reporting.rules;

import java.util.Map;

/**
 * Something a rule noticed about an accepted submission. The message is resolved per language from
 * {@code code} and {@code arguments}; arguments never carry values from the submission's free text.
 */
public record Finding(String code, Severity severity, Basis basis, Map<String, Object> arguments) {

    public static Finding of(String code, Severity severity, Basis basis) {
        return new Finding(code, severity, basis, Map.of());
    }

    public static Finding of(String code, Severity severity, Basis basis, Map<String, Object> arguments) {
        return new Finding(code, severity, basis, Map.copyOf(arguments));
    }
}
