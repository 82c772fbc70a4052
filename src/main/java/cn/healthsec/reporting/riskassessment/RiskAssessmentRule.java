package cn.healthsec.reporting.riskassessment;

import cn.healthsec.reporting.institution.Institution;
import cn.healthsec.reporting.riskassessment.api.RiskAssessmentReportRequest;
import cn.healthsec.reporting.rules.Outcome;
import cn.healthsec.reporting.rules.Rule;

import java.time.Instant;
import java.time.MonthDay;
import java.util.Optional;

/** A rule over one risk-assessment report. */
public interface RiskAssessmentRule extends Rule {

    void apply(Input input, Outcome.Builder outcome);

    /**
     * The report, when it arrived, the institution as registered, when its previous annual report
     * arrived, and the annual due-date policy: a province's own date (MM-DD of the following year)
     * or else an interval after the previous annual report.
     */
    record Input(RiskAssessmentReportRequest report, Instant receivedAt, Institution institution,
                 Optional<Instant> previousAnnualReceivedAt, Optional<MonthDay> provinceDueDate, int intervalMonths) {
    }
}
