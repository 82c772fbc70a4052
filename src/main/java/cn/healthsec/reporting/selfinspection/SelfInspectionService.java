package cn.healthsec.reporting.selfinspection;

import cn.healthsec.reporting.institution.ProvinceDates;
import cn.healthsec.reporting.rules.SubmissionType;
import cn.healthsec.reporting.selfinspection.api.RectificationItem;
import cn.healthsec.reporting.selfinspection.api.SelfInspectionReportRequest;
import cn.healthsec.reporting.submission.Accepted;
import cn.healthsec.reporting.submission.NewSubmission;
import cn.healthsec.reporting.submission.EventOnRecord;
import cn.healthsec.reporting.submission.Received;
import cn.healthsec.reporting.submission.RecordedEvents;
import cn.healthsec.reporting.submission.ReportForm;
import cn.healthsec.reporting.submission.ReportRow;
import cn.healthsec.reporting.submission.ReportType;
import cn.healthsec.reporting.submission.SubmissionService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** Checks a self-inspection report against the rules, hands it to the shared store, and keeps what the ledger counts from. */
@ApplicationScoped
public class SelfInspectionService extends ReportType<SelfInspectionReportRequest> implements RecordedEvents {

    @Inject
    SubmissionService submissions;

    @Inject
    ProvinceDates provinceDates;

    SelfInspectionService() {
        super(new ReportForm<>("fileSelfInspectionReport", SubmissionType.SELF_INSPECTION_REPORT, SelfInspectionReportRequest.class,
                SelfInspectionChecks::check, SelfInspectionChecks.SCANNER, SelfInspectionReportRequest::institution), SelfInspectionEntity.class,
                RectificationItemEntity.class);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public Accepted file(Received<SelfInspectionReportRequest> r) {
        SelfInspectionReportRequest report = r.report();
        var outcome = SelfInspectionRules.evaluate(new SelfInspectionRules.Input(report, r.at(), provinceDates.selfInspection(r.institution())));
        Accepted accepted = submissions.accept(new NewSubmission(r, type(), outcome,
                Set.of()));
        SelfInspectionEntity row = ReportRow.of(SelfInspectionEntity::new, accepted, r);
        row.year = report.year();
        row.completedOn = report.completedOn();
        row.piAuditedOn = report.personalInformationAudit() == null ? null : report.personalInformationAudit().auditedOn();
        row.persist();
        for (RectificationItem item : report.rectification() == null ? List.<RectificationItem>of() : report.rectification()) {
            RectificationItemEntity e = ReportRow.of(RectificationItemEntity::new, accepted, r);
            e.itemId = item.id();
            e.targetDate = item.targetDate();
            e.state = item.state();
            e.completedOn = item.completedOn();
            e.persist();
        }
        return accepted;
    }

    /** Every accepted self-inspection report of the institution, oldest first, with its rectification items. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<SelfInspectionOnRecord> history(String uscc) {
        Map<UUID, List<SelfInspectionOnRecord.Item>> items = new LinkedHashMap<>();
        RectificationItemEntity.<RectificationItemEntity>list("institutionUscc = ?1 order by receivedAt, itemId", uscc).forEach(i ->
                items.computeIfAbsent(i.submissionId, k -> new java.util.ArrayList<>())
                        .add(new SelfInspectionOnRecord.Item(i.itemId, i.targetDate, i.state, i.completedOn)));
        return SelfInspectionEntity.<SelfInspectionEntity>list("institutionUscc = ?1 order by receivedAt, submissionId", uscc).stream()
                .map(s -> new SelfInspectionOnRecord(s.submissionId, s.year, s.receivedAt, items.getOrDefault(s.submissionId, List.of())))
                .toList();
    }

    /** The personal-information protection compliance audits the reports record (2026 art. 26), oldest report first. */
    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<EventOnRecord> events(String uscc) {
        return SelfInspectionEntity.<SelfInspectionEntity>list("institutionUscc = ?1 and piAuditedOn is not null order by receivedAt, submissionId",
                uscc).stream().map(s -> new EventOnRecord(EventOnRecord.Kind.PERSONAL_INFORMATION_AUDIT, s.piAuditedOn.toString(), s.piAuditedOn,
                s.submissionId, s.receivedAt)).toList();
    }
}
