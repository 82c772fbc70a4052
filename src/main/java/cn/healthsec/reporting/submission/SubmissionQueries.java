package cn.healthsec.reporting.submission;

import cn.healthsec.reporting.web.Cursor;
import cn.healthsec.reporting.audit.AuditLog;
import cn.healthsec.reporting.authority.AuthorityId;
import cn.healthsec.reporting.institution.Institution;
import cn.healthsec.reporting.institution.InstitutionService;
import cn.healthsec.reporting.institution.Jurisdiction;
import cn.healthsec.reporting.problem.FieldError;
import cn.healthsec.reporting.problem.ProblemException;
import cn.healthsec.reporting.problem.Rfc3339;
import cn.healthsec.reporting.reference.ReferenceData;
import cn.healthsec.reporting.routing.InboxEntryEntity;
import cn.healthsec.reporting.rules.LegalTime;
import cn.healthsec.reporting.security.Caller;
import cn.healthsec.reporting.web.Page;
import cn.healthsec.reporting.submission.api.SubmissionSummary;
import cn.healthsec.reporting.submission.api.SubmissionView;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * Reading submissions: each caller sees its own (institution), its jurisdiction's and what was
 * routed to it (authority). Anything else is "not found", so ids cannot be probed.
 */
@ApplicationScoped
public class SubmissionQueries {

    @Inject
    InstitutionService institutions;

    @Inject
    ReferenceData referenceData;

    @Inject
    ReceiptRenderer receipts;

    @Inject
    ObjectMapper mapper;

    @Inject
    AuditLog audit;

    @Transactional
    public SubmissionView get(UUID id, Caller caller, Locale locale) {
        SubmissionEntity s = SubmissionEntity.findById(id);
        List<InboxEntryEntity> routes = s == null ? List.of() : InboxEntryEntity.list("submissionId", id);
        if (s == null || !maySee(caller, s, s.threadId == null ? routes : threadRoutes(s.threadId))) {
            audit.denied(caller, "SUBMISSION_READ", "submission", id.toString());
            throw ProblemException.notFound();
        }
        audit.record(caller, "SUBMISSION_READ", s.type.name(), id.toString());
        try {
            return new SubmissionView(mapper.readTree(s.payload), receipts.render(s, routes, locale, Instant.now()));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored payload of " + id + " is unreadable", e);
        }
    }

    /** The receipt alone, for the answer to a submission. */
    @Transactional
    public cn.healthsec.reporting.submission.api.ReceiptView receipt(UUID id, Locale locale) {
        SubmissionEntity s = SubmissionEntity.findById(id);
        return receipts.render(s, InboxEntryEntity.list("submissionId", id), locale, Instant.now());
    }

    /** The routes of every report of a thread: receiving one report of an incident shows the others. */
    private static List<InboxEntryEntity> threadRoutes(UUID threadId) {
        return InboxEntryEntity.list("submissionId in (select t.id from SubmissionEntity t where t.threadId = ?1)", threadId);
    }

    private boolean maySee(Caller caller, SubmissionEntity s, List<InboxEntryEntity> routes) {
        if (caller.isInstitution()) {
            return caller.uscc().equals(s.institutionUscc);
        }
        if (!caller.isAuthority()) {
            return false;
        }
        String me = caller.authority().toString();
        if (routes.stream().anyMatch(r -> r.authorityId.equals(me))) {
            return true;
        }
        Institution institution = institutions.find(s.institutionUscc).orElseThrow();
        return Jurisdiction.covers(caller, institution, referenceData.authorities());
    }

    @Transactional
    public Page<SubmissionSummary> list(Caller caller, SubmissionType type, Instant since, String after, int limit) {
        StringBuilder q = new StringBuilder("from SubmissionEntity s where 1 = 1");
        Parameters p = new Parameters();
        if (caller.isInstitution()) {
            q.append(" and s.institutionUscc = :uscc");
            p.and("uscc", caller.uscc());
        } else if (caller.isAuthority()) {
            visibleToAuthority(caller.authority(), q, p);
        } else {
            throw ProblemException.forbidden("role");
        }
        if (type != null) {
            q.append(" and s.type = :type");
            p.and("type", type);
        }
        if (since != null) {
            q.append(" and s.receivedAt >= :since");
            p.and("since", since);
        }
        Cursor cursor = Cursor.parse(after, "after");
        if (cursor != null) {
            Instant at;
            UUID id;
            try {
                at = Rfc3339.instant(cursor.first()).orElseThrow();
                id = UUID.fromString(cursor.second());
            } catch (RuntimeException e) {
                throw ProblemException.validation(List.of(FieldError.of("after", "invalid_cursor")));
            }
            q.append(" and (s.receivedAt > :at or (s.receivedAt = :at and s.id > :id))");
            p.and("at", at).and("id", id);
        }
        q.append(" order by s.receivedAt, s.id");
        List<SubmissionEntity> rows = SubmissionEntity.<SubmissionEntity>find(q.toString(), p).page(0, limit + 1).list();
        boolean more = rows.size() > limit;
        List<SubmissionEntity> page = more ? rows.subList(0, limit) : rows;
        audit.record(caller, "SUBMISSIONS_LISTED", null, null);
        String next = more ? new Cursor(page.get(page.size() - 1).receivedAt.toString(), page.get(page.size() - 1).id.toString()).encode() : null;
        return new Page<>(page.stream().map(s -> new SubmissionSummary(s.id, s.reference, s.type.name(), s.institutionUscc,
                LegalTime.local(s.receivedAt), s.status)).toList(), next);
    }

    /**
     * Same visibility as {@link #maySee}, as a query: routed to the authority, or (for a health
     * commission) an institution in its jurisdiction.
     */
    private void visibleToAuthority(AuthorityId me, StringBuilder q, Parameters p) {
        q.append(" and (exists (select 1 from InboxEntryEntity e, SubmissionEntity t where e.submissionId = t.id"
                + " and (t.id = s.id or t.threadId = s.threadId) and e.authorityId = :me)");
        p.and("me", me.toString());
        referenceData.authorities().supervisedPattern(me).ifPresent(pattern -> {
            q.append(" or s.institutionUscc in (select i.uscc from InstitutionEntity i where i.supervisingAuthorityId like :supervisors)");
            p.and("supervisors", pattern);
        });
        q.append(")");
    }
}
