package cn.healthsec.reporting.auditapi;

import cn.healthsec.reporting.audit.AuditFilter;
import cn.healthsec.reporting.audit.AuditLog;
import cn.healthsec.reporting.audit.AuditQueries;
import cn.healthsec.reporting.audit.AuditRecordView;
import cn.healthsec.reporting.audit.AuditVerification;
import cn.healthsec.reporting.audit.AuditVerifier;
import cn.healthsec.reporting.security.Caller;
import cn.healthsec.reporting.web.Cursor;
import cn.healthsec.reporting.web.Page;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.util.List;

/**
 * The audit trail as administrators read it: records by actor, organisation, action, target and
 * period, newest first; and its verification. Both are audited themselves. Nothing here (or
 * anywhere in the service) changes or deletes a record.
 */
@ApplicationScoped
public class AuditTrail {

    @Inject
    AuditQueries queries;

    @Inject
    AuditVerifier verifier;

    @Inject
    AuditLog audit;

    @Transactional
    public Page<AuditRecordView> records(AuditFilter f, Cursor after, int limit, Caller caller) {
        List<AuditRecordView> rows = queries.newestFirst(f, after == null ? null : after.secondLong(), limit + 1);
        audit.record(caller, "AUDIT_RECORDS_READ", "audit_record", null);
        return Page.of(rows, limit, r -> r, r -> Cursor.of(r.occurredAt().toInstant(), r.id()));
    }

    /** Verifies the chain from a seal on (and against an anchor kept outside the database, if given); the verification is audited. */
    public AuditVerification verify(long fromSeal, AuditVerifier.Anchor anchor, Caller caller) {
        AuditVerification v = verifier.verify(fromSeal, anchor);
        audit.recordApart(caller, "AUDIT_VERIFIED", "audit_seal", v.status().name());
        return v;
    }
}
