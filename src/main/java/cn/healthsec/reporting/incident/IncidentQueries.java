package cn.healthsec.reporting.incident;

import cn.healthsec.reporting.audit.AuditLog;
import cn.healthsec.reporting.incident.api.IncidentSummary;
import cn.healthsec.reporting.incident.api.IncidentView;
import cn.healthsec.reporting.institution.InstitutionService;
import cn.healthsec.reporting.institution.Jurisdiction;
import cn.healthsec.reporting.problem.FieldError;
import cn.healthsec.reporting.problem.ProblemException;
import cn.healthsec.reporting.problem.Rfc3339;
import cn.healthsec.reporting.reference.ReferenceData;
import cn.healthsec.reporting.routing.InboxEntryEntity;
import cn.healthsec.reporting.rules.DeadlineState;
import cn.healthsec.reporting.rules.LegalTime;
import cn.healthsec.reporting.security.Caller;
import cn.healthsec.reporting.web.Cursor;
import cn.healthsec.reporting.submission.SubmissionEntity;
import cn.healthsec.reporting.web.Page;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Reading incidents: the institution its own; an authority those routed to it or in its jurisdiction. */
@ApplicationScoped
public class IncidentQueries {

    @Inject
    InstitutionService institutions;

    @Inject
    ReferenceData referenceData;

    @Inject
    AuditLog audit;

    @Transactional
    public IncidentView get(UUID id, Caller caller) {
        IncidentEntity i = IncidentEntity.findById(id);
        List<IncidentReportEntity> reports = i == null ? List.of()
                : IncidentReportEntity.<IncidentReportEntity>list("incidentId = ?1 order by receivedAt", id);
        List<UUID> reportIds = reports.stream().map(r -> r.submissionId).toList();
        List<InboxEntryEntity> entries = reportIds.isEmpty() ? List.of()
                : InboxEntryEntity.<InboxEntryEntity>list("submissionId in ?1 order by id", reportIds);
        if (i == null || !maySee(caller, i, entries)) {
            audit.denied(caller, "INCIDENT_READ", "incident", id.toString());
            throw ProblemException.notFound();
        }
        audit.record(caller, "INCIDENT_READ", "incident", id.toString());
        Map<UUID, SubmissionEntity> submissions = SubmissionEntity.<SubmissionEntity>list("id in ?1", reportIds).stream()
                .collect(Collectors.toMap(s -> s.id, Function.identity()));
        List<IncidentView.Report> reportViews = reports.stream().map(r -> {
            SubmissionEntity s = submissions.get(r.submissionId);
            return new IncidentView.Report(r.submissionId, s.reference, r.stage.name(), LegalTime.local(r.receivedAt), s.status);
        }).toList();
        return new IncidentView(i.id, i.institutionUscc, i.category, LegalTime.local(i.discoveredAt), i.declaredGrade,
                i.computedGrade, i.effectiveGrade, i.closedAt == null ? "OPEN" : "CLOSED",
                i.handlingEndedAt == null ? null : LegalTime.local(i.handlingEndedAt), reportViews, recipients(entries),
                finalReport(i));
    }

    private List<IncidentView.Recipient> recipients(List<InboxEntryEntity> entries) {
        Map<String, List<InboxEntryEntity>> byAuthority = new LinkedHashMap<>();
        entries.forEach(e -> byAuthority.computeIfAbsent(e.authorityId, k -> new ArrayList<>()).add(e));
        List<IncidentView.Recipient> out = new ArrayList<>();
        byAuthority.forEach((authority, list) -> {
            InboxEntryEntity first = list.get(0);
            InboxEntryEntity clocked = list.stream().filter(e -> e.dueAt != null).findFirst().orElse(null);
            out.add(new IncidentView.Recipient(authority, first.reason, first.basis, LegalTime.local(first.createdAt),
                    clocked == null ? null : LegalTime.local(clocked.dueAt),
                    clocked == null ? null : (clocked.createdAt.isAfter(clocked.dueAt) ? "LATE" : "MET"),
                    clocked == null ? null : clocked.clockBasis, list.size(),
                    list.stream().allMatch(e -> e.acknowledgedAt != null)));
        });
        return out;
    }

    private static IncidentView.FinalReportClock finalReport(IncidentEntity i) {
        String basis = IncidentRules.FINAL_REPORT.cite();
        if (i.handlingEndedAt == null) {
            return new IncidentView.FinalReportClock(null, DeadlineState.PENDING.name(), basis);
        }
        LocalDate due = LegalTime.dateOf(i.handlingEndedAt).plusDays(IncidentRules.FINAL_REPORT_DAYS);
        return new IncidentView.FinalReportClock(due, LegalTime.dateOf(i.closedAt).isAfter(due)
                ? DeadlineState.LATE.name() : DeadlineState.MET.name(), basis);
    }

    private boolean maySee(Caller caller, IncidentEntity i, List<InboxEntryEntity> entries) {
        if (caller.isInstitution()) {
            return caller.uscc().equals(i.institutionUscc);
        }
        if (!caller.isAuthority()) {
            return false;
        }
        String me = caller.authority().toString();
        return entries.stream().anyMatch(e -> e.authorityId.equals(me))
                || Jurisdiction.covers(caller, institutions.find(i.institutionUscc).orElseThrow(), referenceData.authorities());
    }

    @Transactional
    public Page<IncidentSummary> list(Caller caller, Boolean open, String after, int limit) {
        StringBuilder q = new StringBuilder("from IncidentEntity i where 1 = 1");
        Parameters p = new Parameters();
        if (caller.isInstitution()) {
            q.append(" and i.institutionUscc = :uscc");
            p.and("uscc", caller.uscc());
        } else if (caller.isAuthority()) {
            q.append(" and (exists (select 1 from IncidentReportEntity r, InboxEntryEntity e where r.incidentId = i.id"
                    + " and e.submissionId = r.submissionId and e.authorityId = :me)");
            p.and("me", caller.authority().toString());
            referenceData.authorities().supervisedPattern(caller.authority()).ifPresent(pattern -> {
                q.append(" or i.institutionUscc in (select s.uscc from InstitutionEntity s where s.supervisingAuthorityId like :supervisors)");
                p.and("supervisors", pattern);
            });
            q.append(")");
        } else {
            throw ProblemException.forbidden("role");
        }
        if (open != null) {
            q.append(open ? " and i.closedAt is null" : " and i.closedAt is not null");
        }
        Cursor cursor = Cursor.parse(after, "after");
        if (cursor != null) {
            try {
                p.and("at", Rfc3339.instant(cursor.first()).orElseThrow()).and("id", UUID.fromString(cursor.second()));
            } catch (RuntimeException e) {
                throw ProblemException.validation(List.of(FieldError.of("after", "invalid_cursor")));
            }
            q.append(" and (i.openedAt > :at or (i.openedAt = :at and i.id > :id))");
        }
        q.append(" order by i.openedAt, i.id");
        List<IncidentEntity> rows = IncidentEntity.<IncidentEntity>find(q.toString(), p).page(0, limit + 1).list();
        boolean more = rows.size() > limit;
        List<IncidentEntity> page = more ? rows.subList(0, limit) : rows;
        audit.record(caller, "INCIDENTS_LISTED", null, null);
        IncidentEntity last = page.isEmpty() ? null : page.get(page.size() - 1);
        return new Page<>(page.stream().map(x -> new IncidentSummary(x.id, x.institutionUscc, x.category, x.effectiveGrade, LegalTime.local(x.discoveredAt),
                        x.closedAt == null ? "OPEN" : "CLOSED")).toList(),
                more ? new Cursor(last.openedAt.toString(), last.id.toString()).encode() : null);
    }
}
