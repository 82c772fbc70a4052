package cn.healthsec.reporting.rules;

import java.math.BigDecimal;

/**
 * A quantity a rule computed, the threshold it compared it with (inclusive), the source of that
 * threshold and the id of the rule that set it ({@code null} in evaluations stored before it was recorded).
 */
public record Measurement(String name, BigDecimal value, BigDecimal threshold, boolean thresholdReached, Basis basis,
                          String ruleId) {

    public Measurement(String name, BigDecimal value, BigDecimal threshold, boolean thresholdReached, Basis basis) {
        this(name, value, threshold, thresholdReached, basis, null);
    }

    Measurement byRule(String id) {
        return ruleId != null || id == null ? this : new Measurement(name, value, threshold, thresholdReached, basis, id);
    }

    public Citation citation() {
        return basis.citation(ruleId);
    }
}
