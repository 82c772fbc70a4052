package cn.healthsec.reporting.incident;

import cn.healthsec.reporting.incident.api.Impact;

import java.math.BigDecimal;
import java.util.function.Function;

/** The quantities of {@link Impact} the grading guide sets thresholds on. */
public enum GradeMetric {
    /** Persons whose personal information was leaked (泄露), not merely encrypted or unavailable. */
    PERSONAL_INFORMATION_LEAKED(i -> big(i.personalInformationSubjectsLeaked())),
    DIRECT_ECONOMIC_LOSS_YUAN(Impact::directEconomicLossYuan),
    CII_WHOLE_OUTAGE_HOURS(Impact::ciiWholeOutageHours),
    CII_MAIN_FUNCTION_OUTAGE_HOURS(Impact::ciiMainFunctionOutageHours),
    PEOPLE_AFFECTED(i -> big(i.peopleAffected()));

    private final Function<Impact, BigDecimal> value;

    GradeMetric(Function<Impact, BigDecimal> value) {
        this.value = value;
    }

    /** The reported value, or null when the report does not give it. */
    public BigDecimal of(Impact impact) {
        return impact == null ? null : value.apply(impact);
    }

    private static BigDecimal big(Long v) {
        return v == null ? null : BigDecimal.valueOf(v);
    }
}
