package cn.healthsec.reporting.incident;

import cn.healthsec.reporting.audit.AuditLog;
import cn.healthsec.reporting.config.Policy;
import cn.healthsec.reporting.incident.api.IncidentSummary;
import cn.healthsec.reporting.incident.api.IncidentView;
import cn.healthsec.reporting.problem.ProblemException;
import cn.healthsec.reporting.reference.ReferenceData;
import cn.healthsec.reporting.routing.Delivered;
import cn.healthsec.reporting.routing.Deliveries;
import cn.healthsec.reporting.rules.Basis;
import cn.healthsec.reporting.rules.Deadline;
import cn.healthsec.reporting.rules.DeadlineState;
import cn.healthsec.reporting.rules.LegalTime;
import cn.healthsec.reporting.rules.Provenance;
import cn.healthsec.reporting.rules.Source;
import cn.healthsec.reporting.security.Caller;
import cn.healthsec.reporting.submission.SubmissionQueries;
import cn.healthsec.reporting.submission.Visibility;
import cn.healthsec.reporting.submission.api.SubmissionSummary;
import cn.healthsec.reporting.web.Cursor;
import cn.healthsec.reporting.web.Page;
import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Reading incidents: the institution its own; an authority those routed to it or in its jurisdiction. */
@ApplicationScoped
public class IncidentQueries {

    @Inject
    SubmissionQueries submissions;

    @Inject
    Visibility visibility;

    @Inject
    Deliveries deliveries;

    @Inject
    ReferenceData referenceData;

    @Inject
    Policy policy;

    @Inject
    AuditLog audit;

    @Transactional
    public IncidentView get(UUID id, Caller caller) {
        IncidentEntity i = IncidentEntity.findById(id);
        List<IncidentReportEntity> reports = i == null ? List.of()
                : IncidentReportEntity.<IncidentReportEntity>list("incidentId = ?1 order by receivedAt", id);
        if (i == null || !visibility.maySee(caller, i.institutionUscc, reports.stream().map(r -> r.submissionId).toList())) {
            audit.denied(caller, "INCIDENT_READ", "incident", id.toString());
            throw ProblemException.notFound();
        }
        audit.record(caller, "INCIDENT_READ", "incident", id.toString());
        return views(List.of(i), reports).get(0);
    }

    /**
     * A page of the incidents the caller may see (as {@link #list}), each in full as {@link #get}
     * answers it: reports, every recipient's clock, the final report — read in three statements for
     * the page, not three per incident (the console's incidents page).
     */
    @Transactional
    public Page<IncidentView> listInFull(Caller caller, Boolean open, String after, int limit) {
        Page<IncidentEntity> page = Page.of(rows(caller, open, after, limit), limit, x -> x, x -> Cursor.of(x.openedAt, x.id));
        List<IncidentReportEntity> reports = page.entries().isEmpty() ? List.of() : IncidentReportEntity.<IncidentReportEntity>list(
                "incidentId in ?1 order by receivedAt", page.entries().stream().map(x -> x.id).toList());
        audit.record(caller, "INCIDENTS_LISTED", null, null);
        return new Page<>(views(page.entries(), reports), page.next());
    }

    /** The incidents in full, in the order given, from their reports (of any of them, by time received). */
    private List<IncidentView> views(List<IncidentEntity> incidents, List<IncidentReportEntity> reports) {
        List<UUID> reportIds = reports.stream().map(r -> r.submissionId).toList();
        Map<UUID, SubmissionSummary> labels = submissions.summaries(reportIds);
        Map<UUID, List<Delivered>> delivered = new LinkedHashMap<>();
        Map<UUID, UUID> incidentOf = new LinkedHashMap<>();
        reports.forEach(r -> incidentOf.put(r.submissionId, r.incidentId));
        deliveries.delivered(reportIds).forEach(d -> delivered.computeIfAbsent(incidentOf.get(d.submissionId()), k -> new ArrayList<>()).add(d));
        return incidents.stream().map(i -> {
            List<IncidentView.Report> reportViews = reports.stream().filter(r -> r.incidentId.equals(i.id)).map(r -> {
                SubmissionSummary s = labels.get(r.submissionId);
                return new IncidentView.Report(r.submissionId, s.reference(), r.stage.name(), LegalTime.local(r.receivedAt), s.status());
            }).toList();
            return new IncidentView(i.id, i.institutionUscc, i.category, LegalTime.local(i.discoveredAt), i.declaredGrade,
                    i.computedGrade, i.effectiveGrade, i.closedAt == null ? "OPEN" : "CLOSED",
                    i.handlingEndedAt == null ? null : LegalTime.local(i.handlingEndedAt), reportViews,
                    recipients(delivered.getOrDefault(i.id, List.of())), finalReport(i));
        }).toList();
    }

    /** Every incident of the institution, oldest first, with its reports and each recipient's first clocked delivery. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<IncidentOnRecord> history(String uscc) {
        List<IncidentEntity> incidents = IncidentEntity.list("institutionUscc = ?1 order by openedAt, id", uscc);
        if (incidents.isEmpty()) {
            return List.of();
        }
        Map<UUID, List<IncidentOnRecord.Report>> reports = new LinkedHashMap<>();
        Map<UUID, UUID> incidentOf = new LinkedHashMap<>();
        IncidentReportEntity.<IncidentReportEntity>list("incidentId in ?1 order by receivedAt",
                incidents.stream().map(i -> i.id).toList()).forEach(r -> {
                    reports.computeIfAbsent(r.incidentId, k -> new ArrayList<>())
                            .add(new IncidentOnRecord.Report(r.submissionId, r.stage, r.receivedAt));
                    incidentOf.put(r.submissionId, r.incidentId);
                });
        Map<UUID, Map<String, IncidentOnRecord.RouteClock>> clocks = new LinkedHashMap<>();
        for (Delivered d : deliveries.delivered(incidentOf.keySet())) {
            if (d.dueAt() != null) {
                clocks.computeIfAbsent(incidentOf.get(d.submissionId()), k -> new LinkedHashMap<>()).putIfAbsent(d.authorityId(),
                        new IncidentOnRecord.RouteClock(d.authorityId(), d.dueAt(), d.submissionId(), d.deliveredAt(), d.clockBasis(),
                                d.clockBasisKey()));
            }
        }
        return incidents.stream().map(i -> new IncidentOnRecord(i.id, i.discoveredAt, i.handlingEndedAt, i.closedAt, i.effectiveGrade,
                i.importantOrCoreData, reports.getOrDefault(i.id, List.of()), List.copyOf(clocks.getOrDefault(i.id, Map.of()).values()))).toList();
    }

    /** Each recipient once: its first delivery, the clock of the report that started it, and whether it acknowledged every report. */
    private static List<IncidentView.Recipient> recipients(List<Delivered> deliveries) {
        Map<String, List<Delivered>> byAuthority = new LinkedHashMap<>();
        deliveries.forEach(d -> byAuthority.computeIfAbsent(d.authorityId(), k -> new ArrayList<>()).add(d));
        List<IncidentView.Recipient> out = new ArrayList<>();
        byAuthority.forEach((authority, list) -> {
            Delivered first = list.get(0);
            Delivered clocked = list.stream().filter(d -> d.dueAt() != null).findFirst().orElse(null);
            out.add(new IncidentView.Recipient(authority, first.reason(), first.basis(), first.citation(),
                    LegalTime.local(first.deliveredAt()), clocked == null ? null : LegalTime.local(clocked.dueAt()),
                    clocked == null ? null : clocked.clockState(), clocked == null ? null : clocked.clockBasis(),
                    clocked == null ? null : clocked.clockCitation(), list.size(), list.stream().allMatch(Delivered::acknowledged)));
        });
        return out;
    }

    /**
     * The final report's deadline as the rules state it (open: as of now), or PENDING without a date
     * until handling has ended; for an incident that owes none, why not (CAC Incident Measures art. 4:
     * only 较大 and above are reported under them) and whether one was filed all the same.
     */
    private IncidentView.FinalReportClock finalReport(IncidentEntity i) {
        boolean cac = IncidentRules.reportedToTheCac(i.effectiveGrade);
        if (!IncidentRules.finalReportOwed(i.effectiveGrade, i.importantOrCoreData)) {
            return new IncidentView.FinalReportClock(null, (i.closedAt == null ? DeadlineState.PENDING : DeadlineState.MET).name(),
                    NOT_UNDER_CAC.cite(), NOT_UNDER_CAC.citation(IncidentRules.FinalReportWithin30Days.ID), false);
        }
        Basis basis = cac ? IncidentRules.FINAL_REPORT : IncidentRules.SUMMARY_REPORT;
        String rule = cac ? IncidentRules.FinalReportWithin30Days.ID : IncidentRules.ImportantDataSummaryReport.ID;
        if (i.handlingEndedAt == null) {
            return new IncidentView.FinalReportClock(null, DeadlineState.PENDING.name(), basis.cite(), basis.citation(rule), true);
        }
        Deadline due = IncidentRules.finalReport(i.effectiveGrade, i.handlingEndedAt, i.closedAt, policy.incident().importantDataSummaryDays());
        return new IncidentView.FinalReportClock(due.dueOn(), due.stateAt(i.closedAt == null ? LegalTime.now() : i.closedAt).name(),
                due.basis().cite(), due.citation(), true);
    }

    /** "属于较大以上网络安全事件的，按以下程序报告": below 较大 the CAC Measures' reports, the summary included, do not apply. */
    static final Basis NOT_UNDER_CAC = Basis.of(Source.CAC_INCIDENT_MEASURES, "art. 4 (较大以上)", Provenance.OFFICIAL_REPRINT);

    /** A page of what the caller may see, oldest first: {@code Visibility.appendCondition}, over this capability's tables. */
    @Transactional
    public Page<IncidentSummary> list(Caller caller, Boolean open, String after, int limit) {
        List<IncidentEntity> rows = rows(caller, open, after, limit);
        audit.record(caller, "INCIDENTS_LISTED", null, null);
        return Page.of(rows, limit, x -> new IncidentSummary(x.id, x.institutionUscc, x.category, x.effectiveGrade,
                LegalTime.local(x.discoveredAt), x.closedAt == null ? "OPEN" : "CLOSED"), x -> Cursor.of(x.openedAt, x.id));
    }

    /** Up to {@code limit + 1} incidents the caller may see after the cursor (one more tells whether a next page exists). */
    private List<IncidentEntity> rows(Caller caller, Boolean open, String after, int limit) {
        StringBuilder sql = new StringBuilder("select i.* from incident i where true");
        Map<String, Object> p = new LinkedHashMap<>();
        visibility.appendCondition(caller, "i.institution_uscc", "exists (select 1 from incident_report r join delivery d"
                + " on d.submission_id = r.submission_id where r.incident_id = i.id and d.authority_id = :me)", sql, p);
        if (open != null) {
            sql.append(open ? " and i.closed_at is null" : " and i.closed_at is not null");
        }
        Cursor cursor = Cursor.after(after);
        if (cursor != null) {
            sql.append(" and (i.opened_at, i.id) > (:at, :id)");
            p.put("at", cursor.firstInstant());
            p.put("id", cursor.secondUuid());
        }
        sql.append(" order by i.opened_at, i.id limit :limit");
        p.put("limit", limit + 1);
        var query = Panache.getEntityManager().createNativeQuery(sql.toString(), IncidentEntity.class);
        p.forEach(query::setParameter);
        @SuppressWarnings("unchecked")
        List<IncidentEntity> rows = query.getResultList();
        return rows;
    }
}
