package cn.healthsec.reporting.submission;

import cn.healthsec.reporting.rules.SubmissionType;

import java.time.Instant;
import java.util.UUID;

/**
 * A submission returned for correction that the institution owes a corrected version of: when it
 * was returned, and the version that corrected it (null while none has).
 */
public record CorrectionOwed(UUID submissionId, String reference, SubmissionType type, Instant returnedAt, UUID correctedBy,
                         Instant correctedAt) {
}
