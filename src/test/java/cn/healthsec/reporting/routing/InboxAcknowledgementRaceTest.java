package cn.healthsec.reporting.routing;

import cn.healthsec.reporting.support.Fixtures;
import cn.healthsec.reporting.support.Tokens;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Issue 25 §3: an acknowledgement is the authority's legal time of receipt, given once. Twenty
 * callers acknowledging one entry at once (a portal retrying on a timeout) all get the same, first
 * time; one of them marked it and one audit record says so; the same for a page acknowledged by
 * twenty concurrent bulk requests.
 */
@QuarkusTest
class InboxAcknowledgementRaceTest {

    static final int CALLERS = 20;

    @Inject
    AgroalDataSource dataSource;

    @Test
    void shouldKeepTheFirstOfTwentyConcurrentAcknowledgementsOfOneEntry() throws Exception {
        String authority = "HC-320111";
        List<Long> ids = filed("320111", 1, authority);
        long entry = ids.get(0);
        List<JsonPath> answers = race(() -> given().auth().oauth2(Tokens.authority(authority))
                .post("/api/v1/authorities/" + authority + "/inbox/" + entry + "/ack").then().statusCode(200).extract().jsonPath());

        Set<OffsetDateTime> times = answers.stream().map(a -> OffsetDateTime.parse(a.getString("acknowledgedAt"))).collect(Collectors.toSet());
        assertEquals(1, times.size(), "every caller answered with the one kept time: " + times);
        answers.forEach(a -> assertEquals(true, a.getBoolean("acknowledged")));
        assertEquals(times.iterator().next().toInstant(), acknowledgedAt(entry).toInstant(), "the kept time is the stored one");
        assertEquals(1, audited("INBOX_ENTRY_ACKNOWLEDGED", String.valueOf(entry)), "one acknowledgement audited");

        // Later, the same: nothing marked again, nothing audited again.
        String again = given().auth().oauth2(Tokens.authority(authority)).post("/api/v1/authorities/" + authority + "/inbox/" + entry + "/ack")
                .then().statusCode(200).extract().path("acknowledgedAt");
        assertEquals(times.iterator().next(), OffsetDateTime.parse(again));
        assertEquals(1, audited("INBOX_ENTRY_ACKNOWLEDGED", String.valueOf(entry)));
    }

    @Test
    void shouldKeepTheFirstOfTwentyConcurrentAcknowledgementsOfOnePage() throws Exception {
        String authority = "HC-320115";
        List<Long> ids = filed("320115", 3, authority);
        String body = "{\"entryIds\": " + ids + "}";
        List<JsonPath> answers = race(() -> given().auth().oauth2(Tokens.authority(authority)).contentType("application/json").body(body)
                .post("/api/v1/authorities/" + authority + "/inbox/ack").then().statusCode(200).extract().jsonPath());

        assertEquals(3, answers.stream().mapToInt(a -> a.getInt("acknowledged")).sum(), "each entry marked by exactly one request");
        answers.forEach(a -> assertEquals(3, a.getInt("acknowledged") + a.getInt("alreadyAcknowledged")));
        Set<Map<Long, OffsetDateTime>> kept = new HashSet<>();
        for (JsonPath a : answers) {
            List<Map<String, Object>> entries = a.getList("entries");
            kept.add(entries.stream().collect(Collectors.toMap(e -> ((Number) e.get("id")).longValue(),
                    e -> OffsetDateTime.parse((String) e.get("acknowledgedAt")))));
        }
        assertEquals(1, kept.size(), "every caller answered with the same kept times: " + kept);
        for (long id : ids) {
            assertEquals(kept.iterator().next().get(id).toInstant(), acknowledgedAt(id).toInstant());
        }
        long marking = answers.stream().filter(a -> a.getInt("acknowledged") > 0).count();
        assertEquals(marking, audited("INBOX_ENTRIES_ACKNOWLEDGED", authority), "one audit record per request that acknowledged");
        assertEquals(1, marking, "rows are locked in id order: the request that took the first took them all");
    }

    /** {@code n} filings in a county of the test's own; the ids of its commission's entries. */
    private static List<Long> filed(String county, int n, String authority) {
        String token = Tokens.institution(Fixtures.registerInstitution(county, null));
        for (int i = 0; i < n; i++) {
            given().auth().oauth2(token).contentType("application/json").body(Fixtures.sampleFiling().replace("his-core", "net-" + i))
                    .post("/api/v1/mlps-filings").then().statusCode(201);
        }
        List<Number> ids = given().auth().oauth2(Tokens.authority(authority)).get("/api/v1/authorities/" + authority + "/inbox")
                .then().statusCode(200).extract().path("entries.id");
        assertEquals(n, ids.size());
        return ids.stream().map(Number::longValue).toList();
    }

    /** Twenty callers released at once; every answer. */
    private static <T> List<T> race(Callable<T> call) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(CALLERS);
        try {
            CountDownLatch ready = new CountDownLatch(CALLERS);
            CountDownLatch go = new CountDownLatch(1);
            List<Future<T>> futures = new ArrayList<>();
            for (int i = 0; i < CALLERS; i++) {
                futures.add(pool.submit(() -> {
                    ready.countDown();
                    go.await();
                    return call.call();
                }));
            }
            ready.await(30, TimeUnit.SECONDS);
            go.countDown();
            List<T> answers = new ArrayList<>();
            for (Future<T> f : futures) {
                answers.add(f.get(60, TimeUnit.SECONDS));
            }
            return answers;
        } finally {
            pool.shutdownNow();
        }
    }

    private OffsetDateTime acknowledgedAt(long entry) throws SQLException {
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("select acknowledged_at from inbox_entry where id = ?")) {
            ps.setLong(1, entry);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getObject(1, OffsetDateTime.class);
            }
        }
    }

    private long audited(String action, String target) throws SQLException {
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("select count(*) from audit_record where action = ? and target_id = ?")) {
            ps.setString(1, action);
            ps.setString(2, target);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }
}
