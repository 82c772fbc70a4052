package cn.healthsec.reporting.submission;

import cn.healthsec.reporting.audit.AuditLog;
import cn.healthsec.reporting.authority.AuthorityId;
import cn.healthsec.reporting.problem.ProblemException;
import cn.healthsec.reporting.reference.ReferenceData;
import cn.healthsec.reporting.routing.Deliveries;
import cn.healthsec.reporting.rules.LegalTime;
import cn.healthsec.reporting.rules.SubmissionType;
import cn.healthsec.reporting.security.Caller;
import cn.healthsec.reporting.submission.api.ReceiptView;
import cn.healthsec.reporting.submission.api.SubmissionContentView;
import cn.healthsec.reporting.submission.api.SubmissionSummary;
import cn.healthsec.reporting.submission.api.SubmissionView;
import cn.healthsec.reporting.web.Cursor;
import cn.healthsec.reporting.web.Page;
import cn.healthsec.reporting.web.StoredJson;
import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.Tuple;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Reading submissions: each caller sees its own (institution), its jurisdiction's and what was
 * routed to it (authority). Anything else is "not found", so ids cannot be probed.
 */
@ApplicationScoped
public class SubmissionQueries {

    @Inject
    SubmissionDayCounts dayCounts;

    @Inject
    Visibility visibility;

    @Inject
    ReferenceData referenceData;

    @Inject
    ReceiptRenderer receipts;

    @Inject
    StoredJson json;

    @Inject
    Deliveries deliveries;

    @Inject
    AuditLog audit;

    @Inject
    SubmissionLifecycle lifecycle;

    /** A submission as its reader sees it, with its ETag. */
    public record Read(SubmissionView view, String etag) {
    }

    @Transactional
    public Read read(UUID id, Caller caller, Locale locale) {
        SubmissionEntity s = readable(id, caller, "SUBMISSION_READ");
        SubmissionView.RetractionView retraction = s.retractedAt == null ? null
                : new SubmissionView.RetractionView(LegalTime.local(s.retractedAt), s.retractedBy, s.retractionReason);
        return new Read(new SubmissionView(json.tree(s.payload, "payload of " + id), s.contentType, receipts.render(s,
                deliveries.delivered(List.of(id)), locale, Instant.now()), s.version, s.previousVersionId, lifecycle.nextVersion(s.id).orElse(null),
                lifecycle.decision(s.id).orElse(null), retraction), s.etag());
    }

    /** A submission's content under its discriminator, with the submission's ETag; read and refused as {@link #read}. */
    public record Content(SubmissionContentView view, String etag) {
    }

    @Transactional
    public Content content(UUID id, Caller caller) {
        SubmissionEntity s = readable(id, caller, "SUBMISSION_CONTENT_READ");
        return new Content(new SubmissionContentView(s.contentType, json.tree(s.payload, "payload of " + id)), s.etag());
    }

    /** The submission, if the caller may see it, its reading audited as {@code action}; else the audited 404 of what does not exist. */
    private SubmissionEntity readable(UUID id, Caller caller, String action) {
        SubmissionEntity s = SubmissionEntity.findById(id);
        if (s == null || !visibility.maySee(caller, s.institutionUscc, visibility.related(s))) {
            audit.denied(caller, action, "submission", id.toString());
            throw ProblemException.notFound();
        }
        audit.record(caller, action, s.type.name(), id.toString());
        return s;
    }

    /** A submission's receipt with its current ETag: the answer to a filing. */
    public record Answer(ReceiptView receipt, String etag) {
    }

    /**
     * The receipt and ETag of a submission filed (or replayed) in the caller's transaction, read
     * before it commits: the submission is the one the transaction holds, so the answer costs one
     * read of its deliveries, not a transaction of its own after the commit.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Answer answer(UUID id, Locale locale) {
        SubmissionEntity s = SubmissionEntity.findById(id);
        return new Answer(receipts.render(s, deliveries.delivered(List.of(id)), locale, Instant.now()), s.etag());
    }

    /** The receipt alone (a dry run's, in its own transaction). */
    @Transactional(Transactional.TxType.MANDATORY)
    public ReceiptView receipt(UUID id, Locale locale) {
        return answer(id, locale).receipt();
    }

    /** For other capabilities: one submission's label, without a visibility check (the caller's own business). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<SubmissionSummary> summary(UUID id) {
        return SubmissionEntity.<SubmissionEntity>findByIdOptional(id).map(SubmissionQueries::summaryOf);
    }

    /** For other capabilities: the labels of these submissions, by id. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<UUID, SubmissionSummary> summaries(Collection<UUID> ids) {
        return ids.isEmpty() ? Map.of() : SubmissionEntity.<SubmissionEntity>list("id in ?1", ids).stream()
                .collect(Collectors.toMap(s -> s.id, SubmissionQueries::summaryOf));
    }

    /**
     * A page of what the caller may see, oldest first. An institution's from its own index; an
     * authority's as the merge of the three streams that make up the rule of {@link Visibility#maySee}, each in
     * (received_at, id) order from an index keyed by the authority (V22): the submissions of the
     * institutions it supervises ({@code submission.supervising_authority_id}, one index range per
     * commission under it, as the registry has it now: {@link SupervisorCopies}), what was delivered to
     * it (routing's {@code delivery}) and what it may see through a relative delivered to it (routing's
     * {@code delivered_relative}). Each stream stops at the page's size, so a page reads about (number
     * of streams) × (page size) keys whatever the record holds; {@code SubmissionListingTest} checks
     * the merge against {@link Visibility#maySee}, row by row.
     */
    @Transactional
    public Page<SubmissionSummary> list(Caller caller, SubmissionType type, String status, Instant since, String after, int limit) {
        Map<String, Object> p = new LinkedHashMap<>();
        // What is asked of the submission itself (s).
        StringBuilder content = new StringBuilder();
        if (status != null) {
            content.append(" and coalesce(s.state, s.status) = :status");
            p.put("status", status);
        }
        if (type != null) {
            content.append(" and s.type = :type");
            p.put("type", type.name());
        }
        if (since != null) {
            p.put("since", since);
        }
        Cursor cursor = Cursor.after(after);
        if (cursor != null) {
            p.put("at", cursor.firstInstant());
            p.put("id", cursor.secondUuid());
        }
        Window window = new Window(since != null, cursor != null);
        p.put("limit", limit + 1);
        String sql;
        if (caller.actsForInstitution()) {
            sql = "select " + Listed.COLUMNS + " from submission s where s.institution_uscc = :uscc" + content + window.on("s.received_at", "s.id")
                    + " order by s.received_at, s.id limit :limit";
            p.put("uscc", caller.uscc());
        } else if (caller.isAuthority()) {
            sql = "select " + Listed.COLUMNS + " from submission s join (select received_at, id from (" + String.join(" union ", streams(caller, content, window, p))
                    + ") k order by received_at, id limit :limit) k on k.id = s.id order by s.received_at, s.id";
        } else {
            throw ProblemException.forbidden("role");
        }
        var query = Panache.getEntityManager().createNativeQuery(sql, Tuple.class);
        p.forEach(query::setParameter);
        @SuppressWarnings("unchecked")
        List<Tuple> rows = query.getResultList();
        audit.record(caller, "SUBMISSIONS_LISTED", null, null);
        return Page.of(rows.stream().map(Listed::of).toList(), limit, Listed::summary, l -> Cursor.of(l.receivedAt(), l.id()));
    }

    /**
     * A listed submission: the columns of its summary and no more. The content ({@code payload},
     * {@code evaluation}: 2–3 KB of JSON each, compressed out of line) is never read for a list
     * (issue 14: detoasting and sending it for 51 rows was 6.6 ms of a 9.3 ms page at 5 M submissions).
     */
    private record Listed(UUID id, String reference, SubmissionType type, String institutionUscc, Instant receivedAt, String status,
                          String state, int version, String decision, String submittedBy, String submittedByRole) {

        static final String COLUMNS = "s.id, s.reference, s.type, s.institution_uscc, s.received_at, s.status, s.state, s.version,"
                + " s.decision, s.submitted_by, s.submitted_by_role";

        static Listed of(Tuple t) {
            return new Listed(t.get("id", UUID.class), t.get("reference", String.class), SubmissionType.valueOf(t.get("type", String.class)),
                    t.get("institution_uscc", String.class), LegalTime.fromDriver(t.get("received_at")), t.get("status", String.class),
                    t.get("state", String.class), ((Number) t.get("version")).intValue(), t.get("decision", String.class),
                    t.get("submitted_by", String.class), t.get("submitted_by_role", String.class));
        }

        /** As {@link #summaryOf} answers it from the entity. */
        SubmissionSummary summary() {
            return new SubmissionSummary(id, reference, type.name(), institutionUscc, LegalTime.local(receivedAt),
                    SubmissionEntity.currentStatus(state, status), version, decision, new SubmissionSummary.Filer(submittedBy, submittedByRole));
        }
    }

    /** Where a page starts ({@code :since}, and after the cursor's {@code (:at, :id)}), as a condition on a stream's own columns. */
    private record Window(boolean since, boolean cursor) {
        String on(String receivedAt, String id) {
            return (since ? " and " + receivedAt + " >= :since" : "") + (cursor ? " and (" + receivedAt + ", " + id + ") > (:at, :id)" : "");
        }
    }

    /**
     * An authority's streams for {@link #list}, each the keys (received_at, id) of at most a page of
     * submissions, in order. A stream read from routing's views is walked in the view's own
     * (received_at, submission_id) order, which is its submission's (a delivery carries the instant its
     * submission was received), and joins the submission only when the content is filtered.
     */
    private List<String> streams(Caller caller, CharSequence content, Window window, Map<String, Object> p) {
        List<String> streams = new ArrayList<>();
        String bounds = content + window.on("s.received_at", "s.id") + " order by s.received_at, s.id limit :limit";
        if (caller.authority().isNational()) {
            // Every registered institution: the received order itself, less what no registry entry holds.
            streams.add("(select s.received_at, s.id from submission s where s.supervising_authority_id is not null" + bounds + ")");
        } else {
            List<AuthorityId> commissions = referenceData.authorities().supervisedCommissions(caller.authority());
            if (!commissions.isEmpty()) {
                streams.add("(select x.received_at, x.id from unnest(cast(:supervisors as varchar[])) a (id) cross join lateral"
                        + " (select s.received_at, s.id from submission s where s.supervising_authority_id = a.id" + bounds
                        + ") x order by 1, 2 limit :limit)");
                p.put("supervisors", commissions.stream().map(AuthorityId::toString).toArray(String[]::new));
            }
        }
        for (String view : List.of("delivery", "delivered_relative")) {
            streams.add("(select v.received_at, v.submission_id as id from " + view + " v"
                    + (content.isEmpty() ? "" : " join submission s on s.id = v.submission_id")
                    + " where v.authority_id = :me" + content + window.on("v.received_at", "v.submission_id")
                    + " order by v.received_at, v.submission_id limit :limit)");
        }
        p.put("me", caller.authority().toString());
        return streams;
    }

    /**
     * For a commission's statistics: the submissions received on the legal days {@code from} to
     * {@code to} (inclusive) of the institutions it supervises ({@code supervisedPattern}, over the
     * registry's published view; closed days from their day counts, {@link SubmissionDayCounts}), or
     * for a body that supervises none (null pattern), of those delivered to {@code authorityId}.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<TypeCount> countsByDivision(String supervisedPattern, String authorityId, LocalDate from, LocalDate to) {
        if (supervisedPattern != null) {
            return dayCounts.supervised(supervisedPattern, from, to);
        }
        @SuppressWarnings("unchecked")
        List<Tuple> rows = Panache.getEntityManager().createNativeQuery("select r.division_code as division, s.type as type, "
                        + SubmissionDayCounts.LEGAL_MONTH + " as month,"
                        + " count(*) as n from submission s left join registered_institution r on r.uscc = s.institution_uscc where"
                        + " exists (select 1 from delivery d where d.submission_id = s.id and d.authority_id = :scope)"
                        + " and s.received_at >= :from and s.received_at < :to group by r.division_code, s.type, 3",
                        Tuple.class)
                .setParameter("scope", authorityId)
                .setParameter("from", LegalTime.endOf(from.minusDays(1))).setParameter("to", LegalTime.endOf(to))
                .getResultList();
        return rows.stream().map(SubmissionDayCounts::typeCount).toList();
    }

    static SubmissionSummary summaryOf(SubmissionEntity s) {
        return new SubmissionSummary(s.id, s.reference, s.type.name(), s.institutionUscc, LegalTime.local(s.receivedAt), s.currentStatus(),
                s.version, s.decision, new SubmissionSummary.Filer(s.submittedBy, s.submittedByRole));
    }
}
