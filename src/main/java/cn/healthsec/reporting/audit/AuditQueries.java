package cn.healthsec.reporting.audit;

import cn.healthsec.reporting.rules.LegalTime;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * Reading the audit trail: the records a filter selects, each with the seal that holds it. The
 * audit capability owns {@code audit_record} and {@code audit_seal}; the administrators' listing
 * ({@code auditapi/AuditTrail}) asks here.
 */
@ApplicationScoped
public class AuditQueries {

    @Inject
    AgroalDataSource dataSource;

    /** The records {@code f} selects with an id below {@code beforeId} (null: from the newest), newest first, at most {@code max}. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<AuditRecordView> newestFirst(AuditFilter f, Long beforeId, int max) {
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
        condition(sql, parameters, "r.id < ?", beforeId);
        sql.append(" order by r.id desc limit ?");
        parameters.add(max);
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
        return rows;
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
