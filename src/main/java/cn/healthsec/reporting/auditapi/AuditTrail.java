package cn.healthsec.reporting.auditapi;

import cn.healthsec.reporting.audit.AuditLog;
import cn.healthsec.reporting.audit.AuditVerification;
import cn.healthsec.reporting.audit.AuditVerifier;
import cn.healthsec.reporting.rules.LegalTime;
import cn.healthsec.reporting.security.Caller;
import cn.healthsec.reporting.web.Cursor;
import cn.healthsec.reporting.web.Page;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * The audit trail as administrators read it: records by actor, organisation, action, target and
 * period, newest first; and its verification. Both are audited themselves. Nothing here (or
 * anywhere in the service) changes or deletes a record.
 */
@ApplicationScoped
public class AuditTrail {

    @Inject
    AgroalDataSource dataSource;

    @Inject
    AuditVerifier verifier;

    @Inject
    AuditLog audit;

    /** The filters of a listing; null means any. {@code from} inclusive, {@code to} exclusive. */
    public record Filter(String actor, String actorOrganisation, String action, String targetType, String targetId,
                         String outcome, Instant from, Instant to) {
    }

    @Transactional
    public Page<AuditRecordView> records(Filter f, Cursor after, int limit, Caller caller) {
        List<Object> parameters = new ArrayList<>();
        StringBuilder sql = new StringBuilder("select r.id, r.occurred_at, r.request_id, r.actor, r.actor_role, r.actor_org, "
                + "r.action, r.target_type, r.target_id, r.outcome, r.status, r.reason, "
                + "(select s.seal_no from audit_seal s where s.txid_to > r.txid and s.txid_from <= r.txid "
                + "order by s.txid_to limit 1) as seal_no from audit_record r where true");
        condition(sql, parameters, "r.actor = ?", f.actor());
        condition(sql, parameters, "r.actor_org = ?", f.actorOrganisation());
        condition(sql, parameters, "r.action = ?", f.action());
        condition(sql, parameters, "r.target_type = ?", f.targetType());
        condition(sql, parameters, "r.target_id = ?", f.targetId());
        condition(sql, parameters, "r.outcome = ?", f.outcome());
        condition(sql, parameters, "r.occurred_at >= ?", f.from() == null ? null : f.from().atOffset(ZoneOffset.UTC));
        condition(sql, parameters, "r.occurred_at < ?", f.to() == null ? null : f.to().atOffset(ZoneOffset.UTC));
        condition(sql, parameters, "r.id < ?", after == null ? null : after.secondLong());
        sql.append(" order by r.id desc limit ?");
        parameters.add(limit + 1);
        List<AuditRecordView> rows = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql.toString())) {
            for (int i = 0; i < parameters.size(); i++) {
                ps.setObject(i + 1, parameters.get(i));
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rows.add(view(rs));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("the audit trail could not be read", e);
        }
        audit.record(caller, "AUDIT_RECORDS_READ", "audit_record", null);
        return Page.of(rows, limit, r -> r, r -> Cursor.of(r.occurredAt().toInstant(), r.id()));
    }

    /** Verifies the chain from a seal on (and against an anchor kept outside the database, if given); the verification is audited. */
    public AuditVerification verify(long fromSeal, AuditVerifier.Anchor anchor, Caller caller) {
        AuditVerification v = verifier.verify(fromSeal, anchor);
        audit.recordApart(caller, "AUDIT_VERIFIED", "audit_seal", v.status().name());
        return v;
    }

    private static void condition(StringBuilder sql, List<Object> parameters, String clause, Object value) {
        if (value != null) {
            sql.append(" and ").append(clause);
            parameters.add(value);
        }
    }

    private static AuditRecordView view(ResultSet rs) throws SQLException {
        int status = rs.getInt("status");
        Integer boxedStatus = rs.wasNull() ? null : status;
        long seal = rs.getLong("seal_no");
        Long boxedSeal = rs.wasNull() ? null : seal;
        return new AuditRecordView(rs.getLong("id"), LegalTime.local(rs.getObject("occurred_at", OffsetDateTime.class).toInstant()),
                rs.getString("request_id"), rs.getString("actor"), rs.getString("actor_role"), rs.getString("actor_org"),
                rs.getString("action"), rs.getString("target_type"), rs.getString("target_id"), rs.getString("outcome"),
                boxedStatus, rs.getString("reason"), boxedSeal);
    }
}
