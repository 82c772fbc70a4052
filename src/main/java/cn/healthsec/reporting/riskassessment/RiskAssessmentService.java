package cn.healthsec.reporting.riskassessment;

import cn.healthsec.reporting.config.Policy;
import cn.healthsec.reporting.institution.ProvinceDates;
import cn.healthsec.reporting.riskassessment.api.AssessmentType;
import cn.healthsec.reporting.riskassessment.api.RiskAssessmentReportRequest;
import cn.healthsec.reporting.routing.RoutingFacts;
import cn.healthsec.reporting.rules.Outcome;
import cn.healthsec.reporting.rules.SubmissionType;
import cn.healthsec.reporting.submission.Accepted;
import cn.healthsec.reporting.submission.NewSubmission;
import cn.healthsec.reporting.submission.Received;
import cn.healthsec.reporting.submission.ReportForm;
import cn.healthsec.reporting.submission.ReportRow;
import cn.healthsec.reporting.submission.ReportType;
import cn.healthsec.reporting.submission.SubmissionService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;

/** Checks a risk-assessment report against the rules and hands it to the shared submission store. */
@ApplicationScoped
public class RiskAssessmentService extends ReportType<RiskAssessmentReportRequest> {

    @Inject
    SubmissionService submissions;

    @Inject
    ProvinceDates provinceDates;

    @Inject
    Policy policy;

    RiskAssessmentService() {
        super(new ReportForm<>("fileRiskAssessmentReport", SubmissionType.RISK_ASSESSMENT_REPORT, RiskAssessmentReportRequest.class,
                RiskAssessmentChecks::check, RiskAssessmentChecks.SCANNER, RiskAssessmentReportRequest::institution), RiskAssessmentEntity.class);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public Accepted file(Received<RiskAssessmentReportRequest> r) {
        RiskAssessmentReportRequest report = r.report();
        Optional<Instant> previousAnnual = RiskAssessmentEntity.<RiskAssessmentEntity>find(
                        "institutionUscc = ?1 and assessmentType = ?2 order by receivedAt desc", r.institution().uscc(), AssessmentType.ANNUAL)
                .firstResultOptional().map(a -> a.receivedAt);
        Outcome outcome = RiskAssessmentRules.evaluate(new RiskAssessmentRules.Input(report, r.at(), r.institution(),
                previousAnnual, provinceDates.annualRiskAssessment(r.institution()), policy.annualRiskAssessmentIntervalMonths()));
        Set<String> markers = report.assessmentType() == AssessmentType.CORE_DATA_CROSS_ENTITY
                ? Set.of(RoutingFacts.CORE_DATA_CROSS_ENTITY) : Set.of();
        Accepted accepted = submissions.accept(new NewSubmission(r, type(), outcome, markers));
        RiskAssessmentEntity row = ReportRow.of(RiskAssessmentEntity::new, accepted, r);
        row.assessmentType = report.assessmentType();
        row.year = report.year();
        row.assessedOn = report.assessedOn();
        row.persist();
        return accepted;
    }

}
