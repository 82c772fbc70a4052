package cn.healthsec.reporting.selfinspection;

import cn.healthsec.reporting.config.Policy;
import cn.healthsec.reporting.institution.Institution;
import cn.healthsec.reporting.reference.ReferenceData;
import cn.healthsec.reporting.rules.SubmissionType;
import cn.healthsec.reporting.selfinspection.api.RectificationItem;
import cn.healthsec.reporting.selfinspection.api.SelfInspectionReportRequest;
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

import java.time.MonthDay;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** Checks a self-inspection report against the rules, hands it to the shared store, and keeps what the ledger counts from. */
@ApplicationScoped
public class SelfInspectionService implements AmendableReport<SelfInspectionReportRequest> {

    private static final DateTimeFormatter MONTH_DAY = DateTimeFormatter.ofPattern("MM-dd");

    @Inject
    SubmissionService submissions;

    @Inject
    ReferenceData referenceData;

    @Inject
    Policy policy;

    @Transactional(Transactional.TxType.MANDATORY)
    public SubmissionService.Accepted file(Received<SelfInspectionReportRequest> r) {
        SelfInspectionReportRequest report = r.report();
        var outcome = SelfInspectionRules.evaluate(new SelfInspectionRules.Input(report, r.at(), dueDate(r.institution())));
        SubmissionService.Accepted accepted = submissions.accept(new NewSubmission(r, SubmissionType.SELF_INSPECTION_REPORT, outcome,
                Set.of()));
        SelfInspectionEntity row = new SelfInspectionEntity();
        row.submissionId = accepted.id();
        row.institutionUscc = r.institution().uscc();
        row.year = report.year();
        row.completedOn = report.completedOn();
        row.receivedAt = r.at();
        row.persist();
        for (RectificationItem item : report.rectification() == null ? List.<RectificationItem>of() : report.rectification()) {
            RectificationItemEntity e = new RectificationItemEntity();
            e.submissionId = accepted.id();
            e.itemId = item.id();
            e.institutionUscc = r.institution().uscc();
            e.targetDate = item.targetDate();
            e.state = item.state();
            e.completedOn = item.completedOn();
            e.receivedAt = r.at();
            e.persist();
        }
        return accepted;
    }

    /** The day (MM-DD of year Y+1) the report on year Y is due in the institution's province; the obligation ledger asks it too. */
    public MonthDay dueDate(Institution institution) {
        String key = referenceData.authorities().provinceKey(institution.supervisor(), institution.divisionCode());
        return MonthDay.parse(policy.selfInspectionDue().getOrDefault(key, policy.selfInspectionDefaultDue()), MONTH_DAY);
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

    public SubmissionType type() {
        return SubmissionType.SELF_INSPECTION_REPORT;
    }

    public ReportIntake.Form<SelfInspectionReportRequest> form() {
        return SelfInspectionResource.FORM;
    }

    /** A superseded or retracted report no longer counts: its rows are marked, in the transaction that withdrew it. */
    void onWithdrawn(@Observes SubmissionWithdrawn w) {
        if (w.type() != SubmissionType.SELF_INSPECTION_REPORT) {
            return;
        }
        var em = io.quarkus.hibernate.orm.panache.Panache.getEntityManager();
        em.createNativeQuery("update self_inspection set withdrawn = true where submission_id = :id").setParameter("id", w.submissionId()).executeUpdate();
        em.createNativeQuery("update rectification_item set withdrawn = true where submission_id = :id").setParameter("id", w.submissionId()).executeUpdate();
    }
}
