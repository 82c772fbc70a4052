package cn.healthsec.reporting.submission;

import cn.healthsec.reporting.audit.AuditLog;
import cn.healthsec.reporting.problem.FieldError;
import cn.healthsec.reporting.problem.ProblemException;
import cn.healthsec.reporting.routing.Delivered;
import cn.healthsec.reporting.routing.Deliveries;
import cn.healthsec.reporting.rules.LegalTime;
import cn.healthsec.reporting.rules.SubmissionType;
import cn.healthsec.reporting.security.Caller;
import cn.healthsec.reporting.submission.api.DecisionOutcome;
import cn.healthsec.reporting.submission.api.DecisionRequest;
import cn.healthsec.reporting.submission.api.DecisionView;
import cn.healthsec.reporting.submission.api.HistoryEvent;
import cn.healthsec.reporting.submission.api.SubmissionSummary;
import cn.healthsec.reporting.submission.api.VersionView;
import cn.healthsec.reporting.web.StoredJson;
import cn.healthsec.reporting.webhook.EventType;
import cn.healthsec.reporting.webhook.InstitutionEvents;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.flipkart.zjsonpatch.JsonDiff;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The life of a submission after receipt: its primary recipient's decisions, its amendment into a
 * next version (which supersedes it), its retraction, and what a reader sees of all that — its
 * versions, the difference between two of them, its history. Every change takes the submission's
 * row lock and is refused unless the caller names the state it read ({@code If-Match} against the
 * ETag), so two changes made on the same reading cannot both succeed.
 */
@ApplicationScoped
public class SubmissionLifecycle {

    /** An incident is a thread corrected by its updates and final report: none of these changes apply to it. */
    static final SubmissionType NOT_CHANGEABLE = SubmissionType.INCIDENT_REPORT;

    @Inject
    InstitutionEvents events;

    @Inject
    EntityManager em;

    @Inject
    Visibility visibility;

    @Inject
    ReportTypes types;

    @Inject
    Deliveries deliveries;

    @Inject
    AuditLog audit;

    @Inject
    StoredJson json;

    @Inject
    Event<SubmissionStateChanged> changed;

    /** The submission an operation targets, as its caller may see it: its type and institution. */
    public record Target(UUID id, SubmissionType type, String institutionUscc) {
    }

    /** A change's answer: what was recorded and the submission's new ETag. */
    public record Changed<T>(T body, String etag) {
    }

    /** The submission if the caller may see it; otherwise the refusal is audited and answered as "not found". */
    @Transactional
    public Target target(UUID id, Caller caller, String action) {
        SubmissionEntity s = visible(SubmissionEntity.findById(id), id, caller, action);
        return new Target(s.id, s.type, s.institutionUscc);
    }

    /**
     * Records the primary recipient's decision. A copy recipient (a CAC, public security, an NHC
     * copy) may see the submission but not decide (403); a superseded or retracted version, or an
     * incident, takes no decision (409).
     */
    @Transactional
    public Changed<DecisionView> decide(UUID id, Caller caller, List<String> ifMatch, DecisionRequest request) {
        SubmissionEntity s = locked(id, caller, "SUBMISSION_DECIDE");
        String me = caller.authority().toString();
        if (deliveries.delivered(List.of(id)).stream().noneMatch(d -> d.primary() && d.authorityId().equals(me))) {
            audit.denied(caller, "SUBMISSION_DECIDE", s.type.name(), id.toString());
            throw ProblemException.forbidden("not-primary-recipient");
        }
        requireCurrent(s, ifMatch);
        requireStanding(s);
        ReportType<?> type = types.of(s.type);
        if (!type.decisions().contains(request.outcome())) {
            throw ProblemException.validation(List.of(FieldError.of("/outcome", "not_for_this_type",
                    Map.of("allowed", type.decisions().stream().map(Enum::name).sorted().collect(Collectors.joining(", "))))));
        }
        DecisionEntity d = new DecisionEntity();
        d.submissionId = s.id;
        d.authorityId = me;
        d.outcome = request.outcome().name();
        d.comment = request.comment();
        d.findings = json.write(request.findings() == null ? List.of() : request.findings());
        d.decidedBy = caller.subject();
        d.decidedAt = LegalTime.now();
        d.persist();
        s.decision = d.outcome;
        s.state = request.outcome() == DecisionOutcome.RETURNED_FOR_CORRECTION ? SubmissionStatus.RETURNED_FOR_CORRECTION : null;
        s.revision++;
        audit.record(caller, switch (request.outcome()) {
            case ACCEPTED -> "SUBMISSION_DECIDED_ACCEPTED";
            case RETURNED_FOR_CORRECTION -> "SUBMISSION_RETURNED";
            case APPROVED -> "SUBMISSION_APPROVED";
            case REFUSED -> "SUBMISSION_REFUSED";
        }, s.type.name(), id.toString());
        type.decided(s.id, request.outcome());
        changed.fire(new SubmissionStateChanged(s.institutionUscc, s.id));
        DecisionView decided = view(d);
        // The institution's push subscribers hear of it with the decision as its submission shows it, in this transaction.
        events.publish(s.institutionUscc, request.outcome() == DecisionOutcome.RETURNED_FOR_CORRECTION ? EventType.SUBMISSION_RETURNED
                : EventType.SUBMISSION_DECIDED, s.id.toString(), decided);
        return new Changed<>(decided, s.etag());
    }

    /**
     * Withdraws a submission sent in error, until an authority has decided on any version of it:
     * nothing is deleted; it reads RETRACTED, stops counting for the institution's record, and every
     * recipient is told.
     */
    @Transactional
    public Changed<SubmissionEntity> retract(UUID id, Caller caller, List<String> ifMatch, String reason) {
        SubmissionEntity s = locked(id, caller, "SUBMISSION_RETRACT");
        requireCurrent(s, ifMatch);
        requireStanding(s);
        long decided = DecisionEntity.count("submissionId in (select v.id from SubmissionEntity v where v.lineageId = ?1)", s.lineageId);
        if (decided > 0) {
            throw ProblemException.conflict("decided", List.of());
        }
        Instant now = LegalTime.now();
        s.state = SubmissionStatus.RETRACTED;
        s.retractedAt = now;
        s.retractedBy = caller.subject();
        s.retractionReason = reason;
        s.revision++;
        types.withdraw(s.type, s.id);
        deliveries.retraction(s.id, now);
        audit.record(caller, "SUBMISSION_RETRACTED", s.type.name(), id.toString());
        changed.fire(new SubmissionStateChanged(s.institutionUscc, s.id));
        return new Changed<>(s, s.etag());
    }

    /**
     * In the amendment's transaction, before its new version is filed: the version amended — found
     * visible to the caller by {@link #target} — becomes SUPERSEDED and stops counting for the
     * record; answers what the new version continues. Locked, then refused unless {@code ifMatch}
     * names its state and it still stands.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Received.Amending supersede(Target previous, List<String> ifMatch) {
        SubmissionEntity s = em.find(SubmissionEntity.class, previous.id(), LockModeType.PESSIMISTIC_WRITE);
        requireCurrent(s, ifMatch);
        requireStanding(s);
        s.state = SubmissionStatus.SUPERSEDED;
        s.revision++;
        types.withdraw(s.type, s.id);
        return new Received.Amending(s.id, s.reference, s.lineageId, s.version + 1, s.reference.replaceFirst("/\\d+$", ""));
    }

    /** The versions of the submission's lineage, oldest first. */
    @Transactional
    public List<VersionView> versions(UUID id, Caller caller) {
        SubmissionEntity s = visible(SubmissionEntity.findById(id), id, caller, "SUBMISSION_VERSIONS_READ");
        audit.record(caller, "SUBMISSION_VERSIONS_READ", s.type.name(), id.toString());
        return lineage(s).stream().map(v -> new VersionView(v.version, v.id, v.reference, LegalTime.local(v.receivedAt), v.currentStatus(),
                v.decision, new SubmissionSummary.Filer(v.submittedBy, v.submittedByRole))).toList();
    }

    /**
     * What changed between two versions of the submission's lineage, as a JSON Patch (RFC 6902)
     * turning version {@code from} into version {@code to}: by default the version before this one
     * into this one. Computed by zjsonpatch over the documents as accepted.
     */
    @Transactional
    public JsonNode diff(UUID id, Caller caller, Integer from, Integer to) {
        SubmissionEntity s = visible(SubmissionEntity.findById(id), id, caller, "SUBMISSION_DIFF_READ");
        Map<Integer, SubmissionEntity> versions = lineage(s).stream().collect(Collectors.toMap(v -> v.version, Function.identity()));
        int target = to != null ? to : s.version;
        int source = from != null ? from : Math.max(1, target - 1);
        List<FieldError> errors = new ArrayList<>();
        if (!versions.containsKey(source)) {
            errors.add(FieldError.of("from", "unknown_version"));
        }
        if (!versions.containsKey(target)) {
            errors.add(FieldError.of("to", "unknown_version"));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.validation(errors);
        }
        audit.record(caller, "SUBMISSION_DIFF_READ", s.type.name(), id.toString());
        return JsonDiff.asJson(json.tree(versions.get(source).payload, "payload of version " + source),
                json.tree(versions.get(target).payload, "payload of version " + target));
    }

    /**
     * Every change of every version of the submission's lineage, oldest first: received, routed,
     * delivered to each recipient, acknowledged, decided or returned, amended and superseded,
     * retracted and the recipients told — each with who and when. Assembled from the records each
     * change wrote (the submission rows, the inbox entries, the decisions), so it cannot drift from them.
     */
    @Transactional
    public List<HistoryEvent> history(UUID id, Caller caller) {
        SubmissionEntity s = visible(SubmissionEntity.findById(id), id, caller, "SUBMISSION_HISTORY_READ");
        List<SubmissionEntity> versions = lineage(s);
        List<UUID> ids = versions.stream().map(v -> v.id).toList();
        Map<UUID, Integer> versionOf = versions.stream().collect(Collectors.toMap(v -> v.id, v -> v.version));
        Map<UUID, List<Delivered>> entries = deliveries.entriesAbout(ids).stream().collect(Collectors.groupingBy(Delivered::submissionId));
        List<HistoryEvent> out = new ArrayList<>();
        for (SubmissionEntity v : versions) {
            if (v.previousVersionId != null) {
                out.add(event(v.receivedAt, HistoryEvent.Event.AMENDED, v, v.submittedBy, null, "amends version " + (v.version - 1)));
                out.add(event(v.receivedAt, HistoryEvent.Event.SUPERSEDED, versions.get(v.version - 2), v.submittedBy, null,
                        "by version " + v.version));
            } else {
                out.add(event(v.receivedAt, HistoryEvent.Event.RECEIVED, v, v.submittedBy, null, v.status));
            }
            List<Delivered> ofVersion = entries.getOrDefault(v.id, List.of());
            long routes = ofVersion.stream().filter(e -> InboxKind.SUBMISSION.equals(e.kind())).count();
            out.add(event(v.receivedAt, HistoryEvent.Event.ROUTED, v, null, null, routes + " recipient(s)"));
            for (Delivered e : ofVersion) {
                boolean retraction = InboxKind.RETRACTION.equals(e.kind());
                out.add(event(e.deliveredAt(), retraction ? HistoryEvent.Event.RETRACTION_DELIVERED : HistoryEvent.Event.DELIVERED, v, null,
                        e.authorityId(), e.reason()));
                if (e.acknowledgedAt() != null) {
                    out.add(event(e.acknowledgedAt(), HistoryEvent.Event.ACKNOWLEDGED, v, e.acknowledgedBy(), e.authorityId(),
                            retraction ? "retraction" : e.reason()));
                }
            }
        }
        for (DecisionEntity d : DecisionEntity.<DecisionEntity>list("submissionId in ?1 order by id", ids)) {
            SubmissionEntity v = versions.get(versionOf.get(d.submissionId) - 1);
            boolean returned = DecisionOutcome.RETURNED_FOR_CORRECTION.name().equals(d.outcome);
            out.add(event(d.decidedAt, returned ? HistoryEvent.Event.RETURNED : HistoryEvent.Event.DECIDED, v, d.decidedBy, d.authorityId,
                    d.outcome));
        }
        for (SubmissionEntity v : versions) {
            if (v.retractedAt != null) {
                out.add(event(v.retractedAt, HistoryEvent.Event.RETRACTED, v, v.retractedBy, null, v.retractionReason));
            }
        }
        // Stable: events of one instant keep the order they happened in (amended, superseded, routed, delivered).
        out.sort(Comparator.comparing(HistoryEvent::at));
        audit.record(caller, "SUBMISSION_HISTORY_READ", s.type.name(), id.toString());
        return out;
    }

    /** The standing decision of a submission, or none. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<DecisionView> decision(UUID id) {
        return DecisionEntity.<DecisionEntity>find("submissionId = ?1 order by id desc", id).firstResultOptional().map(this::view);
    }

    /** The version after this one, if it was amended. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<UUID> nextVersion(UUID id) {
        return SubmissionEntity.<SubmissionEntity>find("previousVersionId", id).firstResultOptional().map(n -> n.id);
    }

    /**
     * For the obligation ledger: every return for correction that stands, of the institution's
     * submissions, oldest first. One statement, returning values rather than entities: the ledger
     * runs in the filing's transaction, and loading entities there made every later statement's
     * auto-flush walk them (profiled: N+1 look-ups made a filing's latency grow with its returns).
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<CorrectionOwed> corrections(String uscc) {
        @SuppressWarnings("unchecked")
        List<jakarta.persistence.Tuple> rows = em.createNativeQuery("""
                        select s.id as id, s.reference as reference, s.type as type,
                               (select d.decided_at from submission_decision d where d.submission_id = s.id
                                 order by d.id desc limit 1) as returned_at,
                               n.id as next_id, n.received_at as next_at
                          from submission s left join submission n on n.previous_version_id = s.id
                         where s.institution_uscc = :uscc and s.decision = 'RETURNED_FOR_CORRECTION'
                         order by s.received_at, s.id""", jakarta.persistence.Tuple.class)
                .setParameter("uscc", uscc).getResultList();
        return rows.stream().map(t -> new CorrectionOwed(t.get("id", UUID.class), t.get("reference", String.class),
                SubmissionType.valueOf(t.get("type", String.class)), LegalTime.fromDriver(t.get("returned_at")), t.get("next_id", UUID.class),
                LegalTime.fromDriver(t.get("next_at")))).toList();
    }

    private SubmissionEntity locked(UUID id, Caller caller, String action) {
        return visible(em.find(SubmissionEntity.class, id, LockModeType.PESSIMISTIC_WRITE), id, caller, action);
    }

    private SubmissionEntity visible(SubmissionEntity s, UUID id, Caller caller, String action) {
        if (s == null || !visibility.maySee(caller, s.institutionUscc, visibility.related(s))) {
            audit.denied(caller, action, "submission", id.toString());
            throw ProblemException.notFound();
        }
        return s;
    }

    /** The caller must name the state it read: the current ETag among those of {@code If-Match}. */
    private static void requireCurrent(SubmissionEntity s, List<String> ifMatch) {
        if (!ifMatch.contains(s.etag())) {
            throw ProblemException.preconditionFailed();
        }
    }

    private static void requireStanding(SubmissionEntity s) {
        if (s.type == NOT_CHANGEABLE) {
            throw ProblemException.conflict("incident-thread", List.of());
        }
        if (SubmissionStatus.SUPERSEDED.equals(s.state)) {
            throw ProblemException.conflict("superseded", List.of());
        }
        if (SubmissionStatus.RETRACTED.equals(s.state)) {
            throw ProblemException.conflict("retracted", List.of());
        }
    }

    private static List<SubmissionEntity> lineage(SubmissionEntity s) {
        return SubmissionEntity.list("lineageId = ?1 order by version", s.lineageId);
    }

    private static HistoryEvent event(Instant at, HistoryEvent.Event event, SubmissionEntity v, String actor, String authority,
                                      String detail) {
        return new HistoryEvent(LegalTime.local(at), event, v.id, v.version, actor, authority, detail);
    }

    DecisionView view(DecisionEntity d) {
        List<DecisionRequest.FieldFinding> findings = json.read(d.findings, new TypeReference<>() { }, "findings of decision " + d.id);
        return new DecisionView(d.id, d.submissionId, d.authorityId, DecisionOutcome.valueOf(d.outcome), d.comment, findings, d.decidedBy,
                LegalTime.local(d.decidedAt));
    }

    /** The inbox entry kinds a history distinguishes (routing's values). */
    private static final class InboxKind {
        static final String SUBMISSION = "SUBMISSION";
        static final String RETRACTION = "RETRACTION";
    }
}
