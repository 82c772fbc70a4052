package cn.healthsec.reporting.routing;

import java.time.OffsetDateTime;
import java.util.UUID;

/** One entry of an authority's queue. */
public record InboxEntryView(
        long id,
        UUID submissionId,
        String submissionType,
        String submissionReference,
        InstitutionRef institution,
        String reason,
        String basis,
        OffsetDateTime receivedAt,
        boolean acknowledged,
        OffsetDateTime acknowledgedAt) {

    public record InstitutionRef(String uscc, String name) {
    }
}
