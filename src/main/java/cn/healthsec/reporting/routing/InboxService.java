package cn.healthsec.reporting.routing;

import cn.healthsec.reporting.audit.AuditLog;
import cn.healthsec.reporting.authority.AuthorityId;
import cn.healthsec.reporting.problem.FieldError;
import cn.healthsec.reporting.problem.ProblemException;
import cn.healthsec.reporting.reference.ReferenceData;
import cn.healthsec.reporting.persistence.SqlValues;
import cn.healthsec.reporting.rules.LegalTime;
import cn.healthsec.reporting.security.Caller;
import cn.healthsec.reporting.web.Cursor;
import cn.healthsec.reporting.web.Page;
import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * An authority's queue. Entries are ordered by the id of the transaction that wrote them and only
 * shown once every older transaction has finished ({@code txid < pg_snapshot_xmin}), so a portal
 * paging with {@code after} never skips an entry that committed late. Reading does not consume:
 * an entry stays until acknowledged, and after that too.
 */
@ApplicationScoped
public class InboxService {

    @Inject
    ReferenceData referenceData;

    @Inject
    AuditLog audit;

    @Transactional
    public Page<InboxEntryView> list(AuthorityId authority, Caller caller, String after, int limit, Boolean acknowledged) {
        Cursor cursor = Cursor.parse(after, "after");
        long afterTx = -1;
        long afterId = -1;
        if (cursor != null) {
            try {
                afterTx = Long.parseLong(cursor.first());
                afterId = Long.parseLong(cursor.second());
            } catch (NumberFormatException e) {
                throw ProblemException.validation(List.of(FieldError.of("after", "invalid_cursor")));
            }
        }
        String sql = "select e.id, e.submission_id, s.type, s.reference, i.uscc, i.name, e.reason, e.basis, s.received_at, "
                + "e.acknowledged_at, e.txid from inbox_entry e join submission s on s.id = e.submission_id "
                + "join institution i on i.uscc = s.institution_uscc "
                + "where e.authority_id = :authority and e.txid < pg_snapshot_xmin(pg_current_snapshot())::text::bigint "
                + "and (e.txid, e.id) > (:afterTx, :afterId) "
                + (acknowledged == null ? "" : acknowledged ? "and e.acknowledged_at is not null " : "and e.acknowledged_at is null ")
                + "order by e.txid, e.id limit :limit";
        @SuppressWarnings("unchecked")
        List<Object[]> rows = Panache.getEntityManager().createNativeQuery(sql)
                .setParameter("authority", authority.toString())
                .setParameter("afterTx", afterTx)
                .setParameter("afterId", afterId)
                .setParameter("limit", limit + 1)
                .getResultList();
        boolean more = rows.size() > limit;
        List<InboxEntryView> entries = new ArrayList<>();
        String next = null;
        for (int i = 0; i < Math.min(rows.size(), limit); i++) {
            Object[] r = rows.get(i);
            entries.add(new InboxEntryView(((Number) r[0]).longValue(), (UUID) r[1], (String) r[2], (String) r[3],
                    new InboxEntryView.InstitutionRef((String) r[4], (String) r[5]), (String) r[6], (String) r[7],
                    LegalTime.local(SqlValues.instant(r[8])), r[9] != null, r[9] == null ? null : LegalTime.local(SqlValues.instant(r[9]))));
            next = new Cursor(String.valueOf(((Number) r[10]).longValue()), String.valueOf(((Number) r[0]).longValue())).encode();
        }
        audit.record(caller, "INBOX_READ", "inbox", authority.toString());
        return new Page<>(entries, more ? next : null);
    }

    /** Marks the entry read by its authority; acknowledging twice changes nothing. */
    @Transactional
    public InboxEntryView acknowledge(AuthorityId authority, long entryId, Caller caller) {
        InboxEntryEntity e = InboxEntryEntity.find("id = ?1 and authorityId = ?2", entryId, authority.toString()).firstResult();
        if (e == null) {
            throw ProblemException.notFound();
        }
        if (e.acknowledgedAt == null) {
            e.acknowledgedAt = LegalTime.now();
            e.acknowledgedBy = caller.subject();
            audit.record(caller, "INBOX_ENTRY_ACKNOWLEDGED", "inbox_entry", String.valueOf(entryId));
        }
        var s = cn.healthsec.reporting.submission.SubmissionEntity.<cn.healthsec.reporting.submission.SubmissionEntity>findById(e.submissionId);
        var inst = cn.healthsec.reporting.institution.InstitutionEntity.<cn.healthsec.reporting.institution.InstitutionEntity>findById(s.institutionUscc);
        return new InboxEntryView(e.id, e.submissionId, s.type.name(), s.reference,
                new InboxEntryView.InstitutionRef(inst.uscc, inst.name), e.reason, e.basis,
                LegalTime.local(s.receivedAt), true, LegalTime.local(e.acknowledgedAt));
    }
}
