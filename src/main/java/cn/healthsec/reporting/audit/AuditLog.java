package cn.healthsec.reporting.audit;

import cn.healthsec.reporting.rules.LegalTime;
import cn.healthsec.reporting.privacy.PersonalDataDetector;
import cn.healthsec.reporting.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Instant;

/**
 * Who did what to which record. Successful changes are recorded in the same transaction as the
 * change (both or neither); refusals in their own transaction, since the refused work rolls back.
 * Only identifiers are recorded, never request bodies; an "identifier" that is personal data (a
 * caller putting an identity number in a path) is recorded redacted.
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

    /**
     * A refusal before the caller could be fully identified (wrong role, bad claims): only the
     * token's subject is known. The target is the request's method and path.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void forbidden(String subject, String method, String path) {
        AuditEvent e = new AuditEvent();
        e.occurredAt = LegalTime.now();
        e.actor = subject == null || subject.isBlank() ? "anonymous" : truncate(subject, 200);
        e.actorRole = "unknown";
        e.action = "FORBIDDEN";
        e.targetType = truncate(method, 32);
        e.targetId = truncate(PersonalDataDetector.redacted(path), 64);
        e.outcome = DENIED;
        e.persist();
    }

    private static String truncate(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }

    private void persist(Caller caller, String action, String targetType, String targetId, String outcome) {
        AuditEvent e = new AuditEvent();
        e.occurredAt = LegalTime.now();
        e.actor = caller.subject();
        e.actorRole = caller.role();
        e.actorOrg = caller.organisation();
        e.action = action;
        e.targetType = targetType;
        e.targetId = truncate(PersonalDataDetector.redacted(targetId), 64);
        e.outcome = outcome;
        e.persist();
    }
}
