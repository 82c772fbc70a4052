package cn.healthsec.reporting.routing;

import cn.healthsec.reporting.audit.AuditLog;
import cn.healthsec.reporting.authority.AuthorityId;
import cn.healthsec.reporting.institution.InstitutionService;
import cn.healthsec.reporting.problem.ProblemException;
import cn.healthsec.reporting.rules.Basis;
import cn.healthsec.reporting.rules.LegalTime;
import cn.healthsec.reporting.security.Caller;
import cn.healthsec.reporting.web.Cursor;
import cn.healthsec.reporting.web.Page;
import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * An authority's queue. Entries are ordered by the id of the transaction that wrote them and only
 * shown once every older transaction has finished ({@code txid < pg_snapshot_xmin}), so a portal
 * paging with {@code after} never skips an entry that committed late. Reading does not consume:
 * an entry stays until acknowledged, and after that too.
 */
@ApplicationScoped
public class InboxService {

    @Inject
    InstitutionService institutions;

    @Inject
    AuditLog audit;

    @Transactional
    public Page<InboxEntryView> list(AuthorityId authority, Caller caller, String after, int limit, Boolean acknowledged) {
        Cursor cursor = Cursor.after(after);
        long afterTx = cursor == null ? -1 : cursor.firstLong();
        long afterId = cursor == null ? -1 : cursor.secondLong();
        String sql = "select * from inbox_entry e where e.authority_id = :authority "
                + "and e.txid < pg_snapshot_xmin(pg_current_snapshot())::text::bigint and (e.txid, e.id) > (:afterTx, :afterId) "
                + (acknowledged == null ? "" : acknowledged ? "and e.acknowledged_at is not null " : "and e.acknowledged_at is null ")
                + "order by e.txid, e.id limit :limit";
        @SuppressWarnings("unchecked")
        List<InboxEntryEntity> rows = Panache.getEntityManager().createNativeQuery(sql, InboxEntryEntity.class)
                .setHint(org.hibernate.jpa.HibernateHints.HINT_READ_ONLY, true)  // shown, never changed: no snapshot, no dirty check
                .setParameter("authority", authority.toString())
                .setParameter("afterTx", afterTx)
                .setParameter("afterId", afterId)
                .setParameter("limit", limit + 1)
                .getResultList();
        Map<String, String> names = institutions.names(rows.stream().map(e -> e.institutionUscc).collect(Collectors.toSet()));
        audit.record(caller, "INBOX_READ", "inbox", authority.toString());
        return Page.of(rows, limit, e -> view(e, names), e -> Cursor.of(e.txid, e.id));
    }

    /** What waits in an authority's inbox: entries not acknowledged, and when the oldest of them arrived (null: none). */
    public record Backlog(long unacknowledged, Instant oldestUnacknowledgedAt) {
    }

    /** The backlog of each of these inboxes; an inbox with nothing waiting is absent. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<String, Backlog> backlogs(Collection<String> authorityIds) {
        if (authorityIds.isEmpty()) {
            return Map.of();
        }
        @SuppressWarnings("unchecked")
        List<jakarta.persistence.Tuple> rows = Panache.getEntityManager().createNativeQuery("select e.authority_id as authority,"
                        + " count(*) as n, min(e.created_at) as oldest from inbox_entry e where e.authority_id in (:ids)"
                        + " and e.acknowledged_at is null group by e.authority_id", jakarta.persistence.Tuple.class)
                .setParameter("ids", authorityIds).getResultList();
        return rows.stream().collect(Collectors.toMap(t -> t.get("authority", String.class),
                t -> new Backlog(((Number) t.get("n")).longValue(), LegalTime.fromDriver(t.get("oldest")))));
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
        return view(e, institutions.names(Set.of(e.institutionUscc)));
    }

    /**
     * Marks these entries read by their authority in one statement; entries acknowledged before keep
     * their first acknowledgement, and ids not in this authority's inbox are named back (the one-entry
     * form answers 404 for them: this says no more). One audit record for the whole request; each
     * entry records who acknowledged it and when.
     */
    @Transactional
    public InboxAcknowledgement.Result acknowledgeAll(AuthorityId authority, List<Long> entryIds, Caller caller) {
        Object[] row = (Object[]) Panache.getEntityManager().createNativeQuery("""
                        with asked as (select distinct unnest(cast(:ids as bigint[])) as id),
                             mine as (select e.id, e.acknowledged_at from inbox_entry e join asked a on a.id = e.id
                                      where e.authority_id = :authority),
                             marked as (update inbox_entry e set acknowledged_at = :at, acknowledged_by = :by
                                        from mine m where e.id = m.id and m.acknowledged_at is null returning e.id)
                        select (select count(*) from marked), (select count(*) from mine where acknowledged_at is not null),
                               array(select a.id from asked a where a.id not in (select id from mine) order by a.id)""")
                .setParameter("ids", entryIds.toArray(Long[]::new))
                .setParameter("authority", authority.toString())
                .setParameter("at", LegalTime.now())
                .setParameter("by", caller.subject())
                .getSingleResult();
        int marked = ((Number) row[0]).intValue();
        audit.record(caller, "INBOX_ENTRIES_ACKNOWLEDGED", "inbox", authority.toString());
        return new InboxAcknowledgement.Result(marked, ((Number) row[1]).intValue(), List.of((Long[]) row[2]));
    }

    /** The institution's name as registered now, asked of the registry. */
    private static InboxEntryView view(InboxEntryEntity e, Map<String, String> names) {
        return new InboxEntryView(e.id, e.kind, e.submissionId, e.submissionType == null ? null : e.submissionType.name(),
                e.submissionReference, new InboxEntryView.InstitutionRef(e.institutionUscc, names.get(e.institutionUscc)), e.reason, e.basis,
                Basis.citationOf(e.basisKey, e.ruleId), LegalTime.local(e.receivedAt), e.acknowledgedAt != null, e.acknowledgedAt == null ? null : LegalTime.local(e.acknowledgedAt),
                e.obligationId == null ? null
                        : new InboxEntryView.ObligationRef(e.obligationId, e.obligationKind, e.obligationSubject, e.obligationDue),
                e.amendsSubmissionId == null ? null : new InboxEntryView.AmendsRef(e.amendsSubmissionId, e.amendsReference));
    }
}
