package cn.healthsec.reporting.submission;

import cn.healthsec.reporting.rules.SubmissionType;

import java.util.UUID;

/**
 * A submission no longer counts for its institution's record: superseded by an amendment or
 * retracted. Fired in the transaction that withdraws it, before anything is filed in its place; the
 * report type marks its own rows so its rules and the ledger read the record without them.
 */
public record SubmissionWithdrawn(String institutionUscc, UUID submissionId, SubmissionType type) {
}
