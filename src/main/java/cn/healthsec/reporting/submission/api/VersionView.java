package cn.healthsec.reporting.submission.api;

import java.time.OffsetDateTime;
import java.util.UUID;

/** One version of a submission's lineage, oldest first. */
public record VersionView(int version, UUID id, String reference, OffsetDateTime receivedAt, String status, String decision,
                          SubmissionSummary.Filer filedBy) {
}
