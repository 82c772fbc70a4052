package cn.healthsec.reporting.web;

import cn.healthsec.reporting.support.Tokens;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 12 §4: the limits, each set low in this test's profile (its own schema) and seen to hold —
 * per-client rate limits answered 429 problem+json with {@code Retry-After}, per token and per
 * address without one; idle connections closed; connections beyond the maximum refused; the
 * database's statement, lock and idle-transaction timeouts on every pooled connection.
 */
@QuarkusTest
@TestProfile(LimitsTest.Low.class)
class LimitsTest {

    private static final Logger LOG = Logger.getLogger(LimitsTest.class);

    static final int CLIENT_BURST = 5;
    static final int ANONYMOUS_BURST = 3;
    static final int MAX_CONNECTIONS = 40;

    public static class Low implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("healthsec.db.schema", "healthsec_limits",
                    "healthsec.limits.client-per-second", "1",
                    "healthsec.limits.client-burst", String.valueOf(CLIENT_BURST),
                    "healthsec.limits.anonymous-per-second", "1",
                    "healthsec.limits.anonymous-burst", String.valueOf(ANONYMOUS_BURST),
                    "quarkus.http.idle-timeout", "2s",
                    "quarkus.http.limits.max-connections", String.valueOf(MAX_CONNECTIONS));
        }
    }

    @Inject
    AgroalDataSource dataSource;

    @Test
    void shouldAnswer429WithRetryAfterOnceAClientHasSpentItsBurst() {
        String token = Tokens.admin();
        String other = Tokens.admin();
        // The burst passes; then 429. The bucket refills one a second while the requests run, so on
        // a slow machine a request or two more may pass: never fewer than the burst, never more than
        // the burst plus what refilled meanwhile.
        long started = System.nanoTime();
        int passed = 0;
        Response refused = null;
        for (int i = 0; i < CLIENT_BURST + 20 && refused == null; i++) {
            Response r = given().auth().oauth2(token).header("Accept-Language", "en").get("/api/v1/divisions/110105");
            if (r.statusCode() == 429) {
                refused = r;
            } else {
                assertEquals(200, r.statusCode());
                passed++;
            }
        }
        long refilled = (long) Math.ceil((System.nanoTime() - started) / 1e9);
        assertTrue(refused != null, "no 429 after " + passed + " requests");
        assertTrue(passed >= CLIENT_BURST && passed <= CLIENT_BURST + refilled,
                passed + " passed in " + refilled + " s with a burst of " + CLIENT_BURST + " and one a second");
        assertEquals("application/problem+json", refused.contentType());
        assertEquals("https://healthsec.cn/problems/too-many-requests", refused.path("type"));
        assertTrue(refused.<String>path("detail").contains("Retry after"), refused.asString());
        int retryAfter = Integer.parseInt(refused.header("Retry-After"));
        assertTrue(retryAfter >= 1 && retryAfter <= 2, "one request a second refills: " + retryAfter);
        // Another client is not held back by the first; health and the contract are never limited.
        given().auth().oauth2(other).get("/api/v1/divisions/110105").then().statusCode(200);
        for (int i = 0; i < 20; i++) {
            given().get("/q/health/ready").then().statusCode(200);
        }
        // After the time it said, the client passes again.
        sleep(retryAfter * 1000L + 100);
        given().auth().oauth2(token).get("/api/v1/divisions/110105").then().statusCode(200);
    }

    @Test
    void shouldLimitRequestsWithoutATokenByAddress() {
        int unauthenticated = 0;
        int limited = 0;
        for (int i = 0; i < ANONYMOUS_BURST + 3; i++) {
            int status = given().header("Accept-Language", "zh-CN").get("/api/v1/submissions").statusCode();
            unauthenticated += status == 401 ? 1 : 0;
            limited += status == 429 ? 1 : 0;
        }
        assertTrue(unauthenticated <= ANONYMOUS_BURST + 1, "at most the burst (and a refill) answered: " + unauthenticated);
        assertTrue(limited >= 2, "the rest refused before any work: " + limited);
        sleep(ANONYMOUS_BURST * 1000L + 200);
    }

    @Test
    void shouldCloseAnIdleConnection() throws IOException {
        try (Socket idle = new Socket("localhost", RestAssured.port)) {
            idle.setSoTimeout(10_000);
            long start = System.nanoTime();
            int read = idle.getInputStream().read();
            long waited = (System.nanoTime() - start) / 1_000_000;
            assertEquals(-1, read, "closed by the server");
            assertTrue(waited >= 1_500 && waited < 6_000, "after the 2 s idle timeout: " + waited + " ms");
            LOG.infof("[limits] idle connection closed after %d ms (idle timeout 2 s)", waited);
        }
    }

    @Test
    void shouldRefuseConnectionsBeyondTheMaximum() throws IOException {
        List<Socket> held = new ArrayList<>();
        try {
            for (int i = 0; i < MAX_CONNECTIONS + 5; i++) {
                held.add(new Socket("localhost", RestAssured.port));
            }
            sleep(300);
            int closed = 0;
            for (Socket s : held) {
                if (closedByServer(s)) {
                    closed++;
                }
            }
            assertTrue(closed >= 5, "the connections over " + MAX_CONNECTIONS + " were closed at once: " + closed);
            LOG.infof("[limits] %d connections opened, %d closed at once by the server (max %d)", held.size(), closed, MAX_CONNECTIONS);
        } finally {
            for (Socket s : held) {
                s.close();
            }
        }
        sleep(500);
        given().get("/q/health/live").then().statusCode(200);
    }

    @Test
    void shouldSetTheDatabaseTimeoutsOnEveryConnection() throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            assertEquals("15s", one(s, "show statement_timeout"));
            assertEquals("10s", one(s, "show lock_timeout"));
            assertEquals("1min", one(s, "show idle_in_transaction_session_timeout"));
            SQLException timedOut = null;
            try {
                s.execute("set statement_timeout = '200ms'");
                s.execute("select pg_sleep(2)");
            } catch (SQLException e) {
                timedOut = e;
            } finally {
                s.execute("reset statement_timeout");
            }
            assertNotNull(timedOut);
            assertEquals("57014", timedOut.getSQLState());
            assertTrue(DatabaseFailures.isUnavailable(timedOut), "a statement past its timeout is answered 503, retry later");
        }
    }

    private static boolean closedByServer(Socket s) throws IOException {
        try {
            s.setSoTimeout(200);
            s.getOutputStream().write("GET /q/health/live HTTP/1.1\r\nHost: localhost\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            InputStream in = s.getInputStream();
            return in.read() == -1;
        } catch (java.net.SocketTimeoutException e) {
            return false;
        } catch (SocketException e) {
            return true;
        }
    }

    private static String one(Statement s, String sql) throws SQLException {
        try (ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
