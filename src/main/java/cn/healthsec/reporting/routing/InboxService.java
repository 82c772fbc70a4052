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
import jakarta.persistence.Tuple;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * An authority's queue. Entries are ordered by the id of the transaction that wrote them and only
 * shown once every older transaction of the service's own sessions has finished
 * ({@code txid < writer_horizon()}, V23), so a portal paging with {@code after} never skips an entry
 * that committed late, and a transaction of another database or login never holds one back.
 * Reading does not consume: an entry stays until acknowledged, and after that too.
 */
@ApplicationScoped
public class InboxService {

    @Inject
    InstitutionService institutions;

    @Inject
    AuditLog audit;

    @Transactional
    public Page<InboxEntryView> list(AuthorityId authority, Caller caller, String after, int limit, Boolean acknowledged) {
        return list(authority, caller, after, limit, acknowledged, Filter.NONE);
    }

    /**
     * What an officer narrows an inbox to (each null: any): the kind of entry ({@code SUBMISSION},
     * {@code AMENDMENT} — a submission that amends another —, {@code OVERDUE_NOTICE}, {@code RETRACTION}),
     * the submission type, the institution, and the legal days it was received between (both included).
     */
    public record Filter(String kind, String submissionType, String institutionUscc, java.time.LocalDate from, java.time.LocalDate to) {
        public static final Filter NONE = new Filter(null, null, null, null, null);

        public static final List<String> KINDS = List.of("SUBMISSION", "AMENDMENT", "OVERDUE_NOTICE", "RETRACTION");
    }

    @Transactional
    public Page<InboxEntryView> list(AuthorityId authority, Caller caller, String after, int limit, Boolean acknowledged, Filter filter) {
        Cursor cursor = Cursor.after(after);
        long afterTx = cursor == null ? -1 : cursor.firstLong();
        long afterId = cursor == null ? -1 : cursor.secondLong();
        List<InboxEntryEntity> rows = entriesAfter(authority.toString(), afterTx, afterId, limit + 1, acknowledged, filter);
        Map<String, String> names = institutions.names(rows.stream().map(e -> e.institutionUscc).collect(Collectors.toSet()));
        audit.record(caller, "INBOX_READ", "inbox", authority.toString());
        return Page.of(rows, limit, e -> view(e, names), e -> Cursor.of(e.txid, e.id));
    }

    /** An entry with its place in its inbox: {@code cursor} is what a portal passes as {@code after} to read on from it. */
    public record Positioned(long txid, long id, Instant createdAt, InboxEntryView view) {
        public String cursor() {
            return Cursor.of(txid, id).encode();
        }
    }

    /**
     * What a portal paging from ({@code afterTx}, {@code afterId}) reads next, at most {@code limit}
     * entries in inbox order, below the writer horizon: a push subscription's stream (webhook). Read on
     * the subscriber's behalf and not audited as a read; each delivery is recorded where it is sent.
     */
    @Transactional
    public List<Positioned> after(String authority, long afterTx, long afterId, int limit) {
        List<InboxEntryEntity> rows = entriesAfter(authority, afterTx, afterId, limit, null, Filter.NONE);
        Map<String, String> names = institutions.names(rows.stream().map(e -> e.institutionUscc).collect(Collectors.toSet()));
        return rows.stream().map(e -> new Positioned(e.txid, e.id, e.createdAt, view(e, names))).toList();
    }

    /** Entries in inbox order after a position, below the writer horizon (V23): a cursor never skips one that commits late. */
    private static List<InboxEntryEntity> entriesAfter(String authority, long afterTx, long afterId, int limit, Boolean acknowledged,
                                                       Filter filter) {
        String kind = filter.kind();
        String sql = "select * from inbox_entry e where e.authority_id = :authority "
                + "and e.txid < writer_horizon() and (e.txid, e.id) > (:afterTx, :afterId) "
                + (acknowledged == null ? "" : acknowledged ? "and e.acknowledged_at is not null " : "and e.acknowledged_at is null ")
                + (kind == null ? "" : "AMENDMENT".equals(kind) ? "and e.kind = 'SUBMISSION' and e.amends_submission_id is not null "
                        : "SUBMISSION".equals(kind) ? "and e.kind = 'SUBMISSION' and e.amends_submission_id is null " : "and e.kind = :kind ")
                + (filter.submissionType() == null ? "" : "and e.submission_type = :type ")
                + (filter.institutionUscc() == null ? "" : "and e.institution_uscc = :uscc ")
                + (filter.from() == null ? "" : "and e.received_at >= :from ")
                + (filter.to() == null ? "" : "and e.received_at < :to ")
                + "order by e.txid, e.id limit :limit";
        var query = Panache.getEntityManager().createNativeQuery(sql, InboxEntryEntity.class)
                .setHint(org.hibernate.jpa.HibernateHints.HINT_READ_ONLY, true)  // shown, never changed: no snapshot, no dirty check
                .setParameter("authority", authority)
                .setParameter("afterTx", afterTx)
                .setParameter("afterId", afterId)
                .setParameter("limit", limit);
        if (kind != null && !"AMENDMENT".equals(kind) && !"SUBMISSION".equals(kind)) {
            query.setParameter("kind", kind);
        }
        if (filter.submissionType() != null) {
            query.setParameter("type", filter.submissionType());
        }
        if (filter.institutionUscc() != null) {
            query.setParameter("uscc", filter.institutionUscc());
        }
        if (filter.from() != null) {
            query.setParameter("from", cn.healthsec.reporting.rules.LegalTime.endOf(filter.from().minusDays(1)));
        }
        if (filter.to() != null) {
            query.setParameter("to", cn.healthsec.reporting.rules.LegalTime.endOf(filter.to()));
        }
        @SuppressWarnings("unchecked")
        List<InboxEntryEntity> rows = query.getResultList();
        return rows;
    }

    /**
     * What waits in an authority's inbox: entries not acknowledged, when the oldest of them arrived
     * (null: none), and how many have waited under a day, one to three days, three to seven, seven
     * to thirty, and longer (elapsed time at {@code now}).
     */
    public record Backlog(long unacknowledged, Instant oldestUnacknowledgedAt, List<Long> byAge) {

        /** The upper ends of the age bands, in hours (the last band is open). */
        public static final List<Integer> BANDS_HOURS = List.of(24, 72, 168, 720);

        public static final Backlog NONE = new Backlog(0, null, List.of(0L, 0L, 0L, 0L, 0L));
    }

    /** The backlog of each of these inboxes at {@code now}; an inbox with nothing waiting is absent. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<String, Backlog> backlogs(Collection<String> authorityIds, Instant now) {
        if (authorityIds.isEmpty()) {
            return Map.of();
        }
        StringBuilder sql = new StringBuilder("select e.authority_id as authority, count(*) as n, min(e.created_at) as oldest");
        int lower = 0;
        for (int i = 0; i <= Backlog.BANDS_HOURS.size(); i++) {
            Integer upper = i < Backlog.BANDS_HOURS.size() ? Backlog.BANDS_HOURS.get(i) : null;
            sql.append(", count(*) filter (where e.created_at <= cast(:now as timestamptz) - make_interval(hours => ").append(lower).append(')');
            if (upper != null) {
                sql.append(" and e.created_at > cast(:now as timestamptz) - make_interval(hours => ").append(upper).append(')');
                lower = upper;
            }
            sql.append(") as band").append(i);
        }
        sql.append(" from inbox_entry e where e.authority_id in (:ids) and e.acknowledged_at is null group by e.authority_id");
        @SuppressWarnings("unchecked")
        List<jakarta.persistence.Tuple> rows = Panache.getEntityManager().createNativeQuery(sql.toString(), jakarta.persistence.Tuple.class)
                .setParameter("ids", authorityIds).setParameter("now", now).getResultList();
        return rows.stream().collect(Collectors.toMap(t -> t.get("authority", String.class),
                t -> new Backlog(((Number) t.get("n")).longValue(), LegalTime.fromDriver(t.get("oldest")),
                        java.util.stream.IntStream.rangeClosed(0, Backlog.BANDS_HOURS.size())
                                .mapToObj(i -> ((Number) t.get("band" + i)).longValue()).toList())));
    }

    /**
     * Marks the entry read by its authority. The first acknowledgement is the authority's legal time
     * of receipt and is kept: the mark is one conditional update ({@code acknowledged_at is null}),
     * so of concurrent callers (a portal retrying on a timeout) exactly one marks it and is audited;
     * the others wait for its commit, mark nothing, and are answered with the kept time.
     */
    @Transactional
    public InboxEntryView acknowledge(AuthorityId authority, long entryId, Caller caller) {
        int marked = Panache.getEntityManager().createNativeQuery("update inbox_entry set acknowledged_at = :at, acknowledged_by = :by"
                        + " where id = :id and authority_id = :authority and acknowledged_at is null")
                .setParameter("at", LegalTime.now())
                .setParameter("by", caller.subject())
                .setParameter("id", entryId)
                .setParameter("authority", authority.toString())
                .executeUpdate();
        // Read after the update: a new statement sees the acknowledgement that won, this one's or another's.
        InboxEntryEntity e = InboxEntryEntity.find("id = ?1 and authorityId = ?2", entryId, authority.toString()).firstResult();
        if (e == null) {
            throw ProblemException.notFound();
        }
        if (marked == 1) {
            audit.record(caller, "INBOX_ENTRY_ACKNOWLEDGED", "inbox_entry", String.valueOf(entryId));
        }
        return view(e, institutions.names(Set.of(e.institutionUscc)));
    }

    /**
     * Marks these entries read by their authority in one statement; entries acknowledged before keep
     * their first acknowledgement, and ids not in this authority's inbox are named back (the one-entry
     * form answers 404 for them: this says no more). The update's own condition
     * ({@code acknowledged_at is null}, checked again on the row a concurrent request just committed)
     * makes the first acknowledgement of each entry win, whatever runs beside it. One audit record for
     * a request that marked something; each entry records who acknowledged it and when, and the answer
     * gives every entry of the request its kept time.
     */
    @Transactional
    public InboxAcknowledgement.Result acknowledgeAll(AuthorityId authority, List<Long> entryIds, Caller caller) {
        Long[] ids = entryIds.toArray(Long[]::new);
        // Rows are locked in id order, so two requests over overlapping pages never deadlock.
        int marked = Panache.getEntityManager().createNativeQuery("update inbox_entry set acknowledged_at = :at, acknowledged_by = :by"
                        + " where acknowledged_at is null and id in (select e.id from inbox_entry e where e.id = any(cast(:ids as bigint[]))"
                        + " and e.authority_id = :authority and e.acknowledged_at is null order by e.id for update)")
                .setParameter("ids", ids)
                .setParameter("authority", authority.toString())
                .setParameter("at", LegalTime.now())
                .setParameter("by", caller.subject())
                .executeUpdate();
        // A new statement: every entry's kept acknowledgement, this request's or an earlier one's.
        @SuppressWarnings("unchecked")
        List<Tuple> mine = Panache.getEntityManager().createNativeQuery("select e.id as id, e.acknowledged_at as acknowledged_at"
                        + " from inbox_entry e where e.id = any(cast(:ids as bigint[])) and e.authority_id = :authority order by e.id", Tuple.class)
                .setParameter("ids", ids)
                .setParameter("authority", authority.toString())
                .getResultList();
        Set<Long> found = new HashSet<>();
        List<InboxAcknowledgement.Kept> kept = new ArrayList<>();
        for (Tuple row : mine) {
            long id = ((Number) row.get("id")).longValue();
            found.add(id);
            kept.add(new InboxAcknowledgement.Kept(id, LegalTime.local(LegalTime.fromDriver(row.get("acknowledged_at")))));
        }
        List<Long> notFound = entryIds.stream().filter(id -> !found.contains(id)).sorted().toList();
        if (marked > 0) {
            audit.record(caller, "INBOX_ENTRIES_ACKNOWLEDGED", "inbox", authority.toString());
        }
        return new InboxAcknowledgement.Result(marked, mine.size() - marked, notFound, kept);
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
