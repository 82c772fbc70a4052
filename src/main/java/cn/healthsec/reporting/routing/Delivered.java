package cn.healthsec.reporting.routing;

import cn.healthsec.reporting.rules.Basis;
import cn.healthsec.reporting.rules.Citation;

import java.time.Instant;
import java.util.UUID;

/**
 * One delivery of a submission to one authority: why, on what basis, when, its hour clock if the
 * route has one, and whether the authority has acknowledged it.
 */
public record Delivered(long entryId, UUID submissionId, String authorityId, String reason, String basis, String ruleId,
                        Instant deliveredAt, Instant dueAt, String clockBasis, Instant acknowledgedAt, String kind,
                        String acknowledgedBy, String basisKey, String clockBasisKey) {

    /** The clock of a route: MET when delivered by its due time, LATE after it; null without a clock. */
    public static final String MET = "MET";
    public static final String LATE = "LATE";

    static Delivered of(InboxEntryEntity e) {
        return new Delivered(e.id, e.submissionId, e.authorityId, e.reason, e.basis, e.ruleId, e.createdAt, e.dueAt, e.clockBasis,
                e.acknowledgedAt, e.kind, e.acknowledgedBy, e.basisKey, e.clockBasisKey);
    }

    /** The route's basis cited in full; null for entries delivered before bases were stored with them (V14). */
    public Citation citation() {
        return Basis.citationOf(basisKey, ruleId);
    }

    /** The clock's basis cited in full; null without a clock or for entries delivered before V14. */
    public Citation clockCitation() {
        return Basis.citationOf(clockBasisKey, ruleId);
    }

    /**
     * The primary recipient, which decides on what it receives (accepts it or returns it for
     * correction): the supervising health commission, or the issuer of the notice a rectification
     * report answers. Every other recipient holds a copy.
     */
    public boolean primary() {
        return InboxEntryEntity.SUBMISSION.equals(kind) && RoutingTable.PRIMARY_REASONS.contains(reason);
    }

    public boolean acknowledged() {
        return acknowledgedAt != null;
    }

    /** The one place a route's clock state is decided. */
    public String clockState() {
        return dueAt == null ? null : deliveredAt.isAfter(dueAt) ? LATE : MET;
    }
}
