package cn.healthsec.reporting.riskassessment;

import cn.healthsec.reporting.config.Policy;
import cn.healthsec.reporting.institution.Institution;
import cn.healthsec.reporting.reference.ReferenceData;
import cn.healthsec.reporting.riskassessment.api.AssessmentType;
import cn.healthsec.reporting.riskassessment.api.RiskAssessmentReportRequest;
import cn.healthsec.reporting.routing.RoutingFacts;
import cn.healthsec.reporting.rules.Outcome;
import cn.healthsec.reporting.rules.SubmissionType;
import cn.healthsec.reporting.submission.AmendableReport;
import cn.healthsec.reporting.submission.NewSubmission;
import cn.healthsec.reporting.submission.Received;
import cn.healthsec.reporting.submission.ReportIntake;
import cn.healthsec.reporting.submission.SubmissionService;
import cn.healthsec.reporting.submission.SubmissionWithdrawn;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.time.MonthDay;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.Set;

/** Checks a risk-assessment report against the rules and hands it to the shared submission store. */
@ApplicationScoped
public class RiskAssessmentService implements AmendableReport<RiskAssessmentReportRequest> {

    private static final DateTimeFormatter MONTH_DAY = DateTimeFormatter.ofPattern("MM-dd");

    @Inject
    SubmissionService submissions;

    @Inject
    ReferenceData referenceData;

    @Inject
    Policy policy;

    @Transactional(Transactional.TxType.MANDATORY)
    public SubmissionService.Accepted file(Received<RiskAssessmentReportRequest> r) {
        RiskAssessmentReportRequest report = r.report();
        Optional<Instant> previousAnnual = RiskAssessmentEntity.<RiskAssessmentEntity>find(
                        "institutionUscc = ?1 and assessmentType = ?2 order by receivedAt desc", r.institution().uscc(), AssessmentType.ANNUAL)
                .firstResultOptional().map(a -> a.receivedAt);
        Outcome outcome = RiskAssessmentRules.evaluate(new RiskAssessmentRules.Input(report, r.at(), r.institution(),
                previousAnnual, provinceDueDate(r.institution()), policy.annualRiskAssessmentIntervalMonths()));
        Set<String> markers = report.assessmentType() == AssessmentType.CORE_DATA_CROSS_ENTITY
                ? Set.of(RoutingFacts.CORE_DATA_CROSS_ENTITY) : Set.of();
        SubmissionService.Accepted accepted = submissions.accept(new NewSubmission(r, SubmissionType.RISK_ASSESSMENT_REPORT, outcome, markers));
        RiskAssessmentEntity row = new RiskAssessmentEntity();
        row.submissionId = accepted.id();
        row.institutionUscc = r.institution().uscc();
        row.assessmentType = report.assessmentType();
        row.year = report.year();
        row.assessedOn = report.assessedOn();
        row.receivedAt = r.at();
        row.persist();
        return accepted;
    }

    /** The configured date of the annual report of the province the report goes to (its code, or XPCC), if any; the obligation ledger asks it too. */
    public Optional<MonthDay> provinceDueDate(Institution institution) {
        String key = referenceData.authorities().provinceKey(institution.supervisor(), institution.divisionCode());
        return Optional.ofNullable(policy.annualRiskAssessmentDue().get(key)).map(text -> MonthDay.parse(text, MONTH_DAY));
    }

    public SubmissionType type() {
        return SubmissionType.RISK_ASSESSMENT_REPORT;
    }

    public ReportIntake.Form<RiskAssessmentReportRequest> form() {
        return RiskAssessmentResource.FORM;
    }

    /** A superseded or retracted report no longer counts: its rows are marked, in the transaction that withdrew it. */
    void onWithdrawn(@Observes SubmissionWithdrawn w) {
        if (w.type() != SubmissionType.RISK_ASSESSMENT_REPORT) {
            return;
        }
        var em = io.quarkus.hibernate.orm.panache.Panache.getEntityManager();
        em.createNativeQuery("update risk_assessment set withdrawn = true where submission_id = :id").setParameter("id", w.submissionId()).executeUpdate();
    }
}
