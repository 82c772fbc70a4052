package cn.healthsec.reporting.mlps;

import cn.healthsec.reporting.mlps.api.LevelApprovalRequest;
import cn.healthsec.reporting.problem.FieldError;
import cn.healthsec.reporting.privacy.MetadataOnlyScanner;
import cn.healthsec.reporting.rules.Outcome;
import cn.healthsec.reporting.rules.SubmissionType;
import cn.healthsec.reporting.submission.Accepted;
import cn.healthsec.reporting.submission.EventOnRecord;
import cn.healthsec.reporting.submission.NewSubmission;
import cn.healthsec.reporting.submission.Received;
import cn.healthsec.reporting.submission.RecordedEvents;
import cn.healthsec.reporting.submission.ReportForm;
import cn.healthsec.reporting.submission.ReportRow;
import cn.healthsec.reporting.submission.ApplicationType;
import cn.healthsec.reporting.submission.SubmissionService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Level approval requests (2022 Measures art. 6(1)): checked against {@link LevelApprovalRules},
 * routed to the superior, which decides; the standing decision is kept on the request's row, which
 * the network's initial MLPS filing names.
 */
@ApplicationScoped
public class LevelApprovalService extends ApplicationType<LevelApprovalRequest, LevelApprovalEntity> implements RecordedEvents {

    /** The request names no person. */
    static final MetadataOnlyScanner SCANNER = new MetadataOnlyScanner(Pattern.compile("(?!)"));

    @Inject
    SubmissionService submissions;

    LevelApprovalService() {
        super(new ReportForm<>("fileLevelApprovalRequest", SubmissionType.LEVEL_APPROVAL_REQUEST, LevelApprovalRequest.class,
                r -> List.<FieldError>of(), SCANNER, LevelApprovalRequest::institution), LevelApprovalEntity.class);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public Accepted file(Received<LevelApprovalRequest> r) {
        LevelApprovalRequest request = r.report();
        Outcome outcome = LevelApprovalRules.evaluate(new LevelApprovalRules.Input(request, r.at()));
        Accepted accepted = submissions.accept(new NewSubmission(r, type(), outcome, Set.of()));
        LevelApprovalEntity row = ReportRow.of(LevelApprovalEntity::new, accepted, r);
        row.reference = accepted.reference();
        row.networkId = request.network().id();
        row.proposedLevel = request.proposedLevel().shortValue();
        row.plannedGoLiveOn = request.network().plannedGoLiveOn();
        row.persist();
        return accepted;
    }

    /** The institution's request under {@code reference} (its first version's reference names its latest version too), if any. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<LevelApprovalOnRecord> find(String uscc, String reference) {
        if (reference == null || reference.isBlank()) {
            return Optional.empty();
        }
        // A reference is [A-Z]+-year-number[/version] (its field's pattern): no LIKE wildcard in it.
        return LevelApprovalEntity.<LevelApprovalEntity>find("institutionUscc = ?1 and (reference = ?2 or reference like ?3)"
                        + " order by receivedAt desc", uscc, reference, reference + "/%")
                .firstResultOptional()
                .map(e -> new LevelApprovalOnRecord(e.reference, e.networkId, e.proposedLevel, e.decision));
    }

    /** The planned go-live of each network put for approval, oldest request first. */
    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<EventOnRecord> events(String uscc) {
        return LevelApprovalEntity.<LevelApprovalEntity>list("institutionUscc = ?1 order by receivedAt, submissionId", uscc).stream()
                .map(a -> new EventOnRecord(EventOnRecord.Kind.NETWORK_GO_LIVE_PLANNED, a.networkId, a.plannedGoLiveOn, a.submissionId,
                        a.receivedAt))
                .toList();
    }
}
