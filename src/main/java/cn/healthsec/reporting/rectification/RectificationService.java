package cn.healthsec.reporting.rectification;

import cn.healthsec.reporting.audit.AuditLog;
import cn.healthsec.reporting.authority.AuthorityId;
import cn.healthsec.reporting.institution.Institution;
import cn.healthsec.reporting.institution.InstitutionService;
import cn.healthsec.reporting.institution.Jurisdiction;
import cn.healthsec.reporting.problem.FieldError;
import cn.healthsec.reporting.problem.ProblemException;
import cn.healthsec.reporting.rectification.api.NoticeProblem;
import cn.healthsec.reporting.rectification.api.ProblemAnswer;
import cn.healthsec.reporting.rectification.api.RectificationNoticeRequest;
import cn.healthsec.reporting.rectification.api.RectificationNoticeView;
import cn.healthsec.reporting.rectification.api.RectificationReportRequest;
import cn.healthsec.reporting.reference.ReferenceData;
import cn.healthsec.reporting.routing.RoutingFacts;
import cn.healthsec.reporting.rules.LegalTime;
import cn.healthsec.reporting.rules.Outcome;
import cn.healthsec.reporting.rules.SubmissionType;
import cn.healthsec.reporting.security.Caller;
import cn.healthsec.reporting.submission.Accepted;
import cn.healthsec.reporting.submission.NewSubmission;
import cn.healthsec.reporting.submission.Received;
import cn.healthsec.reporting.submission.ReportForm;
import cn.healthsec.reporting.submission.ReportRow;
import cn.healthsec.reporting.submission.ReportType;
import cn.healthsec.reporting.submission.SubmissionService;
import cn.healthsec.reporting.web.StoredJson;
import cn.healthsec.reporting.webhook.EventType;
import cn.healthsec.reporting.webhook.InstitutionEvents;
import com.fasterxml.jackson.core.type.TypeReference;
import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Rectification notices and their answers: a health commission supervising an institution sends
 * it the problems found and a due date; the institution answers with a rectification report (a
 * submission of its own, routed to the issuer); the obligation ledger holds the pair.
 */
@ApplicationScoped
public class RectificationService extends ReportType<RectificationReportRequest> {

    @Inject
    InstitutionEvents events;

    @Inject
    InstitutionService institutions;

    @Inject
    ReferenceData referenceData;

    @Inject
    SubmissionService submissions;

    @Inject
    AuditLog audit;

    @Inject
    StoredJson json;

    @Inject
    Event<RectificationNoticeIssued> issued;

    RectificationService() {
        super(new ReportForm<>("fileRectificationReport", SubmissionType.RECTIFICATION_REPORT, RectificationReportRequest.class,
                RectificationChecks::report, RectificationChecks.SCANNER, RectificationReportRequest::institution), RectificationAnswerEntity.class);
    }

    /** A notice as issued, and whether this request issued it (false: the same notice was issued before under its id). */
    public record Issued(RectificationNoticeView notice, boolean created) {
    }

    /**
     * Issues a notice to an institution the caller supervises (its supervisor or a commission above
     * it). Another kind of authority may not (403); an institution outside the caller's jurisdiction
     * is answered as unknown (404). A notice under an id the caller chose that was issued before is
     * answered again when it is the same notice to the same institution by the same commission, and
     * refused (409) otherwise: ids are never reused.
     */
    @Transactional
    public Issued issue(String uscc, RectificationNoticeRequest r, Caller caller) {
        if (!caller.isAuthority() || !caller.authority().isHealthCommission()) {
            throw ProblemException.forbidden("not-health-commission");
        }
        Institution institution = covered(uscc, caller, "RECTIFICATION_NOTICE_ISSUE");
        if (r.id() != null) {
            // Two retries at once: the second waits for the first and then answers its notice.
            Panache.getEntityManager().createNativeQuery("select pg_advisory_xact_lock(:key)")
                    .setParameter("key", r.id().getMostSignificantBits() ^ r.id().getLeastSignificantBits()).getSingleResult();
            RectificationNoticeEntity earlier = RectificationNoticeEntity.findById(r.id());
            if (earlier != null) {
                if (!sameNotice(earlier, institution.uscc(), caller, r)) {
                    throw ProblemException.conflict("notice-id-in-use", List.of(FieldError.of("/id", "id_in_use")));
                }
                audit.record(caller, "RECTIFICATION_NOTICE_REPLAYED", "rectification_notice", earlier.id.toString());
                return new Issued(view(earlier, firstAnswers(institution.uscc())), false);
            }
        }
        RectificationNoticeEntity n = new RectificationNoticeEntity();
        n.id = r.id() != null ? r.id() : UUID.randomUUID();
        Number next = (Number) Panache.getEntityManager().createNativeQuery("select nextval('rectification_notice_seq')").getSingleResult();
        n.issuedAt = LegalTime.now();
        n.reference = String.format("RN-%d-%08d", LegalTime.dateOf(n.issuedAt).getYear(), next.longValue());
        n.institutionUscc = institution.uscc();
        n.authorityId = caller.authority().toString();
        n.documentNumber = r.documentNumber();
        n.summary = r.summary();
        n.problems = json.write(r.problems());
        n.dueOn = r.dueOn();
        n.issuedBy = caller.subject();
        n.persist();
        audit.record(caller, "RECTIFICATION_NOTICE_ISSUED", "rectification_notice", n.id.toString());
        issued.fire(new RectificationNoticeIssued(institution.uscc()));
        RectificationNoticeView notice = view(n, Map.of());
        events.publish(institution.uscc(), EventType.RECTIFICATION_NOTICE_ISSUED, n.id.toString(), notice);
        return new Issued(notice, true);
    }

    private boolean sameNotice(RectificationNoticeEntity n, String uscc, Caller caller, RectificationNoticeRequest r) {
        return n.institutionUscc.equals(uscc) && n.authorityId.equals(caller.authority().toString()) && n.summary.equals(r.summary())
                && n.dueOn.equals(r.dueOn()) && java.util.Objects.equals(n.documentNumber, r.documentNumber())
                && problems(n).equals(r.problems());
    }

    /** The notices of an institution, oldest first, for the institution (or its delegate), its commissions and the admin. */
    @Transactional
    public List<RectificationNoticeView> notices(String uscc, Caller caller) {
        if (!caller.isAdmin()) {
            covered(uscc, caller, "RECTIFICATION_NOTICES_READ");
        }
        List<RectificationNoticeEntity> notices = RectificationNoticeEntity.list("institutionUscc = ?1 order by issuedAt, id", uscc);
        audit.record(caller, "RECTIFICATION_NOTICES_READ", "institution", uscc);
        Map<UUID, RectificationAnswerEntity> answers = firstAnswers(uscc);
        return notices.stream().map(n -> view(n, answers)).toList();
    }

    /** One transaction: the report answers a notice of this institution, and is routed to the notice's issuer. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Accepted file(Received<RectificationReportRequest> r) {
        RectificationReportRequest report = r.report();
        RectificationNoticeEntity notice = RectificationNoticeEntity.findById(report.notice());
        if (notice == null || !notice.institutionUscc.equals(r.institution().uscc())) {
            throw ProblemException.validation(List.of(FieldError.of("/notice", "unknown_notice")));
        }
        Set<String> problemIds = problems(notice).stream().map(NoticeProblem::id).collect(Collectors.toCollection(java.util.LinkedHashSet::new));
        List<FieldError> errors = new ArrayList<>();
        for (int i = 0; i < report.problems().size(); i++) {
            ProblemAnswer a = report.problems().get(i);
            if (!problemIds.contains(a.problemId())) {
                errors.add(FieldError.of("/problems/" + i + "/problemId", "unknown_problem"));
            }
        }
        if (!errors.isEmpty()) {
            throw ProblemException.validation(errors);
        }
        Outcome outcome = RectificationRules.evaluate(new RectificationRules.Input(report, r.at(), notice.dueOn, problemIds));
        AuthorityId issuer = AuthorityId.parse(notice.authorityId).orElseThrow();
        Accepted accepted = submissions.accept(new NewSubmission(r, type(), outcome,
                Set.of(RoutingFacts.addressedTo(issuer))));
        RectificationAnswerEntity row = ReportRow.of(RectificationAnswerEntity::new, accepted, r);
        row.noticeId = notice.id;
        row.persist();
        return accepted;
    }

    /** For the obligation ledger: every notice of the institution, oldest first, with the first report that answered it. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<NoticeOnRecord> history(String uscc) {
        Map<UUID, RectificationAnswerEntity> answers = firstAnswers(uscc);
        return RectificationNoticeEntity.<RectificationNoticeEntity>list("institutionUscc = ?1 order by issuedAt, id", uscc).stream()
                .map(n -> {
                    RectificationAnswerEntity a = answers.get(n.id);
                    return new NoticeOnRecord(n.id, n.reference, n.authorityId, n.dueOn, a == null ? null : a.submissionId,
                            a == null ? null : a.receivedAt);
                }).toList();
    }

    private Map<UUID, RectificationAnswerEntity> firstAnswers(String uscc) {
        Map<UUID, RectificationAnswerEntity> first = new LinkedHashMap<>();
        RectificationAnswerEntity.<RectificationAnswerEntity>list("institutionUscc = ?1 order by receivedAt, submissionId", uscc)
                .forEach(a -> first.putIfAbsent(a.noticeId, a));
        return first;
    }

    private Institution covered(String uscc, Caller caller, String action) {
        return institutions.find(uscc).filter(i -> Jurisdiction.covers(caller, i, referenceData.authorities())).orElseThrow(() -> {
            audit.denied(caller, action, "institution", uscc);
            return ProblemException.notFound();
        });
    }

    private RectificationNoticeView view(RectificationNoticeEntity n, Map<UUID, RectificationAnswerEntity> answers) {
        RectificationAnswerEntity a = answers.get(n.id);
        return new RectificationNoticeView(n.id, n.reference, n.institutionUscc, n.authorityId, n.documentNumber, n.summary, problems(n),
                n.dueOn, LegalTime.local(n.issuedAt), n.issuedBy,
                a == null ? null : new RectificationNoticeView.Answer(a.submissionId, LegalTime.local(a.receivedAt)));
    }

    private List<NoticeProblem> problems(RectificationNoticeEntity n) {
        return json.read(n.problems, new TypeReference<>() { }, "problems of notice " + n.id);
    }
}
