package cn.healthsec.reporting.routing;

import cn.healthsec.reporting.audit.AuditSealer;
import cn.healthsec.reporting.support.Fixtures;
import cn.healthsec.reporting.support.Tokens;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.ConfigProvider;
import org.jboss.logging.Logger;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 25 §1: an inbox entry and an audit record are final once no earlier transaction <b>of the
 * service's own sessions</b> that could still add one is running (V23 {@code writer_horizon()}).
 * A write left open for 30 s in another database of the cluster, or by another login in the
 * service's own database, must not hold a filing back; one of the service's own, left open with an
 * entry of a smaller position, must (a cursor never skips an entry that commits late).
 */
@QuarkusTest
class DeliveryHorizonTest {

    private static final Logger LOG = Logger.getLogger(DeliveryHorizonTest.class);
    /** A login that is not the service's: another application, an operator, a migration job's owner. */
    static final String STRANGER = "healthsec_horizon_stranger";

    @Inject
    AgroalDataSource dataSource;

    @Inject
    AuditSealer sealer;

    @Test
    void shouldDeliverWhileAnotherDatabaseHoldsAWriteOpen() throws Exception {
        try (Stranger other = Stranger.open(url("postgres"), user())) {
            assertFiledAndSealedAtOnce("320104", "another database");
            assertTrue(other.stillRunning(), "the stranger's transaction ran throughout");
        }
    }

    @Test
    void shouldDeliverWhileAnotherLoginHoldsAWriteOpenInTheSameDatabase() throws Exception {
        try (Connection admin = dataSource.getConnection(); Statement s = admin.createStatement()) {
            s.execute("do $$ begin if not exists (select 1 from pg_roles where rolname = '" + STRANGER + "') then "
                    + "create role " + STRANGER + " login; end if; end $$");
        }
        try (Stranger other = Stranger.open(url(null), STRANGER)) {
            assertFiledAndSealedAtOnce("320105", "another login");
            assertTrue(other.stillRunning(), "the stranger's transaction ran throughout");
        }
    }

    /**
     * Two interleaved writers of the service: the first writes an entry and stays open, the second
     * (a filing) commits with a larger position. Neither is shown while the first runs, so a portal
     * that pages on never moves its cursor past the first; once it commits, both come in order.
     */
    @Test
    void shouldNeverLetACursorSkipAnEntryThatCommitsLaterWithASmallerPosition() throws Exception {
        String county = "320106";
        String authority = "HC-" + county;
        String uscc = Fixtures.registerInstitution(county, null);
        String token = Tokens.authority(authority);
        String cursor = given().auth().oauth2(token).get("/api/v1/authorities/" + authority + "/inbox").then().statusCode(200)
                .extract().path("next");
        assertNull(cursor, "a county of this test's own: an empty inbox");

        long early;
        try (Connection first = dataSource.getConnection()) {
            first.setAutoCommit(false);
            try (PreparedStatement ps = first.prepareStatement("insert into inbox_entry (authority_id, reason, basis, rule_id, created_at,"
                    + " received_at, institution_uscc, kind, obligation_id, obligation_kind, obligation_subject, obligation_due) values (?,"
                    + " 'OBLIGATION_OVERDUE', 'test', 'TEST-HORIZON', clock_timestamp(), clock_timestamp(), ?, 'OVERDUE_NOTICE', ?,"
                    + " 'LEVEL_ASSESSMENT', 'his-core', '2026-06-30') returning id, txid")) {
                ps.setString(1, authority);
                ps.setString(2, uscc);
                ps.setString(3, "horizon-" + System.nanoTime());
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    early = rs.getLong(1);
                }
            }
            String filed = file(uscc);
            List<Object> shown = given().auth().oauth2(token).get("/api/v1/authorities/" + authority + "/inbox").then()
                    .statusCode(200).extract().path("entries.id");
            assertEquals(List.of(), shown, "nothing after a position still being written");
            first.commit();

            List<Object> entries = given().auth().oauth2(token).get("/api/v1/authorities/" + authority + "/inbox").then()
                    .statusCode(200).extract().path("entries.submissionId");
            List<Number> ids = given().auth().oauth2(token).get("/api/v1/authorities/" + authority + "/inbox").then()
                    .statusCode(200).extract().path("entries.id");
            assertEquals(2, entries.size(), "both, once the first committed");
            assertEquals(early, ids.get(0).longValue(), "the earlier position first");
            assertNull(entries.get(0));
            assertEquals(filed, entries.get(1));
        }
    }

    /** Files in a county of the test's own, reads its inbox at once, seals once: the entry shown and the record sealed. */
    private void assertFiledAndSealedAtOnce(String county, String stranger) throws SQLException {
        String authority = "HC-" + county;
        String uscc = Fixtures.registerInstitution(county, null);
        long start = System.nanoTime();
        String id = file(uscc);
        List<String> shown = given().auth().oauth2(Tokens.authority(authority))
                .get("/api/v1/authorities/" + authority + "/inbox?acknowledged=false&limit=500").then().statusCode(200)
                .extract().path("entries.submissionId");
        long ms = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
        assertTrue(shown.contains(id), "shown on the first reading after the filing, while " + stranger + " holds a write open");

        long record = recordOf(id);
        while (sealer.sealOnce().isPresent()) {
            // the rest, if more than a batch
        }
        assertNotNull(sealOf(record), "sealed by the next run, while " + stranger + " holds a write open");
        LOG.infof("[horizon] %s holding a write open: filing to inbox in %d ms (first reading), audit record sealed by the next run",
                stranger, ms);
    }

    private static String file(String uscc) {
        return given().auth().oauth2(Tokens.institution(uscc)).contentType("application/json").body(Fixtures.sampleFiling())
                .post("/api/v1/mlps-filings").then().statusCode(201).extract().path("id");
    }

    private long recordOf(String submissionId) throws SQLException {
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("select id from audit_record where action = 'SUBMISSION_ACCEPTED' and target_id = ?")) {
            ps.setString(1, submissionId);
            try (ResultSet rs = ps.executeQuery()) {
                assertTrue(rs.next(), "the filing's audit record");
                return rs.getLong(1);
            }
        }
    }

    private Long sealOf(long recordId) throws SQLException {
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("select seal_no from audit_seal where ? = any(record_ids)")) {
            ps.setLong(1, recordId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getLong(1) : null;
            }
        }
    }

    /** The test database's URL, or the same server's {@code database}. */
    private static String url(String database) {
        String url = ConfigProvider.getConfig().getValue("quarkus.datasource.jdbc.url", String.class);
        if (database == null) {
            return url;
        }
        int slash = url.indexOf('/', "jdbc:postgresql://".length());
        int query = url.indexOf('?', slash);
        return url.substring(0, slash + 1) + database + (query < 0 ? "" : url.substring(query));
    }

    private static String user() {
        return ConfigProvider.getConfig().getOptionalValue("quarkus.datasource.username", String.class).orElse("postgres");
    }

    /**
     * A write transaction of someone else, held open as the reproduction did: {@code begin;
     * select txid_current(); select pg_sleep(30)}. Closing cancels the sleep and rolls back.
     */
    record Stranger(Connection connection, int pid, CompletableFuture<Void> sleeping) implements AutoCloseable {

        static Stranger open(String url, String user) throws SQLException {
            Connection c = DriverManager.getConnection(url, user, null);
            c.setAutoCommit(false);
            int pid;
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("select pg_backend_pid(), txid_current()")) {
                rs.next();
                pid = rs.getInt(1);
            }
            CompletableFuture<Void> sleeping = CompletableFuture.runAsync(() -> {
                try (Statement s = c.createStatement()) {
                    s.execute("select pg_sleep(30)");
                } catch (SQLException cancelled) {
                    // ended by close()
                }
            });
            Stranger stranger = new Stranger(c, pid, sleeping);
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while (!stranger.stillRunning()) {
                assertTrue(System.nanoTime() < deadline, "the stranger's transaction started its sleep");
                try {
                    Thread.sleep(20);  // waiting for its sleep to start, not for a result
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException(e);
                }
            }
            return stranger;
        }

        /** Its write transaction is open and sleeping, as pg_stat_activity sees it. */
        boolean stillRunning() throws SQLException {
            try (Connection probe = DriverManager.getConnection(url(null), user(), null);
                 PreparedStatement ps = probe.prepareStatement(
                         "select 1 from pg_stat_activity where pid = ? and backend_xid is not null and query like 'select pg_sleep%' and state = 'active'")) {
                ps.setInt(1, pid);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next();
                }
            }
        }

        @Override
        public void close() throws Exception {
            try (Connection probe = DriverManager.getConnection(url(null), user(), null);
                 PreparedStatement ps = probe.prepareStatement("select pg_cancel_backend(?)")) {
                ps.setInt(1, pid);
                ps.execute();
            }
            sleeping.get(30, TimeUnit.SECONDS);
            assertFalse(connection.isClosed());
            connection.rollback();
            connection.close();
        }
    }
}
