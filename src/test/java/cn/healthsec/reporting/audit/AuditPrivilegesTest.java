package cn.healthsec.reporting.audit;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 12 §1: the roles V16 sets up. As the service's role ({@code healthsec_app}) a session may
 * append audit records and seals and read them, and nothing else: no UPDATE, DELETE or TRUNCATE,
 * not through the parent table and not through a monthly partition; no choosing a record's id,
 * transaction or time; no retention. Its ordinary work on every other table is untouched. Retention
 * keeps three years and drops whole months. Each statement runs in a transaction rolled back after,
 * as {@code SET ROLE} of the test's superuser connection.
 */
@QuarkusTest
class AuditPrivilegesTest {

    private static final Logger LOG = Logger.getLogger(AuditPrivilegesTest.class);

    static final String APP = "healthsec_app";
    static final String OWNER = "healthsec_audit_owner";

    @Inject
    AgroalDataSource dataSource;

    @ConfigProperty(name = "healthsec.db.schema")
    String schema;

    Connection db;

    @BeforeEach
    void connect() throws SQLException {
        db = dataSource.getConnection();
        db.setAutoCommit(false);
    }

    @AfterEach
    void disconnect() throws SQLException {
        db.rollback();
        db.setAutoCommit(true);
        db.close();
    }

    @Test
    void shouldLetTheServiceRoleOnlyAppendAndReadTheAuditTrail() throws SQLException {
        String partition = one("select c.relname from pg_inherits i join pg_class c on c.oid = i.inhrelid "
                + "where i.inhparent = 'audit_record'::regclass and c.relname <> 'audit_record_default' order by c.relname desc limit 1");
        Map<String, String> refused = new LinkedHashMap<>();
        refused.put("update a record", "update audit_record set action = 'FORGED'");
        refused.put("delete a record", "delete from audit_record");
        refused.put("truncate the records", "truncate audit_record");
        refused.put("update a partition", "update " + partition + " set action = 'FORGED'");
        refused.put("delete from a partition", "delete from " + partition);
        refused.put("insert into a partition", "insert into " + partition + " (actor, actor_role, action, outcome) values ('x', 'admin', 'X', 'SUCCESS')");
        refused.put("choose a record's time", "insert into audit_record (occurred_at, actor, actor_role, action, outcome) values (now() - interval '1 day', 'x', 'admin', 'X', 'SUCCESS')");
        refused.put("choose a record's transaction", "insert into audit_record (txid, actor, actor_role, action, outcome) values (1, 'x', 'admin', 'X', 'SUCCESS')");
        refused.put("choose a record's id", "insert into audit_record (id, actor, actor_role, action, outcome) values (1, 'x', 'admin', 'X', 'SUCCESS')");
        refused.put("update a seal", "update audit_seal set record_count = 0");
        refused.put("delete a seal", "delete from audit_seal");
        refused.put("truncate the seals", "truncate audit_seal");
        refused.put("forge a retention", "insert into audit_retention (dropped_before, partitions) values (now(), '{}')");
        refused.put("drop expired months", "select audit_drop_expired(date '2000-01-01')");
        refused.put("drop the records", "drop table audit_record");
        refused.put("alter the records", "alter table audit_record add column forged text");
        refused.put("reset the id sequence", "select setval('audit_record_id_seq', 1)");

        List<String> allowed = List.of(
                "insert into audit_record (request_id, actor, actor_role, actor_org, action, target_type, target_id, outcome, status, reason) "
                        + "values ('r', 'x', 'admin', null, 'PRIVILEGE_TEST', 't', 'i', 'DENIED', 403, 'forbidden')",
                "select count(*) from audit_record",
                "select count(*) from audit_seal",
                "select count(*) from audit_retention",
                "select audit_ensure_partitions(date_trunc('month', now())::date, 1)",
                "select count(*) from submission",
                "update institution set name = name where false",
                "delete from inbox_entry where false");

        int denied = 0;
        for (Map.Entry<String, String> e : refused.entrySet()) {
            SQLException failure = assertThrows(SQLException.class, () -> asApp(e.getValue()), e.getKey());
            assertEquals("42501", failure.getSQLState(), e.getKey() + ": " + failure.getMessage());
            denied++;
        }
        for (String sql : allowed) {
            asApp(sql);
        }
        LOG.infof("[audit] as %s: %d statements refused (insufficient_privilege), %d allowed", APP, denied, allowed.size());
    }

    @Test
    void shouldGiveTheAuditTablesToTheOwnerRoleAndTheServiceNoWayToBecomeIt() throws SQLException {
        for (String table : List.of("audit_record", "audit_seal", "audit_retention", "audit_record_default")) {
            assertEquals(OWNER, one("select pg_get_userbyid(relowner) from pg_class where oid = '" + table + "'::regclass"), table);
        }
        assertEquals("f", one("select pg_has_role('" + APP + "', '" + OWNER + "', 'MEMBER')::text").substring(0, 1));
        assertEquals("f", one("select rolcanlogin::text from pg_roles where rolname = '" + OWNER + "'").substring(0, 1));
        assertEquals("f", one("select has_function_privilege('" + APP + "', 'audit_drop_expired(date)', 'EXECUTE')::text").substring(0, 1));
        assertEquals("f", one("select has_function_privilege('public', 'audit_drop_expired(date)', 'EXECUTE')::text").substring(0, 1));
    }

    @Test
    void shouldKeepThreeYearsAndDropOnlyWholeMonthsBeforeThem() throws SQLException {
        // An old month, as a deployment that has run for years would have.
        exec("create table audit_record_2019_12 partition of audit_record for values from ('2019-12-01 00:00+08') to ('2020-01-01 00:00+08')");
        exec("alter table audit_record_2019_12 owner to " + OWNER);
        SQLException tooRecent = assertThrows(SQLException.class,
                () -> exec("select audit_drop_expired((now() - interval '35 months')::date)"));
        assertTrue(tooRecent.getMessage().contains("three years"), tooRecent.getMessage());
        db.rollback();
        exec("create table audit_record_2019_12 partition of audit_record for values from ('2019-12-01 00:00+08') to ('2020-01-01 00:00+08')");
        exec("alter table audit_record_2019_12 owner to " + OWNER);
        exec("set local role " + OWNER);
        assertEquals("{audit_record_2019_12}", one("select audit_drop_expired(date '2020-01-01')::text"));
        exec("reset role");
        assertEquals("0", one("select count(*) from pg_class where relname = 'audit_record_2019_12'"));
        assertEquals("{audit_record_2019_12}", one("select partitions::text from audit_retention where dropped_before = '2020-01-01 00:00+08'"));
        // The months of the last three years are all there.
        List<String> months = new ArrayList<>();
        try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery("select c.relname from pg_inherits i join pg_class c "
                + "on c.oid = i.inhrelid where i.inhparent = 'audit_record'::regclass order by 1")) {
            while (rs.next()) {
                months.add(rs.getString(1));
            }
        }
        assertTrue(months.size() >= 4, "this month, three ahead and the default: " + months);
    }

    private void asApp(String sql) throws SQLException {
        try (Statement s = db.createStatement()) {
            s.execute("savepoint probe");
            s.execute("set local role " + APP);
            try {
                s.execute(sql);
            } finally {
                s.execute("rollback to savepoint probe");
                s.execute("reset role");
            }
        }
    }

    private void exec(String sql) throws SQLException {
        try (Statement s = db.createStatement()) {
            s.execute(sql);
        }
    }

    private String one(String sql) throws SQLException {
        try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }
}
