package cn.healthsec.reporting.submission;

import cn.healthsec.reporting.audit.AuditRecord;
import cn.healthsec.reporting.support.Fixtures;
import cn.healthsec.reporting.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.transaction.Transactional;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Issue 11 §3: a submission's content is typed — {@code contentType} names its request schema (an
 * incident's by the stage of the report), and {@code GET /submissions/{id}/content} answers it under
 * that discriminator, to whoever may read the submission and to no one else. Institutions in 350105
 * (Fuzhou Mawei), so that no other test's inbox fills.
 */
@QuarkusTest
class SubmissionContentTest {

    @Test
    void shouldNameTheSchemaOfEveryIncidentReportByItsStage() {
        String uscc = Fixtures.registerInstitution("350105", null);
        String token = Tokens.institution(uscc);
        String initial = given().auth().oauth2(token).contentType("application/json").body(Fixtures.ransomware(2, "GENERAL", 0, null))
                .post("/api/v1/incidents").then().statusCode(201).extract().path("id");
        String update = given().auth().oauth2(token).contentType("application/json").body("{\"summary\": \"已隔离\"}")
                .post("/api/v1/incidents/" + initial + "/updates").then().statusCode(201).extract().path("id");

        given().auth().oauth2(token).get("/api/v1/submissions/" + initial)
                .then().statusCode(200).body("contentType", equalTo("INCIDENT_INITIAL_REPORT"));
        given().auth().oauth2(token).get("/api/v1/submissions/" + update + "/content")
                .then().statusCode(200).header("ETag", notNullValue())
                .body("contentType", equalTo("INCIDENT_UPDATE"))
                .body("report.summary", equalTo("已隔离"));
        // The supervising county reads it too.
        given().auth().oauth2(Tokens.authority("HC-350105")).get("/api/v1/submissions/" + initial + "/content")
                .then().statusCode(200).body("contentType", equalTo("INCIDENT_INITIAL_REPORT"))
                .body("report.category", equalTo("RANSOMWARE"));
    }

    @Test
    void shouldAnswerTheContentAsFiledAndRefuseWhoMayNotSeeIt() {
        String uscc = Fixtures.registerInstitution("350105", null);
        String id = given().auth().oauth2(Tokens.institution(uscc)).contentType("application/json").body(Fixtures.sampleFiling())
                .post("/api/v1/mlps-filings").then().statusCode(201).extract().path("id");
        given().auth().oauth2(Tokens.institution(uscc)).get("/api/v1/submissions/" + id + "/content")
                .then().statusCode(200)
                .body("contentType", equalTo("MLPS_FILING"))
                .body("report.protectionLevel", equalTo(3))
                .body("report.network.id", equalTo("his-core"));

        // Another institution and an authority of another jurisdiction get the 404 of what does not exist, audited.
        String stranger = "his-" + UUID.randomUUID();
        given().auth().oauth2(Tokens.institutionAs(stranger, Fixtures.registerInstitution("350105", null)))
                .get("/api/v1/submissions/" + id + "/content").then().statusCode(404);
        given().auth().oauth2(Tokens.authority("HC-110105")).get("/api/v1/submissions/" + id + "/content").then().statusCode(404);
        given().auth().oauth2(Tokens.admin()).get("/api/v1/submissions/" + id + "/content").then().statusCode(403);
        given().get("/api/v1/submissions/" + id + "/content").then().statusCode(401);
        assertEquals(1, denied(stranger, id));
    }

    @Transactional
    long denied(String actor, String id) {
        return AuditRecord.count("actor = ?1 and action = ?2 and targetId = ?3 and outcome = ?4", actor, "SUBMISSION_CONTENT_READ", id,
                "DENIED");
    }
}
