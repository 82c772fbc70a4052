package cn.healthsec.reporting.submission.api;

import java.time.OffsetDateTime;
import java.util.UUID;

public record SubmissionSummary(UUID id, String reference, String type, String institution,
                                OffsetDateTime receivedAt, String status) {
}
