package cn.healthsec.reporting.submission;

import cn.healthsec.reporting.support.Fixtures;
import cn.healthsec.reporting.support.LogCapture;
import cn.healthsec.reporting.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * Issue 7 items 3 and 4: an Idempotency-Key names one request; a report is never lost to one, nor a
 * retry to a race. Its institutions are in 310104 (Shanghai Xuhui), so that its reports fill no
 * other test's inbox.
 */
@QuarkusTest
class IdempotencyTest {

    static Response post(String uscc, String path, String key, String body) {
        return given().auth().oauth2(Tokens.institution(uscc)).contentType("application/json").header("Idempotency-Key", key)
                .body(body).post(path);
    }

    static final String UPDATE = "{\"summary\": \"已确认加密范围\", \"trend\": \"已受控\"}";

    /**
     * Item 3, before: an update to incident 2 with the key used on incident 1 answered 200 with
     * incident 1's receipt; incident 2's report was dropped. Now the key is bound to its operation and
     * target: reused on another one it is a 409, and the report can be sent again under a fresh key.
     */
    @Test
    void shouldNeverReplayAKeyOnAnotherIncident() {
        String uscc = Fixtures.registerInstitution("310104", null);
        String first = post(uscc, "/api/v1/incidents", "open-1", Fixtures.ransomware(1, "GENERAL", 10, null))
                .then().statusCode(201).extract().path("id");
        String second = post(uscc, "/api/v1/incidents", "open-2", Fixtures.ransomware(1, "GENERAL", 20, null))
                .then().statusCode(201).extract().path("id");
        String firstUpdate = post(uscc, "/api/v1/incidents/" + first + "/updates", "update-key", UPDATE)
                .then().statusCode(201).extract().path("id");
        post(uscc, "/api/v1/incidents/" + first + "/updates", "update-key", UPDATE)
                .then().statusCode(200).body("id", equalTo(firstUpdate));

        post(uscc, "/api/v1/incidents/" + second + "/updates", "update-key", UPDATE)
                .then().statusCode(409).contentType("application/problem+json");
        post(uscc, "/api/v1/incidents/" + second + "/final-report", "update-key", finalReport())
                .then().statusCode(409);
        post(uscc, "/api/v1/mlps-filings", "update-key", Fixtures.sampleFiling()).then().statusCode(409);

        post(uscc, "/api/v1/incidents/" + second + "/updates", "update-key-2", UPDATE).then().statusCode(201);
        given().auth().oauth2(Tokens.institution(uscc)).get("/api/v1/incidents/" + second)
                .then().statusCode(200).body("reports.size()", equalTo(2));
    }

    /** A final report retried after it closed the incident gets its receipt back, not "incident closed". */
    @Test
    void shouldReplayAFinalReportAfterItClosedTheIncident() {
        String uscc = Fixtures.registerInstitution("310104", null);
        String incident = post(uscc, "/api/v1/incidents", "open", Fixtures.ransomware(1, "GENERAL", 10, null))
                .then().statusCode(201).extract().path("id");
        String report = finalReport();
        String receipt = post(uscc, "/api/v1/incidents/" + incident + "/final-report", "close", report)
                .then().statusCode(201).extract().path("id");
        post(uscc, "/api/v1/incidents/" + incident + "/final-report", "close", report)
                .then().statusCode(200).body("id", equalTo(receipt));
        post(uscc, "/api/v1/incidents/" + incident + "/final-report", "close-again", report)
                .then().statusCode(409);
    }

    /**
     * Item 4, before: up to 19 of 20 concurrent retries with one key answered 500 (the unique key's
     * violation). Now every one gets the first receipt: one 201, the rest 200 with the same id — on
     * every operation that takes the header, incident follow-ups included.
     */
    @Test
    void shouldGiveEveryConcurrentRetryTheFirstReceiptOnEveryOperation() throws Exception {
        String uscc = Fixtures.registerInstitution("310104", null);
        String token = Tokens.institution(uscc);
        String incident = post(uscc, "/api/v1/incidents", "race-open-first", Fixtures.ransomware(1, "GENERAL", 10, null))
                .then().statusCode(201).extract().path("id");
        Map<String, String> operations = new LinkedHashMap<>();
        operations.put("/api/v1/mlps-filings", Fixtures.sampleFiling());
        operations.put("/api/v1/data-catalogue-reports", Fixtures.catalogueReport("PERIODIC_REVIEW", null,
                Fixtures.catalogueItem("emr", "GENERAL", "", null)));
        operations.put("/api/v1/risk-assessment-reports", Fixtures.riskAssessment("ANNUAL", null));
        operations.put("/api/v1/incidents", Fixtures.ransomware(1, "GENERAL", 10, null));
        operations.put("/api/v1/incidents/" + incident + "/updates", UPDATE);
        operations.put("/api/v1/incidents/" + incident + "/final-report", finalReport());
        try (LogCapture log = new LogCapture()) {
            for (Map.Entry<String, String> operation : operations.entrySet()) {
                race(token, operation.getKey(), operation.getValue(), 20);
            }
            assertFalse(String.join("\n", log.lines()).contains("duplicate key"), "no unique-key violation happened");
        }
        given().auth().oauth2(token).queryParam("limit", 500).get("/api/v1/submissions").then().statusCode(200)
                .body("entries.size()", equalTo(operations.size() + 1));
    }

    private static void race(String token, String path, String body, int retries) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(retries);
        String key = "race-" + UUID.randomUUID();
        try {
            List<Future<Response>> answers = new ArrayList<>();
            for (int i = 0; i < retries; i++) {
                Callable<Response> call = () -> {
                    start.await();
                    return given().auth().oauth2(token).contentType("application/json").header("Idempotency-Key", key)
                            .body(body).post(path);
                };
                answers.add(pool.submit(call));
            }
            start.countDown();
            List<Integer> statuses = new ArrayList<>();
            Set<String> ids = new HashSet<>();
            for (Future<Response> f : answers) {
                Response r = f.get();
                statuses.add(r.statusCode());
                ids.add(r.path("id"));
            }
            assertEquals(1, statuses.stream().filter(s -> s == 201).count(), path + " " + statuses);
            assertEquals(retries - 1, statuses.stream().filter(s -> s == 200).count(), path + " " + statuses);
            assertEquals(1, ids.size(), path + ": every retry answers the same submission");
        } finally {
            pool.shutdownNow();
        }
    }

    /** The same key and body on the same operation replays, even in another order of fields. */
    @Test
    void shouldReplayTheSameRequestAndRefuseAnotherBody() {
        String uscc = Fixtures.registerInstitution("310104", null);
        String id = post(uscc, "/api/v1/mlps-filings", "k1", Fixtures.sampleFiling()).then().statusCode(201).extract().path("id");
        String reordered = "{\"protectionLevel\": 3, " + Fixtures.sampleFiling().trim().substring(1).replace("\"protectionLevel\": 3,", "");
        post(uscc, "/api/v1/mlps-filings", "k1", reordered).then().statusCode(200).body("id", equalTo(id));
        post(uscc, "/api/v1/mlps-filings", "k1", Fixtures.sampleFiling().replace("\"protectionLevel\": 3", "\"protectionLevel\": 2"))
                .then().statusCode(409);
    }

    static String finalReport() {
        return """
                {"handlingEndedAt": "%s", "cause": "远程桌面弱口令", "responseMeasures": "隔离、恢复备份", "harm": "门诊停摆6小时",
                 "accountability": "信息科负责人诫勉", "rectification": "关闭远程桌面", "lessons": "定期检查暴露面"}
                """.formatted(java.time.Instant.now().minusSeconds(60));
    }
}
