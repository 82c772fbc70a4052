package cn.healthsec.reporting.audit;

import java.time.OffsetDateTime;

/**
 * One audit record as an administrator reads it. {@code sealNo} is the seal that holds it in the
 * chain, or null while it awaits the next seal.
 */
public record AuditRecordView(long id, OffsetDateTime occurredAt, String requestId, String actor, String actorRole,
                              String actorOrganisation, String action, String targetType, String targetId,
                              String outcome, Integer status, String reason, Long sealNo) {
}
