package cn.healthsec.reporting.rules;

import java.util.Map;

/**
 * Something a rule noticed about an accepted submission. The message is resolved per language from
 * {@code code} and {@code arguments}; arguments never carry values from the submission's free text.
 * {@code ruleId} names the rule that noticed it ({@link Outcome.Builder} records it while rules run;
 * {@code null} in evaluations stored before it was recorded).
 */
public record Finding(String code, Severity severity, Basis basis, Map<String, Object> arguments, String ruleId) {

    public Finding(String code, Severity severity, Basis basis, Map<String, Object> arguments) {
        this(code, severity, basis, arguments, null);
    }

    public static Finding of(String code, Severity severity, Basis basis) {
        return new Finding(code, severity, basis, Map.of());
    }

    public static Finding of(String code, Severity severity, Basis basis, Map<String, Object> arguments) {
        return new Finding(code, severity, basis, Map.copyOf(arguments));
    }

    Finding byRule(String id) {
        return ruleId != null || id == null ? this : new Finding(code, severity, basis, arguments, id);
    }

    public Citation citation() {
        return basis.citation(ruleId);
    }
}
