package cn.healthsec.reporting.audit;

import cn.healthsec.reporting.rules.LegalTime;
import cn.healthsec.reporting.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Instant;

/**
 * Who did what to which record. Successful changes are recorded in the same transaction as the
 * change (both or neither); refusals in their own transaction, since the refused work rolls back.
 * Only identifiers are recorded, never request bodies.
 */
@ApplicationScoped
public class AuditLog {

    public static final String SUCCESS = "SUCCESS";
    public static final String DENIED = "DENIED";

    @Transactional(Transactional.TxType.MANDATORY)
    public void record(Caller caller, String action, String targetType, String targetId) {
        persist(caller, action, targetType, targetId, SUCCESS);
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void denied(Caller caller, String action, String targetType, String targetId) {
        persist(caller, action, targetType, targetId, DENIED);
    }

    private void persist(Caller caller, String action, String targetType, String targetId, String outcome) {
        AuditEvent e = new AuditEvent();
        e.occurredAt = LegalTime.now();
        e.actor = caller.subject();
        e.actorRole = caller.role();
        e.actorOrg = caller.organisation();
        e.action = action;
        e.targetType = targetType;
        e.targetId = targetId;
        e.outcome = outcome;
        e.persist();
    }
}
