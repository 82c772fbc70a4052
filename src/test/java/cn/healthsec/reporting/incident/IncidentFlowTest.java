package cn.healthsec.reporting.incident;

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
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

/** Incident notifications end to end: staged reports, grades, clocks and fan-out through the inboxes. */
@QuarkusTest
class IncidentFlowTest {

    static Response post(String uscc, String path, String body) {
        return given().auth().oauth2(Tokens.institution(uscc)).contentType("application/json").header("Accept-Language", "en")
                .body(body).post(path);
    }

    static Map<String, Object> route(Response receipt, String authority) {
        return receipt.path("routes.find { it.authorityId == '" + authority + "' }");
    }

    @Test
    void shouldCarryARansomwareIncidentThroughItsThreeStagesAndEveryInbox() {
        // A tertiary hospital in Chaoyang, not CII; 1.2 million patients' records: 较大 by the numbers.
        String uscc = Fixtures.registerInstitution("110105", null);
        Response initial = post(uscc, "/api/v1/incidents", Fixtures.ransomware(1, "LARGE", 1_200_000, null));
        initial.then().statusCode(201)
                .body("reference", org.hamcrest.Matchers.startsWith("INC-"))
                .body("routes.authorityId", equalTo(List.of("HC-110105", "PSB-110105", "CAC-110000")))
                .body("findings.code", hasItems("INCIDENT_SUPPLEMENT_EXPECTED", "INCIDENT_INDIVIDUALS_NOT_NOTIFIED"));
        assertEquals("SUSPECTED_CRIME_REPORT", route(initial, "PSB-110105").get("reason"));
        assertEquals("MET", route(initial, "CAC-110000").get("clockState"), "reported one hour after discovery: within 4 hours");
        assertNotNull(route(initial, "CAC-110000").get("dueAt"));
        String id = initial.path("id");

        post(uscc, "/api/v1/incidents/" + id + "/updates", """
                {"summary": "已确认加密范围", "causeAnalysis": "远程桌面弱口令被利用", "trend": "已受控",
                 "individualsNotified": {"notified": true, "methods": ["SMS"]}}
                """).then().statusCode(201)
                .body("routes.authorityId", equalTo(List.of("HC-110105", "PSB-110105", "CAC-110000")))
                .body("routes.dueAt", equalTo(java.util.Arrays.asList(null, null, null)));

        String ended = java.time.Instant.now().minusSeconds(600).toString();
        post(uscc, "/api/v1/incidents/" + id + "/final-report", """
                {"handlingEndedAt": "%s", "cause": "远程桌面弱口令", "responseMeasures": "隔离、恢复备份", "harm": "门诊停摆6小时",
                 "accountability": "信息科负责人诫勉", "rectification": "关闭远程桌面，启用多因素认证", "lessons": "定期检查暴露面"}
                """.formatted(ended)).then().statusCode(201)
                .body("deadlines.find { it.obligation == 'INCIDENT_FINAL_REPORT' }.state", equalTo("MET"));

        // Each recipient got all three reports (原渠道).
        for (String authority : List.of("HC-110105", "PSB-110105", "CAC-110000")) {
            List<String> types = given().auth().oauth2(Tokens.authority(authority)).get("/api/v1/authorities/" + authority + "/inbox")
                    .then().statusCode(200).extract().path("entries.findAll { it.institution.uscc == '" + uscc + "' }.submissionType");
            assertEquals(3, types.size(), authority);
        }
        given().auth().oauth2(Tokens.authority("CAC-110000")).get("/api/v1/incidents/" + id).then().statusCode(200)
                .body("status", equalTo("CLOSED"))
                .body("effectiveGrade", equalTo("LARGE"))
                .body("reports.stage", equalTo(List.of("INITIAL", "UPDATE", "FINAL")))
                .body("routes.find { it.authorityId == 'CAC-110000' }.clockState", equalTo("MET"))
                .body("routes.find { it.authorityId == 'CAC-110000' }.reportsDelivered", equalTo(3))
                .body("finalReport.state", equalTo("MET"));
        post(uscc, "/api/v1/incidents/" + id + "/updates", "{\"summary\": \"迟到的补充\"}").then().statusCode(409);
        given().auth().oauth2(Tokens.institution(uscc)).get("/api/v1/incidents?open=true").then().statusCode(200)
                .body("entries.id", not(hasItem(id)));
        given().auth().oauth2(Tokens.institution(uscc)).get("/api/v1/incidents?open=false").then().statusCode(200)
                .body("entries.id", hasItem(id));
    }

    @Test
    void shouldMarkEveryClockLateWhenReportedFiveHoursAfterDiscovery() {
        String uscc = Fixtures.registerInstitution("110105", null);
        Response r = post(uscc, "/api/v1/incidents", Fixtures.ransomware(5, "LARGE", 1_000_000, null));
        r.then().statusCode(201);
        assertEquals("LATE", route(r, "CAC-110000").get("clockState"), "4-hour CAC clock");
        assertEquals("LATE", route(r, "HC-110105").get("clockState"), "4-hour health policy clock");
        assertEquals("ACCEPTED_WITH_FINDINGS", r.path("status"));
    }

    @Test
    void shouldRouteAnUnderGradedIncidentByItsComputedGrade() {
        String uscc = Fixtures.registerInstitution("110105", null);
        post(uscc, "/api/v1/incidents", Fixtures.ransomware(0.5, "GENERAL", 12_000_000, null))
                .then().statusCode(201)
                .body("findings.find { it.code == 'INCIDENT_UNDER_GRADED' }.severity", equalTo("VIOLATION"))
                .body("routes.authorityId", hasItems("CAC-110000", "NHC"))
                .body("measurements.find { it.name == 'PERSONAL_INFORMATION_LEAKED >= MAJOR' }.thresholdReached", equalTo(true));
    }

    @Test
    void shouldAddTheRecipientsAnUpgradeCallsForWithTheirClocks() {
        String uscc = Fixtures.registerInstitution("110105", null);
        String id = post(uscc, "/api/v1/incidents", Fixtures.ransomware(0.5, "GENERAL", 1000, null))
                .then().statusCode(201).body("routes.authorityId", equalTo(List.of("HC-110105", "PSB-110105")))
                .body("findings.code", hasItem("INCIDENT_BELOW_CAC_THRESHOLD")).extract().path("id");
        Response update = post(uscc, "/api/v1/incidents/" + id + "/updates",
                "{\"summary\": \"泄露范围扩大\", \"impact\": {\"personalInformationSubjectsLeaked\": 2000000}}");
        update.then().statusCode(201).body("routes.authorityId", equalTo(List.of("HC-110105", "PSB-110105", "CAC-110000")));
        assertEquals("MET", route(update, "CAC-110000").get("clockState"), "the CAC gets the incident within 4 hours of discovery");
        assertEquals(null, route(update, "HC-110105").get("dueAt"), "the supervisor's clock ran with the initial report");
        given().auth().oauth2(Tokens.institution(uscc)).get("/api/v1/incidents/" + id).then().statusCode(200)
                .body("effectiveGrade", equalTo("LARGE")).body("status", equalTo("OPEN"))
                .body("finalReport.dueOn", nullValue());
        // The CAC joined with the update; it may read the initial report too, and list it.
        given().auth().oauth2(Tokens.authority("CAC-110000")).get("/api/v1/submissions/" + id).then().statusCode(200)
                .body("content.category", equalTo("RANSOMWARE"));
        given().auth().oauth2(Tokens.authority("CAC-110000")).get("/api/v1/submissions?type=INCIDENT_REPORT").then().statusCode(200)
                .body("entries.id", hasItem(id));
        given().auth().oauth2(Tokens.authority("CAC-120000")).get("/api/v1/submissions/" + id).then().statusCode(404);
    }

    @Test
    void shouldSendACiiHospitalsLargeIncidentToTheNhcAndProvincialPoliceWithinAnHour() {
        String uscc = Fixtures.uscc("110105");
        given().auth().oauth2(Tokens.admin()).contentType("application/json")
                .body(Fixtures.institutionJson("CII医院", "110105", null).replace("\"criticalInformationInfrastructure\": false",
                        "\"criticalInformationInfrastructure\": true"))
                .put("/api/v1/institutions/" + uscc).then().statusCode(201);
        Response r = post(uscc, "/api/v1/incidents", Fixtures.ransomware(1.5, "LARGE", 1_000_000, null));
        r.then().statusCode(201).body("routes.authorityId", equalTo(List.of("HC-110105", "PSB-110105", "NHC", "PSB-110000")));
        assertEquals("LATE", route(r, "NHC").get("clockState"), "90 minutes after discovery: the 1-hour CII clock has run out");
    }

    @Test
    void shouldKeepIncidentsToThoseWhoMaySeeThem() {
        String uscc = Fixtures.registerInstitution("110105", null);
        String other = Fixtures.registerInstitution("110105", null);
        String id = post(uscc, "/api/v1/incidents", Fixtures.ransomware(0.5, "GENERAL", 10, null)).then().statusCode(201).extract().path("id");
        given().auth().oauth2(Tokens.institution(other)).get("/api/v1/incidents/" + id).then().statusCode(404);
        post(other, "/api/v1/incidents/" + id + "/updates", "{\"summary\": \"冒名补充\"}").then().statusCode(404);
        given().auth().oauth2(Tokens.authority("CAC-110000")).get("/api/v1/incidents/" + id).then().statusCode(404);
        given().auth().oauth2(Tokens.authority("PSB-110105")).get("/api/v1/incidents/" + id).then().statusCode(200);
        given().auth().oauth2(Tokens.authority("HC-110000")).get("/api/v1/incidents?open=true").then().statusCode(200)
                .body("entries.id", hasItem(id));
        given().auth().oauth2(Tokens.admin()).get("/api/v1/incidents").then().statusCode(403);
    }

    @Test
    void shouldRefuseMalformedReportsAllAtOnce() {
        String uscc = Fixtures.registerInstitution("110105", null);
        String future = java.time.Instant.now().plusSeconds(3600).toString();
        post(uscc, "/api/v1/incidents", "{\"discoveredAt\": \"" + future + "\", \"category\": \"FIRE\", \"impact\": {}}")
                .then().statusCode(400)
                .body("errors.field", hasItems("/discoveredAt", "/category", "/declaredGrade", "/systemOverview", "/description",
                        "/suspectedCrime", "/measuresTaken"));
    }
}
