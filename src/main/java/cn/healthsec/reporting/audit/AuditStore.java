package cn.healthsec.reporting.audit;

import cn.healthsec.reporting.audit.AuditChain.Entry;
import cn.healthsec.reporting.audit.AuditChain.SealFields;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/** The SQL of the audit trail's records and seals, shared by the sealer and the verifier (plain JDBC). */
final class AuditStore {

    private static final String ENTRY_COLUMNS = "id, txid, occurred_at, request_id, actor, actor_role, actor_org, action, "
            + "target_type, target_id, outcome, status, reason";
    private static final String SEAL_COLUMNS = "seal_no, sealed_at, txid_from, txid_to, record_count, first_occurred_at, "
            + "last_occurred_at, record_ids, record_digests, previous_hash, head, seal_hash";
    /** Rows fetched per round trip while streaming a seal's records. */
    private static final int FETCH = 2_000;

    private AuditStore() {
    }

    /** A seal as stored, with the hash it claims. */
    record StoredSeal(SealFields fields, byte[] sealHash) {
        long sealNo() {
            return fields.sealNo();
        }
    }

    static Optional<StoredSeal> last(Connection c) throws SQLException {
        List<StoredSeal> seals = query(c, "select " + SEAL_COLUMNS + " from audit_seal order by seal_no desc limit 1");
        return seals.stream().findFirst();
    }

    static Optional<StoredSeal> seal(Connection c, long sealNo) throws SQLException {
        return query(c, "select " + SEAL_COLUMNS + " from audit_seal where seal_no = ?", sealNo).stream().findFirst();
    }

    /** Up to {@code limit} seals from {@code fromSeal} on, in order. */
    static List<StoredSeal> seals(Connection c, long fromSeal, int limit) throws SQLException {
        return query(c, "select " + SEAL_COLUMNS + " from audit_seal where seal_no >= ? order by seal_no limit ?", fromSeal, limit);
    }

    /** The records written by the transactions {@code from <= txid < to}, in chain order. */
    static void entries(Connection c, long from, long to, Consumer<Entry> each) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("select " + ENTRY_COLUMNS
                + " from audit_record where txid >= ? and txid < ? order by txid, id")) {
            ps.setLong(1, from);
            ps.setLong(2, to);
            ps.setFetchSize(FETCH);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    each.accept(entry(rs));
                }
            }
        }
    }

    /** The transaction at which a seal starting at {@code from} stops so as to hold about {@code max} records. */
    static Optional<Long> cut(Connection c, long from, long to, int max) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "select txid from audit_record where txid >= ? and txid < ? order by txid, id offset ? limit 1")) {
            ps.setLong(1, from);
            ps.setLong(2, to);
            ps.setInt(3, max);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(rs.getLong(1)) : Optional.empty();
            }
        }
    }

    static void insert(Connection c, SealFields s, byte[] sealHash) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("insert into audit_seal (" + SEAL_COLUMNS
                + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            ps.setLong(1, s.sealNo());
            ps.setObject(2, offset(s.sealedAt()));
            ps.setLong(3, s.txidFrom());
            ps.setLong(4, s.txidTo());
            ps.setInt(5, s.recordCount());
            ps.setObject(6, offset(s.firstOccurredAt()));
            ps.setObject(7, offset(s.lastOccurredAt()));
            Long[] ids = new Long[s.recordIds().length];
            for (int i = 0; i < ids.length; i++) {
                ids[i] = s.recordIds()[i];
            }
            Array array = c.createArrayOf("bigint", ids);
            ps.setArray(8, array);
            ps.setBytes(9, s.recordDigests());
            ps.setBytes(10, s.previousHash());
            ps.setBytes(11, s.head());
            ps.setBytes(12, sealHash);
            ps.executeUpdate();
            array.free();
        }
    }

    /** The newest moment before which retention has dropped records, if it ever did. */
    static Optional<Instant> retentionHorizon(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("select max(dropped_before) from audit_retention");
             ResultSet rs = ps.executeQuery()) {
            rs.next();
            return Optional.ofNullable(instant(rs, 1));
        }
    }

    static long countFrom(Connection c, long txid) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("select count(*) from audit_record where txid >= ?")) {
            ps.setLong(1, txid);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private static List<StoredSeal> query(Connection c, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                ps.setObject(i + 1, parameters[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                List<StoredSeal> seals = new ArrayList<>();
                while (rs.next()) {
                    Array array = rs.getArray("record_ids");
                    Long[] boxed = (Long[]) array.getArray();
                    long[] ids = new long[boxed.length];
                    for (int i = 0; i < ids.length; i++) {
                        ids[i] = boxed[i];
                    }
                    array.free();
                    seals.add(new StoredSeal(new SealFields(rs.getLong("seal_no"), instant(rs, "sealed_at"),
                            rs.getLong("txid_from"), rs.getLong("txid_to"), rs.getInt("record_count"),
                            instant(rs, "first_occurred_at"), instant(rs, "last_occurred_at"), ids,
                            rs.getBytes("record_digests"), rs.getBytes("previous_hash"), rs.getBytes("head")),
                            rs.getBytes("seal_hash")));
                }
                return seals;
            }
        }
    }

    private static Entry entry(ResultSet rs) throws SQLException {
        int status = rs.getInt("status");
        Short boxedStatus = rs.wasNull() ? null : (short) status;
        return new Entry(rs.getLong("id"), rs.getLong("txid"), instant(rs, "occurred_at"), rs.getString("request_id"),
                rs.getString("actor"), rs.getString("actor_role"), rs.getString("actor_org"), rs.getString("action"),
                rs.getString("target_type"), rs.getString("target_id"), rs.getString("outcome"), boxedStatus,
                rs.getString("reason"));
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
        return t == null ? null : t.toInstant();
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
        return t == null ? null : t.toInstant();
    }

    private static OffsetDateTime offset(Instant t) {
        return t == null ? null : t.atOffset(ZoneOffset.UTC);
    }
}
