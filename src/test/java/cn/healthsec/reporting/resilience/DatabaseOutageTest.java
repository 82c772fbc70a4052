package cn.healthsec.reporting.resilience;

import cn.healthsec.reporting.support.DatabaseProxy;
import cn.healthsec.reporting.support.Fixtures;
import cn.healthsec.reporting.support.LogCapture;
import cn.healthsec.reporting.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import org.jboss.logging.Logger;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 7 item 12: while the database is unreachable, requests get 503 with Retry-After (nothing
 * stored; a retry with the same key is safe), readiness says DOWN, the log gets a few lines rather
 * than a stack trace per probe, and the service recovers by itself when the database returns.
 * Before: 500 to every request, and 2,696 stack-trace lines from the health check in one outage.
 * The outage is a TCP proxy cut between the service and PostgreSQL: the shared server stays up.
 */
@QuarkusTest
@TestProfile(DatabaseOutageTest.Outage.class)
class DatabaseOutageTest {

    private static final Logger LOG = Logger.getLogger(DatabaseOutageTest.class);

    public static class Outage implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("healthsec.db.schema", "healthsec_outage", "quarkus.datasource.jdbc.acquisition-timeout", "2S");
        }

        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(DatabaseProxy.class));
        }
    }

    static Response file(String token, String key) {
        return given().auth().oauth2(token).contentType("application/json").header("Idempotency-Key", key)
                .header("Accept-Language", "en").body(Fixtures.sampleFiling()).post("/api/v1/mlps-filings");
    }

    @Test
    void shouldAnswer503WithRetryAfterDuringAnOutageAndRecoverAfterIt() throws InterruptedException {
        String uscc = Fixtures.registerInstitution("110105", null);
        String token = Tokens.institution(uscc);
        file(token, "before").then().statusCode(201);
        List<String> printed;
        try (LogCapture log = new LogCapture()) {
            DatabaseProxy.cut();
            for (int i = 0; i < 10; i++) {
                file(token, "during-" + i).then().statusCode(503).contentType("application/problem+json")
                        .header("Retry-After", "5")
                        .body("type", equalTo("https://healthsec.cn/problems/unavailable"));
                given().auth().oauth2(token).get("/api/v1/submissions").then().statusCode(503).header("Retry-After", "5");
                given().get("/q/health/ready").then().statusCode(503).body("status", equalTo("DOWN"));
            }
            given().get("/q/health/live").then().statusCode(200);
            printed = log.printed();
        } finally {
            DatabaseProxy.restore();
        }
        LOG.infof("outage: %d log lines printed for 30 refused requests and probes", printed.size());
        long traceLines = printed.stream().mapToLong(l -> l.lines().filter(x -> x.startsWith("\tat ")).count()).sum();
        assertEquals(0, traceLines, "no stack trace printed for an outage:\n" + String.join("\n", printed));
        assertTrue(printed.size() <= 20, printed.size() + " lines printed for 30 refused requests:\n" + String.join("\n", printed));

        long recovered = System.nanoTime();
        int status = 0;
        for (int i = 0; i < 300 && status != 201; i++) {
            status = file(token, "during-0").statusCode();
            if (status != 201) {
                Thread.sleep(100);
            }
        }
        assertEquals(201, status, "the service recovers by itself once the database is back");
        LOG.infof("recovered %d ms after the database returned", (System.nanoTime() - recovered) / 1_000_000);
        given().get("/q/health/ready").then().statusCode(200);
        given().auth().oauth2(token).get("/api/v1/submissions").then().statusCode(200).body("entries.size()", equalTo(2));
    }
}
