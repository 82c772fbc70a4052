package cn.healthsec.reporting.audit;

import java.time.Instant;

/** The filters of an audit trail listing; null means any. {@code from} inclusive, {@code to} exclusive. */
public record AuditFilter(String actor, String actorOrganisation, String action, String targetType, String targetId,
                          String outcome, Instant from, Instant to) {
}
