package cn.healthsec.reporting.audit;

import cn.healthsec.reporting.privacy.PersonalDataDetector;
import cn.healthsec.reporting.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/**
 * Who did what to which record. Successful changes are recorded in the same transaction as the
 * change (both or neither); refusals in their own transaction, since the refused work rolls back.
 * Only identifiers are recorded, never request bodies; an "identifier" that is personal data (a
 * caller putting an identity number in a path) is recorded redacted. The database gives each record
 * its id and time; {@link AuditSealer} seals the records into the hash chain.
 */
@ApplicationScoped
public class AuditLog {

    public static final String SUCCESS = "SUCCESS";
    public static final String DENIED = "DENIED";

    @Transactional(Transactional.TxType.MANDATORY)
    public void record(Caller caller, String action, String targetType, String targetId) {
        persist(caller, action, targetType, targetId, SUCCESS);
    }

    /** A successful action whose own work is rolled back (a dry run): recorded in its own transaction. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void recordApart(Caller caller, String action, String targetType, String targetId) {
        persist(caller, action, targetType, targetId, SUCCESS);
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void denied(Caller caller, String action, String targetType, String targetId) {
        persist(caller, action, targetType, targetId, DENIED);
    }

    /**
     * A request refused with a 4xx problem — by the HTTP layer, the token check, a role or claims
     * check, validation or the personal-data scan — recorded in its own transaction (the refused
     * work rolls back). Only who, where and why: never the body, never a header value.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void refused(Refusal refusal) {
        AuditRecord e = new AuditRecord();
        e.requestId = refusal.requestId();
        e.actor = refusal.actor() == null || refusal.actor().isBlank() ? "anonymous" : truncate(refusal.actor(), 200);
        e.actorRole = refusal.role() == null ? "unknown" : truncate(refusal.role(), 32);
        e.actorOrg = truncate(PersonalDataDetector.redacted(refusal.organisation()), 32);
        e.action = refusal.status() == 401 ? "UNAUTHENTICATED" : refusal.status() == 403 ? "FORBIDDEN" : "REFUSED";
        e.targetType = truncate(refusal.method(), 32);
        e.targetId = truncate(PersonalDataDetector.redacted(refusal.path()), 200);
        e.outcome = DENIED;
        e.status = (short) refusal.status();
        e.reason = truncate(refusal.reason(), 64);
        e.persist();
    }

    private static String truncate(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }

    private void persist(Caller caller, String action, String targetType, String targetId, String outcome) {
        AuditRecord e = new AuditRecord();
        e.requestId = RequestId.current();
        e.actor = caller.subject();
        e.actorRole = caller.role();
        e.actorOrg = caller.organisation();
        e.action = action;
        e.targetType = targetType;
        e.targetId = truncate(PersonalDataDetector.redacted(targetId), 200);
        e.outcome = outcome;
        e.persist();
    }
}
