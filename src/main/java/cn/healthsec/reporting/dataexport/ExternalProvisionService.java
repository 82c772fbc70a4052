package cn.healthsec.reporting.dataexport;

import cn.healthsec.reporting.config.Policy;
import cn.healthsec.reporting.dataexport.api.ExternalProvisionReportRequest;
import cn.healthsec.reporting.reference.ReferenceData;
import cn.healthsec.reporting.rules.Outcome;
import cn.healthsec.reporting.rules.SubmissionType;
import cn.healthsec.reporting.submission.Accepted;
import cn.healthsec.reporting.submission.EventOnRecord;
import cn.healthsec.reporting.submission.NewSubmission;
import cn.healthsec.reporting.submission.Received;
import cn.healthsec.reporting.submission.RecordedEvents;
import cn.healthsec.reporting.submission.ReportForm;
import cn.healthsec.reporting.submission.ReportRow;
import cn.healthsec.reporting.submission.ReportType;
import cn.healthsec.reporting.submission.SubmissionService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.util.List;
import java.util.Set;

/** External provision reports: checked against {@link ExternalProvisionRules}, routed to the supervising commission, the start on the record. */
@ApplicationScoped
public class ExternalProvisionService extends ReportType<ExternalProvisionReportRequest> implements RecordedEvents {

    @Inject
    SubmissionService submissions;

    @Inject
    ReferenceData referenceData;

    @Inject
    Policy policy;

    @Inject
    CrossBorderApplications applications;

    ExternalProvisionService() {
        super(new ReportForm<>("fileExternalProvisionReport", SubmissionType.EXTERNAL_PROVISION_REPORT, ExternalProvisionReportRequest.class,
                DataExportChecks::check, DataExportChecks.SCANNER, ExternalProvisionReportRequest::institution), ExternalProvisionEntity.class);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public Accepted file(Received<ExternalProvisionReportRequest> r) {
        ExternalProvisionReportRequest report = r.report();
        Set<String> approved = report.recipient().abroad() ? applications.approved(r.institution().uscc()) : Set.of();
        Outcome outcome = ExternalProvisionRules.evaluate(new ExternalProvisionRules.Input(report, r.at(), referenceData.calendar(),
                policy.externalProvisionReportWorkingDays(), r.institution().criticalInformationInfrastructure(), ExportAssessment.Thresholds.of(policy), approved));
        Accepted accepted = submissions.accept(new NewSubmission(r, type(), outcome, Set.of()));
        ExternalProvisionEntity row = ReportRow.of(ExternalProvisionEntity::new, accepted, r);
        row.reference = accepted.reference();
        row.startsOn = report.startsOn();
        row.recipientCountry = report.recipient().country();
        row.persist();
        return accepted;
    }

    /** The start of each reported provision, oldest report first. */
    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<EventOnRecord> events(String uscc) {
        return ExternalProvisionEntity.<ExternalProvisionEntity>list("institutionUscc = ?1 order by receivedAt, submissionId", uscc).stream()
                .map(p -> new EventOnRecord(EventOnRecord.Kind.EXTERNAL_PROVISION_STARTED, p.reference, p.startsOn, p.submissionId, p.receivedAt))
                .toList();
    }
}
