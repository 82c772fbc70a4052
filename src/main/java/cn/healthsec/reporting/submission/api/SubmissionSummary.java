package cn.healthsec.reporting.submission.api;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * One line of a listing. {@code status}: where the submission stands (ACCEPTED or
 * ACCEPTED_WITH_FINDINGS as received, or RETURNED_FOR_CORRECTION, SUPERSEDED, RETRACTED);
 * {@code decision}: its primary recipient's standing decision, or null; {@code filedBy}: the
 * subject of the token that filed it (the institution's own client, or a delegate).
 */
public record SubmissionSummary(UUID id, String reference, String type, String institution,
                                OffsetDateTime receivedAt, String status, int version, String decision, Filer filedBy) {

    /** Who filed a submission: the token subject (or a delegate's client id) and its role, {@code institution} or {@code delegate}. */
    public record Filer(String subject, String role) {
    }
}
