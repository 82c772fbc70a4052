package cn.healthsec.reporting.submission.api;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** A decision as recorded: on which submission, by which authority and person, when, and what it says. */
public record DecisionView(long id, UUID submissionId, String authorityId, DecisionOutcome outcome, String comment,
                           List<DecisionRequest.FieldFinding> findings, String decidedBy, OffsetDateTime decidedAt) {
}
