package cn.healthsec.reporting.submission;

import java.util.UUID;

/**
 * A submission's standing changed without a new filing — an authority decided on it, or the
 * institution retracted it — in the transaction that changed it: what the institution owes may
 * have changed with it (a returned submission owes its correction).
 */
public record SubmissionStateChanged(String institutionUscc, UUID submissionId) {
}
