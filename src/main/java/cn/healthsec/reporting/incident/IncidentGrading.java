package cn.healthsec.reporting.incident;

import cn.healthsec.reporting.incident.api.Impact;
import cn.healthsec.reporting.incident.api.IncidentGrade;
import cn.healthsec.reporting.rules.Basis;
import cn.healthsec.reporting.rules.Measurement;
import cn.healthsec.reporting.rules.Provenance;
import cn.healthsec.reporting.rules.Source;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The minimum grade the numbers of an incident imply, from the grading guide annexed to the CAC
 * Incident Measures (2025 final; RULEBOOK §D.2). Every threshold keeps its provenance: the ones
 * only commentary gives are configurable policy ({@code healthsec.policy.incident.*}) and their
 * citation says so. Thresholds the guide has but no reliable copy confirms (CII outage hours for
 * 重大 and 较大, the population share) are left out rather than guessed.
 */
public final class IncidentGrading {

    static final Basis GUIDE_OFFICIAL = Basis.of(Source.CAC_INCIDENT_MEASURES, "annex (grading guide) 特别重大", Provenance.OFFICIAL_REPRINT);
    static final Basis GUIDE_PI = Basis.of(Source.CAC_INCIDENT_MEASURES, "annex (grading guide), 泄露…公民个人信息 (persons whose personal information was leaked)", Provenance.QUOTED_BY_SECONDARY);
    static final Basis GUIDE_LOSS_COMMENTARY = Basis.of(Source.CAC_INCIDENT_MEASURES, "annex (grading guide), economic loss", Provenance.COMMENTARY);

    private IncidentGrading() {
    }

    /** The thresholds in force; the two commentary-only money thresholds come from configuration. */
    public static List<GradeThreshold> thresholds(BigDecimal lossMajorYuan, BigDecimal lossLargeYuan) {
        return List.of(
                new GradeThreshold("INCIDENT-GRADE-PI-100M", GradeMetric.PERSONAL_INFORMATION_LEAKED, IncidentGrade.EXTRAORDINARY, new BigDecimal("100000000"), GUIDE_PI),
                new GradeThreshold("INCIDENT-GRADE-PI-10M", GradeMetric.PERSONAL_INFORMATION_LEAKED, IncidentGrade.MAJOR, new BigDecimal("10000000"), GUIDE_PI),
                new GradeThreshold("INCIDENT-GRADE-PI-1M", GradeMetric.PERSONAL_INFORMATION_LEAKED, IncidentGrade.LARGE, new BigDecimal("1000000"), GUIDE_PI),
                new GradeThreshold("INCIDENT-GRADE-LOSS-100M-YUAN", GradeMetric.DIRECT_ECONOMIC_LOSS_YUAN, IncidentGrade.EXTRAORDINARY, new BigDecimal("100000000"), GUIDE_OFFICIAL),
                new GradeThreshold("INCIDENT-GRADE-LOSS-MAJOR", GradeMetric.DIRECT_ECONOMIC_LOSS_YUAN, IncidentGrade.MAJOR, lossMajorYuan, GUIDE_LOSS_COMMENTARY),
                new GradeThreshold("INCIDENT-GRADE-LOSS-LARGE", GradeMetric.DIRECT_ECONOMIC_LOSS_YUAN, IncidentGrade.LARGE, lossLargeYuan, GUIDE_LOSS_COMMENTARY),
                new GradeThreshold("INCIDENT-GRADE-CII-WHOLE-OUTAGE-6H", GradeMetric.CII_WHOLE_OUTAGE_HOURS, IncidentGrade.EXTRAORDINARY, new BigDecimal("6"), GUIDE_OFFICIAL),
                new GradeThreshold("INCIDENT-GRADE-CII-MAIN-FUNCTION-OUTAGE-24H", GradeMetric.CII_MAIN_FUNCTION_OUTAGE_HOURS, IncidentGrade.EXTRAORDINARY, new BigDecimal("24"), GUIDE_OFFICIAL),
                new GradeThreshold("INCIDENT-GRADE-PEOPLE-10M", GradeMetric.PEOPLE_AFFECTED, IncidentGrade.EXTRAORDINARY, new BigDecimal("10000000"), GUIDE_OFFICIAL));
    }

    /**
     * The computed grade, the grade that thresholds of the texts themselves (not configurable policy)
     * imply, and, for every metric the report gives, each threshold it was measured against.
     */
    public record Result(IncidentGrade grade, IncidentGrade textGrade, List<Measurement> measurements) {

        /** A grade computed elsewhere (an incident's grade so far) with this report's measurements. */
        public Result(IncidentGrade grade, List<Measurement> measurements) {
            this(grade, grade, measurements);
        }
    }

    public static Result compute(Impact impact, List<GradeThreshold> thresholds) {
        IncidentGrade grade = IncidentGrade.GENERAL;
        IncidentGrade textGrade = IncidentGrade.GENERAL;
        List<Measurement> measurements = new ArrayList<>();
        for (GradeThreshold t : thresholds) {
            BigDecimal value = t.metric().of(impact);
            if (value == null) {
                continue;
            }
            boolean reached = t.reachedBy(value);
            measurements.add(new Measurement(t.metric() + " >= " + t.grade(), value, t.atLeast(), reached, t.basis(), t.id()));
            if (reached) {
                grade = IncidentGrade.max(grade, t.grade());
                if (!t.basis().provenance().isPolicy()) {
                    textGrade = IncidentGrade.max(textGrade, t.grade());
                }
            }
        }
        return new Result(grade, textGrade, measurements);
    }
}
