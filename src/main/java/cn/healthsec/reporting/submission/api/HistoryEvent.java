package cn.healthsec.reporting.submission.api;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * One change in a submission's life, oldest first: what happened ({@code event}), when, who did it
 * ({@code actor}: the token subject; null for what the service itself did), for which authority,
 * to which version, and a short detail (a route's reason, a decision's outcome, a retraction's reason).
 */
public record HistoryEvent(OffsetDateTime at, Event event, UUID submissionId, int version, String actor, String authorityId,
                           String detail) {

    public enum Event {
        RECEIVED, ROUTED, DELIVERED, ACKNOWLEDGED, DECIDED, RETURNED, AMENDED, SUPERSEDED, RETRACTED, RETRACTION_DELIVERED
    }
}
