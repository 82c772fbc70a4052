package cn.healthsec.reporting.audit;

import cn.healthsec.reporting.support.Tokens;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 12 §1: the audit trail is hash-chained in sealed batches, read and verified through the API
 * by administrators, and every kind of tampering (done here as the database superuser, since the
 * service's own role cannot: {@link AuditPrivilegesTest}) is found and named. Each tamper is undone
 * afterwards, and the trail verifies intact again, so that the other tests' records stay verifiable.
 *
 * <p>Records are made by an institution asking for an authority's inbox (403, audited in its own
 * transaction): one record per request, each in a transaction of its own.
 */
@QuarkusTest
class AuditTrailTest {

    private static final Logger LOG = Logger.getLogger(AuditTrailTest.class);

    static final String INBOX = "/api/v1/authorities/HC-110105/inbox";
    static final String USCC = "12110105MB00000006";

    @Inject
    AuditSealer sealer;

    @Inject
    AgroalDataSource dataSource;

    Connection db;

    @BeforeEach
    void connect() throws SQLException {
        db = dataSource.getConnection();
    }

    @AfterEach
    void disconnect() throws SQLException {
        db.close();
    }

    @Test
    void shouldRecordEachRequestWithItsIdAndGiveEveryResponseOne() {
        String actor = "his-" + UUID.randomUUID();
        String requestId = "his-req-" + UUID.randomUUID();
        String echoed = given().auth().oauth2(Tokens.institutionAs(actor, USCC)).header("X-Request-Id", requestId)
                .get(INBOX).then().statusCode(403).extract().header("X-Request-Id");
        assertEquals(requestId, echoed);
        // An id that is not a plain token is replaced, never echoed.
        String planted = "110101199003077777 <script>";
        String replaced = given().auth().oauth2(Tokens.institutionAs(actor, USCC)).header("X-Request-Id", planted)
                .get(INBOX).then().statusCode(403).extract().header("X-Request-Id");
        assertNotEquals(planted, replaced);
        UUID.fromString(replaced);
        String made = given().get("/q/health/ready").then().extract().header("X-Request-Id");
        UUID.fromString(made);

        List<String> ids = given().auth().oauth2(Tokens.admin()).queryParam("actor", actor).get("/api/v1/audit/records")
                .then().statusCode(200).body("entries", hasSize(2))
                .body("entries.action", everyItem(equalTo("FORBIDDEN")))
                .body("entries.actorOrganisation", everyItem(equalTo(USCC)))
                .extract().path("entries.requestId");
        assertEquals(List.of(replaced, requestId), ids, "newest first");
    }

    @Test
    void shouldSealEveryRecordAndVerifyTheTrailIntactAgainstItsAnchor() {
        String actor = records(3);
        sealAll();
        given().auth().oauth2(Tokens.admin()).queryParam("actor", actor).get("/api/v1/audit/records")
                .then().statusCode(200).body("entries", hasSize(3)).body("entries.sealNo", everyItem(notNullValue()));

        sealAll();
        JsonPath v = verify(null, null);
        assertEquals("INTACT", v.getString("status"), v.prettify());
        assertNull(v.get("firstBroken"));
        assertEquals(0, v.getLong("unsealedRecords"));
        assertTrue(v.getLong("recordsVerified") >= 3);
        assertEquals(v.getLong("lastSeal"), v.getLong("head.sealNo"));
        String anchor = v.getLong("head.sealNo") + ":" + v.getString("head.sealHash");
        assertEquals("INTACT", verify(null, anchor).getString("status"));

        String forgedAnchor = v.getLong("head.sealNo") + ":" + "0".repeat(64);
        JsonPath mismatch = verify(null, forgedAnchor);
        assertEquals("BROKEN", mismatch.getString("status"));
        assertEquals("ANCHOR_MISMATCH", mismatch.getString("firstBroken.kind"));
        LOG.infof("[audit] full verification: %d seals, %d records, status %s",
                v.getLong("sealsVerified"), v.getLong("recordsVerified"), v.getString("status"));
    }

    @Test
    void shouldSealARecordWhoseTransactionFinishesAfterASealInTheNextSeal() throws SQLException {
        try (Connection slow = dataSource.getConnection()) {
            slow.setAutoCommit(false);
            long late;
            try (PreparedStatement ps = slow.prepareStatement("insert into audit_record (actor, actor_role, action, outcome) "
                    + "values ('slow-writer', 'admin', 'TEST_LATE_COMMIT', 'SUCCESS') returning id")) {
                ResultSet rs = ps.executeQuery();
                rs.next();
                late = rs.getLong(1);
            }
            records(2);
            sealAll();
            slow.commit();
            assertNull(sealOf(late), "not sealed while its transaction ran");
            sealAll();
            assertTrue(sealOf(late) != null, "sealed once it finished");
        }
        assertEquals("INTACT", verify(null, null).getString("status"));
    }

    @Test
    void shouldNameAnAlteredRecord() throws SQLException {
        long victim = sealedIds(records(3)).get(1);
        execute("create temporary table kept as select * from audit_record where id = " + victim);
        execute("update audit_record set target_id = '/api/v1/forged' where id = " + victim);
        try {
            assertBroken("RECORD_ALTERED", victim, "altered");
        } finally {
            execute("update audit_record r set target_id = k.target_id from kept k where r.id = k.id");
            execute("drop table kept");
        }
        assertIntact();
    }

    @Test
    void shouldNameADeletedRecord() throws SQLException {
        long victim = sealedIds(records(3)).get(1);
        execute("create temporary table kept as select * from audit_record where id = " + victim);
        execute("delete from audit_record where id = " + victim);
        try {
            assertBroken("RECORD_MISSING", victim, "deleted");
        } finally {
            execute("insert into audit_record select * from kept");
            execute("drop table kept");
        }
        assertIntact();
    }

    @Test
    void shouldNameARecordInsertedAmongSealedOnes() throws SQLException {
        long neighbour = sealedIds(records(3)).get(1);
        long forged;
        try (Statement s = db.createStatement();
             ResultSet rs = s.executeQuery("insert into audit_record (txid, occurred_at, actor, actor_role, action, outcome) "
                     + "select txid, occurred_at, 'forger', 'admin', 'SUBMISSION_DECIDED_ACCEPTED', 'SUCCESS' "
                     + "from audit_record where id = " + neighbour + " returning id")) {
            rs.next();
            forged = rs.getLong(1);
        }
        try {
            assertBroken("RECORD_INSERTED", forged, "inserted");
        } finally {
            execute("delete from audit_record where id = " + forged);
        }
        assertIntact();
    }

    @Test
    void shouldNameRecordsPutInAnotherOrder() throws SQLException {
        List<Long> ids = sealedIds(records(3));
        long a = ids.get(0);
        long b = ids.get(2);
        long txA = txid(a);
        long txB = txid(b);
        assertNotEquals(txA, txB);
        swapTxids(a, b, txA, txB);
        try {
            assertBroken("RECORDS_REORDERED", a, "reordered");
        } finally {
            swapTxids(a, b, txB, txA);
        }
        assertIntact();
    }

    @Test
    void shouldNameAnAlteredSealAndAMissingOne() throws SQLException {
        records(1);
        sealAll();
        records(1);
        long last = sealAll();
        long previous = last - 1;
        execute("update audit_seal set sealed_at = sealed_at + interval '1 second' where seal_no = " + previous);
        try {
            JsonPath v = verify(previous, null);
            assertEquals("SEAL_ALTERED", v.getString("firstBroken.kind"), v.prettify());
            assertEquals(previous, v.getLong("firstBroken.sealNo"));
            print("seal altered", v);
        } finally {
            execute("update audit_seal set sealed_at = sealed_at - interval '1 second' where seal_no = " + previous);
        }
        execute("create temporary table kept_seal as select * from audit_seal where seal_no = " + previous);
        execute("delete from audit_seal where seal_no = " + previous);
        try {
            JsonPath v = verify(previous - 1 >= 1 ? previous - 1 : 1, null);
            assertEquals("SEAL_MISSING", v.getString("firstBroken.kind"), v.prettify());
            assertEquals(previous, v.getLong("firstBroken.sealNo"));
            print("seal deleted", v);
        } finally {
            execute("insert into audit_seal select * from kept_seal");
            execute("drop table kept_seal");
        }
        assertIntact();
    }

    @Test
    void shouldNameABackdatedRecord() throws SQLException {
        records(1);
        long before = sealAll();
        long forged;
        try (Statement s = db.createStatement();
             ResultSet rs = s.executeQuery("insert into audit_record (occurred_at, actor, actor_role, action, outcome) "
                     + "values (clock_timestamp() - interval '2 hours', 'forger', 'admin', 'SUBMISSION_RETURNED', 'SUCCESS') returning id")) {
            rs.next();
            forged = rs.getLong(1);
        }
        long sealed = sealAll();
        try {
            JsonPath v = verify(sealed, null);
            assertEquals("RECORD_BACKDATED", v.getString("firstBroken.kind"), v.prettify());
            assertEquals(forged, v.getLong("firstBroken.recordId"));
            print("backdated", v);
        } finally {
            // Undo: the forged record and the seals made after it (they are derived; the next seal covers the rest again).
            execute("delete from audit_seal where seal_no > " + before);
            execute("delete from audit_record where id = " + forged);
            sealAll();
        }
        assertIntact();
    }

    @Test
    void shouldRefuseEveryoneButAdministratorsAndBadParameters() {
        for (String path : List.of("/api/v1/audit/records", "/api/v1/audit/verify")) {
            given().get(path).then().statusCode(401);
            given().auth().oauth2(Tokens.institution(USCC)).get(path).then().statusCode(403);
            given().auth().oauth2(Tokens.authority("HC-110105")).get(path).then().statusCode(403);
        }
        given().auth().oauth2(Tokens.admin()).header("Accept-Language", "en")
                .queryParam("outcome", "MAYBE").queryParam("from", "2026-11-02T00:00:00+08:00")
                .queryParam("to", "2026-11-01T00:00:00+08:00").queryParam("actor", "x".repeat(201)).queryParam("limit", "0")
                .get("/api/v1/audit/records").then().statusCode(400)
                .body("errors.field", org.hamcrest.Matchers.containsInAnyOrder("outcome", "from", "actor", "limit"));
        given().auth().oauth2(Tokens.admin()).queryParam("fromSeal", "0").queryParam("anchor", "12:xyz")
                .get("/api/v1/audit/verify").then().statusCode(400)
                .body("errors.field", org.hamcrest.Matchers.containsInAnyOrder("fromSeal", "anchor"));
    }

    @Test
    void shouldPageTheRecordsNewestFirst() {
        String actor = records(5);
        var admin = given().auth().oauth2(Tokens.admin()).queryParam("actor", actor).queryParam("limit", 2);
        JsonPath first = admin.get("/api/v1/audit/records").then().statusCode(200).extract().jsonPath();
        List<Long> seen = new ArrayList<>(first.getList("entries.id", Long.class));
        String next = first.getString("next");
        while (next != null) {
            JsonPath page = given().auth().oauth2(Tokens.admin()).queryParam("actor", actor).queryParam("limit", 2)
                    .queryParam("after", next).get("/api/v1/audit/records").then().statusCode(200).extract().jsonPath();
            seen.addAll(page.getList("entries.id", Long.class));
            next = page.getString("next");
        }
        assertEquals(5, seen.size());
        List<Long> sorted = new ArrayList<>(seen);
        sorted.sort(java.util.Comparator.reverseOrder());
        assertEquals(sorted, seen);
    }

    // ---- helpers ----------------------------------------------------------------------------------

    /** {@code n} audit records of a new actor, each written by its own transaction; the actor. */
    static String records(int n) {
        String actor = "his-" + UUID.randomUUID();
        for (int i = 0; i < n; i++) {
            given().auth().oauth2(Tokens.institutionAs(actor, USCC)).get(INBOX).then().statusCode(403);
        }
        return actor;
    }

    /** Seals until nothing is left; the last seal's number. */
    long sealAll() {
        while (sealer.sealOnce().isPresent()) {
            // next batch
        }
        return queryLong("select coalesce(max(seal_no), 0) from audit_seal");
    }

    /** The ids of an actor's records, in chain order, after sealing everything; all in the last seal. */
    List<Long> sealedIds(String actor) throws SQLException {
        long seal = sealAll();
        List<Long> ids = new ArrayList<>();
        try (PreparedStatement ps = db.prepareStatement("select id from audit_record where actor = ? order by txid, id")) {
            ps.setString(1, actor);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getLong(1));
                }
            }
        }
        for (long id : ids) {
            assertEquals(seal, sealOf(id), "the last seal holds this test's records");
        }
        return ids;
    }

    void assertBroken(String kind, long recordId, String label) {
        long seal = queryLong("select max(seal_no) from audit_seal");
        JsonPath v = verify(seal, null);
        assertEquals("BROKEN", v.getString("status"), v.prettify());
        assertEquals(kind, v.getString("firstBroken.kind"), v.prettify());
        assertEquals(seal, v.getLong("firstBroken.sealNo"));
        assertEquals(recordId, v.getLong("firstBroken.recordId"));
        JsonPath whole = verify(null, null);
        assertEquals(kind, whole.getString("firstBroken.kind"), "found from the first seal too");
        print(label, whole);
    }

    void assertIntact() {
        JsonPath v = verify(null, null);
        assertEquals("INTACT", v.getString("status"), v.prettify());
    }

    static void print(String label, JsonPath v) {
        LOG.infof("[audit] tamper %-12s -> %s %s at seal %s record %s (%d records verified before it)", label,
                v.getString("status"), v.getString("firstBroken.kind"), v.getString("firstBroken.sealNo"),
                v.getString("firstBroken.recordId"), v.getLong("recordsVerified"));
    }

    static JsonPath verify(Long fromSeal, String anchor) {
        var request = given().auth().oauth2(Tokens.admin());
        if (fromSeal != null) {
            request.queryParam("fromSeal", fromSeal);
        }
        if (anchor != null) {
            request.queryParam("anchor", anchor);
        }
        return request.get("/api/v1/audit/verify").then().statusCode(200).extract().jsonPath();
    }

    Long sealOf(long recordId) throws SQLException {
        try (Statement s = db.createStatement();
             ResultSet rs = s.executeQuery("select seal_no from audit_seal where " + recordId + " = any(record_ids)")) {
            return rs.next() ? rs.getLong(1) : null;
        }
    }

    long txid(long id) {
        return queryLong("select txid from audit_record where id = " + id);
    }

    void swapTxids(long a, long b, long txA, long txB) throws SQLException {
        execute("update audit_record set txid = " + txB + " where id = " + a);
        execute("update audit_record set txid = " + txA + " where id = " + b);
    }

    long queryLong(String sql) {
        try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    void execute(String sql) throws SQLException {
        try (Statement s = db.createStatement()) {
            s.execute(sql);
        }
    }
}
