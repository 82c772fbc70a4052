package cn.healthsec.reporting.hazard;

import cn.healthsec.reporting.config.Policy;
import cn.healthsec.reporting.hazard.api.HazardReportRequest;
import cn.healthsec.reporting.reference.ReferenceData;
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
import cn.healthsec.reporting.submission.ReportType;
import cn.healthsec.reporting.submission.SubmissionService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.util.List;
import java.util.Set;

/**
 * Hazard reports: checked against {@link HazardRules}, routed to the supervising commission and,
 * where important or core data is at stake, to the NHC on the local commission's behalf (2026 art.
 * 24 ¶2); the day each owed hazard was identified is on the record for the ledger.
 */
@ApplicationScoped
public class HazardService extends ReportType<HazardReportRequest> implements RecordedEvents {

    @Inject
    SubmissionService submissions;

    @Inject
    ReferenceData referenceData;

    @Inject
    Policy policy;

    HazardService() {
        super(new ReportForm<>("fileHazardReport", SubmissionType.HAZARD_REPORT, HazardReportRequest.class,
                HazardChecks::check, HazardChecks.SCANNER, HazardReportRequest::institution), HazardReportEntity.class);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public Accepted file(Received<HazardReportRequest> r) {
        HazardReportRequest report = r.report();
        Outcome outcome = HazardRules.evaluate(new HazardRules.Input(report, r.at(), referenceData.calendar(), policy.hazardReportWorkingDays()));
        Set<String> markers = report.importantOrCoreData() ? Set.of(RoutingFacts.IMPORTANT_OR_CORE_DATA_INVOLVED) : Set.of();
        Accepted accepted = submissions.accept(new NewSubmission(r, type(), outcome, markers));
        HazardReportEntity row = ReportRow.of(HazardReportEntity::new, accepted, r);
        row.reference = accepted.reference();
        row.identifiedOn = report.identifiedOn();
        row.importantOrCoreData = report.importantOrCoreData();
        row.riskMarkedlyIncreased = Boolean.TRUE.equals(report.riskMarkedlyIncreased());
        row.persist();
        return accepted;
    }

    /** The hazards a text requires reported (important or core data at stake, or a markedly increased risk), oldest first. */
    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<EventOnRecord> events(String uscc) {
        return HazardReportEntity.<HazardReportEntity>list(
                        "institutionUscc = ?1 and (importantOrCoreData or riskMarkedlyIncreased) order by receivedAt, submissionId", uscc)
                .stream().map(h -> new EventOnRecord(h.importantOrCoreData ? EventOnRecord.Kind.HAZARD_IDENTIFIED
                        : EventOnRecord.Kind.NETWORK_RISK_INCREASED, h.reference, h.identifiedOn, h.submissionId, h.receivedAt))
                .toList();
    }
}
