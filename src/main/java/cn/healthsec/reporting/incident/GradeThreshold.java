package cn.healthsec.reporting.incident;

import cn.healthsec.reporting.incident.api.IncidentGrade;
import cn.healthsec.reporting.rules.Basis;
import cn.healthsec.reporting.rules.Rule;

import java.math.BigDecimal;

/**
 * "Reaching {@code atLeast} of {@code metric} makes an incident at least {@code grade}". Inclusive:
 * the guide's note says "本指南中的'以上'均包括本数".
 */
public record GradeThreshold(String id, GradeMetric metric, IncidentGrade grade, BigDecimal atLeast, Basis basis) implements Rule {

    public String summary() {
        return metric + " >= " + atLeast.toPlainString() + " makes an incident at least " + grade;
    }

    public boolean reachedBy(BigDecimal value) {
        return value != null && value.compareTo(atLeast) >= 0;
    }
}
