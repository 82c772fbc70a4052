package cn.healthsec.reporting.submission.api;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.UUID;

/**
 * A report as accepted (its schema named by {@code contentType}), with its receipt and the state of each route, its version in its lineage
 * (the previous and the next version, when there are), its standing decision and its retraction.
 */
public record SubmissionView(JsonNode content, ContentType contentType, ReceiptView receipt, int version, UUID previousVersion, UUID nextVersion,
                             DecisionView decision, RetractionView retraction) {

    /** When and why the institution retracted the submission, and who did. */
    public record RetractionView(java.time.OffsetDateTime at, String by, String reason) {
    }
}
