package cn.healthsec.reporting.dataexport;

import cn.healthsec.reporting.config.Policy;
import cn.healthsec.reporting.dataexport.api.CrossBorderApplicationRequest;
import cn.healthsec.reporting.institution.InstitutionService;
import cn.healthsec.reporting.routing.Deliveries;
import cn.healthsec.reporting.routing.RoutingFacts;
import cn.healthsec.reporting.rules.Outcome;
import cn.healthsec.reporting.rules.SubmissionType;
import cn.healthsec.reporting.submission.Accepted;
import cn.healthsec.reporting.submission.EventOnRecord;
import cn.healthsec.reporting.submission.NewSubmission;
import cn.healthsec.reporting.submission.Received;
import cn.healthsec.reporting.submission.RecordedEvents;
import cn.healthsec.reporting.submission.ReportForm;
import cn.healthsec.reporting.submission.ReportRow;
import cn.healthsec.reporting.submission.ApplicationType;
import cn.healthsec.reporting.submission.SubmissionService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.util.List;
import java.util.Set;

/**
 * Cross-border applications (2026 Data Measures art. 22(4)): checked against {@link CrossBorderRules},
 * routed to the supervising (local) commission, which decides. An approval of an export that takes
 * the security assessment is handed to the provincial cybersecurity administration's inbox, which
 * applies for it; the standing decision is kept on the application's row for the rules that accept
 * an approved application (the catalogue's, the external provision's).
 */
@ApplicationScoped
public class CrossBorderApplicationService extends ApplicationType<CrossBorderApplicationRequest, CrossBorderApplicationEntity>
        implements RecordedEvents {

    @Inject
    SubmissionService submissions;

    @Inject
    Policy policy;

    @Inject
    Deliveries deliveries;

    @Inject
    InstitutionService institutions;

    CrossBorderApplicationService() {
        super(new ReportForm<>("fileCrossBorderApplication", SubmissionType.CROSS_BORDER_APPLICATION, CrossBorderApplicationRequest.class,
                DataExportChecks::check, DataExportChecks.SCANNER, CrossBorderApplicationRequest::institution), CrossBorderApplicationEntity.class);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public Accepted file(Received<CrossBorderApplicationRequest> r) {
        CrossBorderApplicationRequest application = r.report();
        CrossBorderRules.Input input = new CrossBorderRules.Input(application, r.at(), r.institution().criticalInformationInfrastructure(),
                ExportAssessment.Thresholds.of(policy));
        Outcome outcome = CrossBorderRules.evaluate(input);
        Accepted accepted = submissions.accept(new NewSubmission(r, type(), outcome, Set.of()));
        CrossBorderApplicationEntity row = ReportRow.of(CrossBorderApplicationEntity::new, accepted, r);
        row.reference = accepted.reference();
        row.plannedStartOn = application.plannedStartOn();
        row.assessmentRequired = input.assessmentRequired();
        row.persist();
        return accepted;
    }

    /** An approval of an export that takes the security assessment goes to the provincial CAC, which applies for it. */
    @Override
    protected void approved(CrossBorderApplicationEntity row) {
        if (row.assessmentRequired) {
            deliveries.approved(new Deliveries.Approval(row.submissionId, type(), row.reference, row.receivedAt,
                    institutions.find(row.institutionUscc).orElseThrow(), Set.of(RoutingFacts.EXPORT_ASSESSMENT)));
        }
    }

    /** The planned start of each export applied for, oldest application first. */
    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<EventOnRecord> events(String uscc) {
        return CrossBorderApplicationEntity.<CrossBorderApplicationEntity>list("institutionUscc = ?1 order by receivedAt, submissionId", uscc)
                .stream().map(a -> new EventOnRecord(EventOnRecord.Kind.EXPORT_PLANNED, a.reference, a.plannedStartOn, a.submissionId, a.receivedAt))
                .toList();
    }
}
