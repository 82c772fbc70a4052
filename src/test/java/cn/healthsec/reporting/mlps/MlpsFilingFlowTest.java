package cn.healthsec.reporting.mlps;

import cn.healthsec.reporting.support.Fixtures;
import cn.healthsec.reporting.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The "done when": an admin registers an institution, the institution files, its
 * supervising authority reads the filing in its inbox and acknowledges it.
 */
@QuarkusTest
class MlpsFilingFlowTest {

    @Test
    void shouldCarryAFilingFromInstitutionToItsSupervisorsInbox() {
        String uscc = Fixtures.registerInstitution("110105", null);

        Response receipt = given().auth().oauth2(Tokens.institution(uscc)).contentType("application/json")
                .header("Accept-Language", "en")
                .body(Fixtures.sampleFiling())
                .post("/api/v1/mlps-filings")
                .then().statusCode(201)
                .body("reference", matchesPattern("MLPS-\\d{4}-\\d{8}"))
                .body("receivedAt", matchesPattern("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?\\+08:00"))
                .body("routes.authorityId", equalTo(List.of("HC-110105")))
                .body("routes[0].basis", matchesPattern("2022 Measures art\\. 6\\(2\\).*"))
                .extract().response();
        String id = receipt.path("id");

        // 2026 Measures' worked example: 2026-02-13 + 10 working days = 2026-03-05; filed 03-06 is late.
        Map<String, Object> psb = receipt.path("deadlines.find { it.obligation == 'PUBLIC_SECURITY_FILING' }");
        assertEquals("2026-03-05", psb.get("dueOn"));
        assertEquals("LATE", psb.get("state"));
        assertEquals(false, psb.get("provisional"));
        assertEquals("ACCEPTED_WITH_FINDINGS", receipt.path("status"));

        String authority = Tokens.authority("HC-110105");
        Response inbox = given().auth().oauth2(authority).get("/api/v1/authorities/HC-110105/inbox")
                .then().statusCode(200).extract().response();
        Map<String, Object> entry = inbox.path("entries.find { it.submissionId == '" + id + "' }");
        assertNotNull(entry, "the filing is in the supervisor's inbox");
        assertEquals("MLPS_FILING", entry.get("submissionType"));
        assertEquals(false, entry.get("acknowledged"));
        assertEquals(uscc, ((Map<?, ?>) entry.get("institution")).get("uscc"));

        Object entryId = entry.get("id");
        given().auth().oauth2(authority).post("/api/v1/authorities/HC-110105/inbox/" + entryId + "/ack")
                .then().statusCode(200).body("acknowledged", equalTo(true));
        // Idempotent: a second acknowledgement answers the same.
        given().auth().oauth2(authority).post("/api/v1/authorities/HC-110105/inbox/" + entryId + "/ack")
                .then().statusCode(200).body("acknowledged", equalTo(true));

        given().auth().oauth2(authority).get("/api/v1/submissions/" + id)
                .then().statusCode(200)
                .body("receipt.routes[0].acknowledged", equalTo(true))
                .body("content.network.id", equalTo("his-core"));
        given().auth().oauth2(Tokens.institution(uscc)).get("/api/v1/submissions")
                .then().statusCode(200).body("entries.id", hasItem(id));
    }

    @Test
    void shouldCheckALevelChangeAgainstTheLevelOnRecord() {
        String uscc = Fixtures.registerInstitution("110105", null);
        String token = Tokens.institution(uscc);
        given().auth().oauth2(token).contentType("application/json").body(Fixtures.sampleFiling())
                .post("/api/v1/mlps-filings").then().statusCode(201);
        String change = Fixtures.sampleFiling().replace("\"INITIAL\"", "\"LEVEL_CHANGE\"")
                .replace("\"protectionLevel\": 3", "\"protectionLevel\": 4");
        // Record: level 3. A change from 3 to 4 matches it.
        given().auth().oauth2(token).contentType("application/json")
                .body(change.replace("\"previousProtectionLevel\": null", "\"previousProtectionLevel\": 3"))
                .post("/api/v1/mlps-filings").then().statusCode(201)
                .body("findings.code", org.hamcrest.Matchers.not(hasItem("MLPS_LEVEL_DIFFERS_FROM_RECORD")));
        // Record: level 4 now. A change claiming to start from level 2 does not match it.
        given().auth().oauth2(token).contentType("application/json")
                .body(change.replace("\"previousProtectionLevel\": null", "\"previousProtectionLevel\": 2"))
                .post("/api/v1/mlps-filings").then().statusCode(201)
                .body("findings.code", hasItem("MLPS_LEVEL_DIFFERS_FROM_RECORD"));
    }

    @Test
    void shouldAnswerTheFirstReceiptWhenAnHisRetriesWithTheSameIdempotencyKey() {
        String uscc = Fixtures.registerInstitution("110105", null);
        String token = Tokens.institution(uscc);
        String first = given().auth().oauth2(token).contentType("application/json").header("Idempotency-Key", "his-42")
                .body(Fixtures.sampleFiling()).post("/api/v1/mlps-filings").then().statusCode(201).extract().path("id");
        String again = given().auth().oauth2(token).contentType("application/json").header("Idempotency-Key", "his-42")
                .body(Fixtures.sampleFiling()).post("/api/v1/mlps-filings").then().statusCode(200).extract().path("id");
        assertEquals(first, again);
        List<String> ids = given().auth().oauth2(token).get("/api/v1/submissions").then().statusCode(200).extract().path("entries.id");
        assertTrue(ids.stream().filter(first::equals).count() == 1 && ids.size() == 1, "stored once");
        given().auth().oauth2(token).contentType("application/json").header("Idempotency-Key", "his-42")
                .body(Fixtures.sampleFiling().replace("\"protectionLevel\": 3", "\"protectionLevel\": 4"))
                .post("/api/v1/mlps-filings").then().statusCode(409).contentType("application/problem+json");
    }
}
