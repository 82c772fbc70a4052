package cn.healthsec.reporting.submission;

import cn.healthsec.reporting.rules.SubmissionType;

import java.util.UUID;

/**
 * A report was accepted and every row of it written, in the transaction still open: capabilities
 * that count from the record (the obligation ledger) observe this and bring themselves up to date
 * in the same transaction, so the record and what is derived from it commit together.
 */
public record SubmissionFiled(String institutionUscc, UUID submissionId, SubmissionType type) {
}
