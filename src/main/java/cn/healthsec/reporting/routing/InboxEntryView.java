package cn.healthsec.reporting.routing;

import cn.healthsec.reporting.rules.Citation;

import java.time.OffsetDateTime;
import java.util.UUID;

/** One entry of an authority's queue: a submission delivered, or the notice of an obligation past due. */
public record InboxEntryView(
        long id,
        String kind,
        UUID submissionId,
        String submissionType,
        String submissionReference,
        InstitutionRef institution,
        String reason,
        String basis,
        Citation citation,
        OffsetDateTime receivedAt,
        boolean acknowledged,
        OffsetDateTime acknowledgedAt,
        ObligationRef obligation,
        AmendsRef amends) {

    public record InstitutionRef(String uscc, String name) {
    }

    /** For the delivery of an amendment: the version it amends (null otherwise). */
    public record AmendsRef(UUID submissionId, String reference) {
    }

    /** For an overdue notice: the obligation past due (see {@code GET /institutions/{uscc}/obligations}). */
    public record ObligationRef(String id, String kind, String subject, String due) {
    }
}
