package cn.healthsec.reporting.rectification;

import cn.healthsec.reporting.rules.LegalTime;
import cn.healthsec.reporting.support.Fixtures;
import cn.healthsec.reporting.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 10 §3: a rectification notice (2022 Measures art. 24; 2026 Data Measures art. 30) and its
 * answer close an obligation in the ledger; an important-data determination by a provincial
 * commission (2026 Data Measures art. 6 ¶1) makes the institution owe the annual risk assessment
 * (art. 10) whatever its own catalogue says. Institutions in Wuhu: Jiujiang (340207) for notices,
 * Yijiang (340209) for determinations; no other test registers there.
 */
@QuarkusTest
class AuthorityNoticesTest {

    static final LocalDate TODAY = LegalTime.dateOf(LegalTime.now());
    static final String NOTICE_COUNTY = "340207";
    static final String DETERMINATION_COUNTY = "340209";

    static String notice(LocalDate dueOn) {
        return """
                { "summary": "网络安全检查发现的问题，请限期整改并报送整改报告", "documentNumber": "鸠卫函〔2026〕12号",
                  "dueOn": "%s",
                  "problems": [ { "id": "P1", "description": "HIS 数据库使用默认口令", "severity": "HIGH" },
                                { "id": "P2", "description": "未开展年度等级测评", "severity": "MEDIUM" } ] }
                """.formatted(dueOn);
    }

    static String answer(String noticeId) {
        return """
                { "notice": "%s", "summary": "已完成口令整改，等级测评已签约",
                  "problems": [ { "problemId": "P1", "state": "DONE", "measures": "全部口令已重置并启用双因素认证", "completedOn": "%s" },
                                { "problemId": "P2", "state": "IN_PROGRESS", "measures": "已与测评机构签约，预计下月完成" } ] }
                """.formatted(noticeId, TODAY);
    }

    static Response issue(String authority, String uscc, String body) {
        return given().auth().oauth2(Tokens.authority(authority)).contentType("application/json").body(body)
                .post("/api/v1/institutions/" + uscc + "/rectification-notices");
    }

    static List<Map<String, Object>> obligations(String uscc, String kind) {
        return given().auth().oauth2(Tokens.institution(uscc)).get("/api/v1/institutions/" + uscc + "/obligations?kind=" + kind)
                .then().statusCode(200).extract().path("entries");
    }

    /** Issue 10's "done when": a rectification notice and its answer close an obligation. */
    @Test
    void shouldCloseTheObligationOfANoticeWithItsAnswer() {
        String uscc = Fixtures.registerInstitution(NOTICE_COUNTY, null);
        String supervisor = "HC-" + NOTICE_COUNTY;
        Response issued = issue(supervisor, uscc, notice(TODAY.plusDays(20)));
        issued.then().statusCode(201).body("reference", startsWith("RN-")).body("authorityId", equalTo(supervisor))
                .body("answeredBy", equalTo(null));
        String noticeId = issued.path("id");
        String reference = issued.path("reference");

        given().auth().oauth2(Tokens.institution(uscc)).get("/api/v1/institutions/" + uscc + "/rectification-notices").then()
                .statusCode(200).body("notices.id", equalTo(List.of(noticeId))).body("notices[0].problems.id", equalTo(List.of("P1", "P2")));
        Map<String, Object> owed = obligations(uscc, "RECTIFICATION_NOTICE").get(0);
        assertEquals(reference, owed.get("subject"));
        assertEquals(TODAY.plusDays(20).toString(), owed.get("dueOn"));
        assertEquals("PENDING", owed.get("state"));
        assertEquals("STATUTORY", owed.get("origin"), "the duty is art. 24's; the date is the notice's");

        Response report = given().auth().oauth2(Tokens.institution(uscc)).contentType("application/json").body(answer(noticeId))
                .post("/api/v1/rectification-reports");
        report.then().statusCode(201).body("routes.authorityId", equalTo(List.of(supervisor)))
                .body("routes[0].reason", equalTo("RECTIFICATION_NOTICE_ISSUER"))
                .body("deadlines.find { it.obligation == 'RECTIFICATION_REPORT' }.state", equalTo("MET"))
                .body("findings.code", equalTo(List.of("RECTIFICATION_PROBLEM_OPEN")));
        String reportId = report.path("id");

        Map<String, Object> met = obligations(uscc, "RECTIFICATION_NOTICE").get(0);
        assertEquals("MET", met.get("state"));
        assertEquals(reportId, ((Map<?, ?>) met.get("metBy")).get("submissionId"));
        given().auth().oauth2(Tokens.authority(supervisor)).get("/api/v1/institutions/" + uscc + "/rectification-notices").then()
                .statusCode(200).body("notices[0].answeredBy.submissionId", equalTo(reportId));
        // The issuer decides on the answer like any primary recipient.
        String etag = given().auth().oauth2(Tokens.institution(uscc)).get("/api/v1/submissions/" + reportId).then().extract().header("ETag");
        given().auth().oauth2(Tokens.authority(supervisor)).contentType("application/json").header("If-Match", etag)
                .body("{\"outcome\": \"ACCEPTED\"}").post("/api/v1/submissions/" + reportId + "/decisions").then().statusCode(201);
    }

    @Test
    void shouldRouteTheAnswerToAProvincialIssuerWithACopyToTheSupervisor() {
        String uscc = Fixtures.registerInstitution(NOTICE_COUNTY, null);
        String noticeId = issue("HC-340000", uscc, notice(TODAY.plusDays(30))).then().statusCode(201).extract().path("id");
        Response report = given().auth().oauth2(Tokens.institution(uscc)).contentType("application/json").body(answer(noticeId))
                .post("/api/v1/rectification-reports");
        report.then().statusCode(201).body("routes.authorityId", equalTo(List.of("HC-340000", "HC-" + NOTICE_COUNTY)))
                .body("routes.reason", equalTo(List.of("RECTIFICATION_NOTICE_ISSUER", "SUPERVISOR_COPY")));
        String id = report.path("id");
        String etag = report.header("ETag");
        given().auth().oauth2(Tokens.authority("HC-" + NOTICE_COUNTY)).contentType("application/json").header("If-Match", etag)
                .body("{\"outcome\": \"ACCEPTED\"}").post("/api/v1/submissions/" + id + "/decisions").then().statusCode(403);
        given().auth().oauth2(Tokens.authority("HC-340000")).contentType("application/json").header("If-Match", etag)
                .body("{\"outcome\": \"ACCEPTED\"}").post("/api/v1/submissions/" + id + "/decisions").then().statusCode(201);
    }

    @Test
    void shouldRefuseNoticesFromAnyoneButTheInstitutionsCommissionsAndAnswersToOthersNotices() {
        String uscc = Fixtures.registerInstitution(NOTICE_COUNTY, null);
        String other = Fixtures.registerInstitution(NOTICE_COUNTY, null);
        String body = notice(TODAY.plusDays(10));
        issue("CAC-340000", uscc, body).then().statusCode(403);
        issue("PSB-" + NOTICE_COUNTY, uscc, body).then().statusCode(403);
        issue("HC-340209", uscc, body).then().statusCode(404);
        issue("HC-110000", uscc, body).then().statusCode(404);
        String path = "/api/v1/institutions/" + uscc + "/rectification-notices";
        for (String token : List.of(Tokens.institution(uscc), Tokens.admin())) {
            given().auth().oauth2(token).contentType("application/json").body(body).post(path).then().statusCode(403);
        }
        given().contentType("application/json").body(body).post(path).then().statusCode(401);
        given().auth().oauth2(Tokens.institution(other)).get(path).then().statusCode(404);
        given().auth().oauth2(Tokens.authority("CAC-340000")).get(path).then().statusCode(404);
        given().get(path).then().statusCode(401);

        // Every error at once; a person's number in a problem is refused without echoing it.
        issue("HC-" + NOTICE_COUNTY, uscc, """
                {"dueOn": "2020-01-01", "problems": [{"id": "P1", "description": "a", "severity": "LOW"},
                                                     {"id": "P1", "description": "b", "severity": "SEVERE"}]}""")
                .then().statusCode(400).body("errors.field", hasItems("/summary", "/dueOn", "/problems/1/severity"));
        issue("HC-" + NOTICE_COUNTY, uscc, notice(TODAY.plusDays(10)).replace("未开展年度等级测评", "联系人手机 13912345678"))
                .then().statusCode(422);
        given().auth().oauth2(Tokens.institution(uscc)).get(path).then().body("notices", equalTo(List.of()));

        // The answer must answer a notice to this institution, and only its problems.
        String othersNotice = issue("HC-" + NOTICE_COUNTY, other, body).then().statusCode(201).extract().path("id");
        given().auth().oauth2(Tokens.institution(uscc)).contentType("application/json").body(answer(othersNotice))
                .post("/api/v1/rectification-reports").then().statusCode(400).body("errors.field", equalTo(List.of("/notice")));
        String mine = issue("HC-" + NOTICE_COUNTY, uscc, body).then().statusCode(201).extract().path("id");
        given().auth().oauth2(Tokens.institution(uscc)).contentType("application/json").body(answer(mine).replace("\"P2\"", "\"P9\""))
                .post("/api/v1/rectification-reports").then().statusCode(400).body("errors.field", equalTo(List.of("/problems/1/problemId")));
        given().auth().oauth2(Tokens.institution(uscc)).contentType("application/json")
                .body(answer(mine).replace(", \"completedOn\": \"" + TODAY + "\"", "")).post("/api/v1/rectification-reports").then()
                .statusCode(400).body("errors.field", equalTo(List.of("/problems/0/completedOn")));
        assertEquals("PENDING", obligations(uscc, "RECTIFICATION_NOTICE").get(0).get("state"), "nothing refused counts as an answer");
    }

    /** Issue 10's "done when": a determination makes an institution owe the annual risk assessment. */
    @Test
    void shouldMakeADeterminedInstitutionOweTheAnnualRiskAssessment() {
        String uscc = Fixtures.registerInstitution(DETERMINATION_COUNTY, null);
        String token = Tokens.institution(uscc);
        given().auth().oauth2(token).contentType("application/json")
                .body(Fixtures.catalogueReport("PERIODIC_REVIEW", null, Fixtures.catalogueItem("emr", "GENERAL", "", null)))
                .post("/api/v1/data-catalogue-reports").then().statusCode(201);
        assertEquals(List.of(), obligations(uscc, "ANNUAL_RISK_ASSESSMENT_REPORT"));

        String determination = """
                {"items": [{"itemId": "emr", "grade": "IMPORTANT"}], "determinedOn": "%s", "documentNumber": "皖卫数〔2026〕3号"}
                """.formatted(TODAY);
        String path = "/api/v1/institutions/" + uscc + "/important-data-determinations";
        // 2026 art. 6 ¶1: important data is confirmed "at each level"; core data by the provincial or national commission (policy).
        String core = determination.replace("IMPORTANT", "CORE");
        given().auth().oauth2(Tokens.authority("HC-" + DETERMINATION_COUNTY)).contentType("application/json").body(core)
                .post(path).then().statusCode(403).body("detail", org.hamcrest.Matchers.containsString("第六条第一款"));
        given().auth().oauth2(Tokens.authority("HC-340200")).contentType("application/json").body(core).post(path).then()
                .statusCode(403);
        given().auth().oauth2(Tokens.authority("CAC-340000")).contentType("application/json").body(determination).post(path).then()
                .statusCode(403);
        given().auth().oauth2(Tokens.authority("HC-110000")).contentType("application/json").body(determination).post(path).then()
                .statusCode(404);
        given().auth().oauth2(token).contentType("application/json").body(determination).post(path).then().statusCode(403);
        given().contentType("application/json").body(determination).post(path).then().statusCode(401);

        given().auth().oauth2(Tokens.authority("HC-340000")).contentType("application/json").body(determination).post(path).then()
                .statusCode(201).body("authorityId", equalTo("HC-340000")).body("items[0].grade", equalTo("IMPORTANT"));
        given().auth().oauth2(token).get("/api/v1/institutions/" + uscc).then().statusCode(200)
                .body("processesImportantData", equalTo(true)).body("processesCoreData", equalTo(false));
        List<Map<String, Object>> owed = obligations(uscc, "ANNUAL_RISK_ASSESSMENT_REPORT");
        assertTrue(!owed.isEmpty(), "the determined institution owes the annual risk assessment (2026 art. 10)");

        // Its own next catalogue, still without important items, does not undo the determination.
        given().auth().oauth2(token).contentType("application/json")
                .body(Fixtures.catalogueReport("PERIODIC_REVIEW", null, Fixtures.catalogueItem("emr", "GENERAL", "", null)))
                .post("/api/v1/data-catalogue-reports").then().statusCode(201);
        given().auth().oauth2(token).get("/api/v1/institutions/" + uscc).then().body("processesImportantData", equalTo(true));
        assertTrue(!obligations(uscc, "ANNUAL_RISK_ASSESSMENT_REPORT").isEmpty());

        given().auth().oauth2(Tokens.authority("NHC")).contentType("application/json")
                .body(determination.replace("IMPORTANT", "CORE")).post(path).then().statusCode(201);
        given().auth().oauth2(token).get(path).then().statusCode(200)
                .body("determinations.authorityId", equalTo(List.of("HC-340000", "NHC")));
        given().auth().oauth2(token).get("/api/v1/institutions/" + uscc).then().body("processesCoreData", equalTo(true));
        given().auth().oauth2(Tokens.institution(Fixtures.registerInstitution(DETERMINATION_COUNTY, null))).get(path).then().statusCode(404);
        given().auth().oauth2(Tokens.authority("HC-" + DETERMINATION_COUNTY)).get(path).then().statusCode(200)
                .body("determinations.size()", equalTo(2));
        given().auth().oauth2(Tokens.authority("HC-" + DETERMINATION_COUNTY)).contentType("application/json").body(determination)
                .post(path).then().statusCode(201).body("authorityId", equalTo("HC-" + DETERMINATION_COUNTY));
        given().auth().oauth2(Tokens.authority("HC-340200")).contentType("application/json").body(determination).post(path).then()
                .statusCode(201).body("authorityId", equalTo("HC-340200"));
        given().auth().oauth2(token).get(path).then().statusCode(200)
                .body("determinations.authorityId", equalTo(List.of("HC-340000", "NHC", "HC-" + DETERMINATION_COUNTY, "HC-340200")));
        given().auth().oauth2(Tokens.authority("HC-340000")).contentType("application/json")
                .body("{\"items\": [], \"determinedOn\": \"2099-01-01\"}").post(path).then().statusCode(400)
                .body("errors.field", hasItems("/items", "/determinedOn"));
        given().auth().oauth2(token).get("/api/v1/rules").then().body("id", hasItems("IMPORTANT-DATA-DETERMINATION", "OBL-RECTIFICATION-NOTICE", "RECTIFICATION-REPORT-DUE"));
    }

    /**
     * Issue 26: the contract's notice example and its report example replay in order — the report
     * answers the notice the example issues, under the id the commission's system chose — and the
     * notice replays without being issued twice. The example's due date is a day of the calendar that
     * cannot stay within a year of every day the suite runs: it is replayed with one that does.
     */
    @Test
    void shouldReplayTheContractsNoticeAndAnswerExamplesInOrder() throws Exception {
        com.fasterxml.jackson.databind.JsonNode contract = new com.fasterxml.jackson.dataformat.yaml.YAMLMapper().readTree(new java.io.File("openapi/openapi.yaml"));
        com.fasterxml.jackson.databind.node.ObjectNode notice = (com.fasterxml.jackson.databind.node.ObjectNode) contract.at(
                "/paths/~1api~1v1~1institutions~1{uscc}~1rectification-notices/post/requestBody/content/application~1json/examples/inspection/value").deepCopy();
        com.fasterxml.jackson.databind.node.ObjectNode report = (com.fasterxml.jackson.databind.node.ObjectNode) contract.at(
                "/paths/~1api~1v1~1rectification-reports/post/requestBody/content/application~1json/examples/answer/value");
        assertEquals(notice.path("id").asText(), report.path("notice").asText(), "the report example answers the notice example");
        // Replayed under an id of this test's own: other tests replay the examples in the same schema (the matrix sends
        // the notice example by every authorized caller), and an id names one notice for good.
        String id = java.util.UUID.randomUUID().toString();
        notice.put("id", id);
        com.fasterxml.jackson.databind.node.ObjectNode answer = report.deepCopy();
        answer.put("notice", id);
        notice.put("dueOn", TODAY.plusDays(30).toString());
        String uscc = Fixtures.registerInstitution(NOTICE_COUNTY, null);
        String authority = "HC-" + NOTICE_COUNTY;
        String reference = issue(authority, uscc, notice.toString()).then().statusCode(201).body("id", equalTo(id)).extract().path("reference");
        issue(authority, uscc, notice.toString()).then().statusCode(200).body("id", equalTo(id)).body("reference", equalTo(reference));
        assertEquals(1, given().auth().oauth2(Tokens.admin()).queryParam("action", "RECTIFICATION_NOTICE_REPLAYED").queryParam("targetId", id)
                .get("/api/v1/audit/records").then().statusCode(200).extract().<List<?>>path("entries").size(), "the replay is audited");
        issue(authority, uscc, notice.deepCopy().put("summary", "另一份通知").toString()).then().statusCode(409)
                .body("errors[0].field", equalTo("/id")).body("errors[0].code", equalTo("id_in_use"));
        String other = Fixtures.registerInstitution(NOTICE_COUNTY, null);
        issue(authority, other, notice.toString()).then().statusCode(409).body("errors[0].code", equalTo("id_in_use"));
        assertEquals(1, given().auth().oauth2(Tokens.institution(uscc)).get("/api/v1/institutions/" + uscc + "/rectification-notices")
                .then().statusCode(200).extract().<List<?>>path("notices").size(), "issued once");
        given().auth().oauth2(Tokens.institution(uscc)).contentType("application/json").body(answer.toString())
                .post("/api/v1/rectification-reports").then().statusCode(201);
    }
}
