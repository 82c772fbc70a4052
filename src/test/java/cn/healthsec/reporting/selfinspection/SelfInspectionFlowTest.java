package cn.healthsec.reporting.selfinspection;

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
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Issue 9 §4: the annual security self-inspection and rectification report (2022 Measures art. 9)
 * on the same intake as every report: checked, routed to the superior commission, and counted by
 * the obligation ledger — the yearly report and each rectification item to its target date.
 */
@QuarkusTest
class SelfInspectionFlowTest {

    static final LocalDate TODAY = LegalTime.dateOf(LegalTime.now());
    static final int LAST_YEAR = TODAY.getYear() - 1;

    static String report(int year, String item) {
        return """
                {"year": %d, "completedOn": "%s", "methods": ["DOCUMENT_REVIEW", "VULNERABILITY_SCAN"],
                 "networks": [
                   {"id": "his-core", "name": "医院信息系统", "protectionLevel": 3, "filingStatus": "FILED", "lastAssessmentOn": "%s"},
                   {"id": "lis", "name": "检验信息系统", "protectionLevel": 2, "filingStatus": "NOT_FILED"}],
                 "findings": [
                   {"id": "F-1", "summary": "远程桌面端口暴露", "severity": "HIGH", "networkId": "his-core"},
                   {"id": "F-2", "summary": "弱口令", "severity": "CRITICAL"}],
                 "rectification": [%s],
                 "summary": "年度自查完成"}
                """.formatted(year, TODAY.minusDays(30), TODAY.minusMonths(5), item);
    }

    static Response obligations(String uscc, String kind) {
        return given().auth().oauth2(Tokens.institution(uscc)).get("/api/v1/institutions/" + uscc + "/obligations?kind=" + kind)
                .then().statusCode(200).extract().response();
    }

    @Test
    void shouldFileRouteAndHoldTheInstitutionToItsRectificationItems() {
        String uscc = Fixtures.registerInstitution("340121", null, false, false);
        String token = Tokens.institution(uscc);
        LocalDate target = TODAY.minusDays(10);
        String open = "{\"id\": \"R-1\", \"findingId\": \"F-1\", \"summary\": \"关闭端口\", \"targetDate\": \"" + target
                + "\", \"state\": \"IN_PROGRESS\"}";
        Response receipt = given().auth().oauth2(token).contentType("application/json").header("Accept-Language", "en")
                .body(report(LAST_YEAR, open)).post("/api/v1/self-inspection-reports")
                .then().statusCode(201)
                .body("type", equalTo("SELF_INSPECTION_REPORT"))
                .body("reference", org.hamcrest.Matchers.matchesPattern("SIR-\\d{4}-\\d{8}"))
                .body("routes.authorityId", equalTo(List.of("HC-340121")))
                .body("routes[0].basis", containsString("2022 Measures art. 9"))
                .body("findings.code", containsInAnyOrder("SELF_INSPECTION_NETWORK_NOT_FILED",
                        "SELF_INSPECTION_RECTIFICATION_PAST_TARGET", "SELF_INSPECTION_SERIOUS_FINDING_WITHOUT_RECTIFICATION"))
                .body("findings.find { it.code == 'SELF_INSPECTION_NETWORK_NOT_FILED' }.severity", equalTo("VIOLATION"))
                .extract().response();
        Map<String, Object> due = receipt.path("deadlines.find { it.obligation == 'SELF_INSPECTION_REPORT' }");
        assertEquals(LocalDate.of(LAST_YEAR + 1, 3, 31).toString(), due.get("dueOn"));
        assertEquals(TODAY.isAfter(LocalDate.of(LAST_YEAR + 1, 3, 31)) ? "LATE" : "MET", due.get("state"));

        given().auth().oauth2(Tokens.authority("HC-340121")).get("/api/v1/authorities/HC-340121/inbox?limit=500")
                .then().statusCode(200).body("entries.submissionType", hasItem("SELF_INSPECTION_REPORT"))
                // The regulator's inbox cites the route's basis in full, with the rule that routed it.
                // 2022 Measures 第九条第一款: "并按要求将安全自查整改情况报上级卫生健康行政部门".
                .body("entries.find { it.submissionId == '" + receipt.path("id") + "' }.citation.textZh",
                        equalTo("《医疗卫生机构网络安全管理办法》（国卫规划发〔2022〕29号）第九条第一款"))
                .body("entries.find { it.submissionId == '" + receipt.path("id") + "' }.citation.ruleId",
                        equalTo("ROUTE-SELF-INSPECTION-SUPERVISOR"));

        Response reports = obligations(uscc, "SELF_INSPECTION_REPORT");
        assertEquals(List.of(Integer.toString(LAST_YEAR), Integer.toString(TODAY.getYear())), reports.path("entries.subject"));
        assertEquals((String) receipt.path("reference"), (String) reports.path("entries[0].metBy.reference"));
        assertEquals("PENDING", reports.path("entries[1].state"));
        assertEquals("POLICY", reports.path("entries[0].origin"));

        Response items = obligations(uscc, "RECTIFICATION_ITEM");
        assertEquals(List.of("R-1"), (List<?>) items.path("entries.subject"));
        assertEquals(target.toString(), items.path("entries[0].dueOn"));
        assertEquals("OVERDUE", items.path("entries[0].state"));

        // This year's report states the item done, five days after its target: LATE, met by that report.
        String done = "{\"id\": \"R-1\", \"findingId\": \"F-1\", \"summary\": \"关闭端口\", \"targetDate\": \"" + target
                + "\", \"state\": \"DONE\", \"completedOn\": \"" + target.plusDays(5) + "\"}";
        given().auth().oauth2(token).contentType("application/json").body(report(TODAY.getYear(), done))
                .post("/api/v1/self-inspection-reports").then().statusCode(201)
                .body("findings.code", not(hasItem("SELF_INSPECTION_RECTIFICATION_PAST_TARGET")));
        items = obligations(uscc, "RECTIFICATION_ITEM");
        assertEquals("LATE", items.path("entries[0].state"));
        assertEquals(target.plusDays(5).toString(), items.path("entries[0].metBy.metOn"));
        assertEquals("MET", obligations(uscc, "SELF_INSPECTION_REPORT").path("entries[1].state"));
    }

    @Test
    void shouldRefuseAMalformedReportWithEveryErrorAtOnce() {
        String uscc = Fixtures.registerInstitution("340121", null, false, false);
        String body = """
                {"year": %d, "completedOn": "%s", "methods": [],
                 "networks": [
                   {"id": "his-core", "name": "医院信息系统", "protectionLevel": "3", "filingStatus": "FILED"},
                   {"id": "his-core", "name": "重复", "protectionLevel": 2, "filingStatus": "FILED"}],
                 "findings": [{"id": "F-1", "summary": "问题", "severity": "HIGH", "networkId": "nowhere"}],
                 "rectification": [
                   {"id": "R-1", "findingId": "F-9", "summary": "整改", "targetDate": "2026-01-01", "state": "DONE"},
                   {"id": "R-2", "summary": "整改", "targetDate": "2026-01-01", "state": "OPEN", "completedOn": "2026-01-01"}]}
                """.formatted(LAST_YEAR, TODAY);
        given().auth().oauth2(Tokens.institution(uscc)).contentType("application/json").body(body)
                .post("/api/v1/self-inspection-reports").then().statusCode(400)
                .body("errors.field", hasItem("/networks/0/protectionLevel"))
                .body("errors.field", hasItem("/methods"));
        String typed = body.replace("\"protectionLevel\": \"3\"", "\"protectionLevel\": 3").replace("\"methods\": []", "\"methods\": [\"OTHER\"]");
        given().auth().oauth2(Tokens.institution(uscc)).contentType("application/json").body(typed)
                .post("/api/v1/self-inspection-reports").then().statusCode(400)
                .body("errors.collect { it.field + ' ' + it.code }", containsInAnyOrder("/networks/1/id duplicate_item",
                        "/findings/0/networkId unknown_network", "/rectification/0/findingId unknown_finding",
                        "/rectification/0/completedOn required", "/rectification/1/completedOn only_when_done"));
        given().auth().oauth2(Tokens.institution(uscc)).contentType("application/json")
                .body(report(TODAY.getYear() + 1, "")).post("/api/v1/self-inspection-reports").then().statusCode(400)
                .body("errors.field", equalTo(List.of("/year")));
    }

    @Test
    void shouldRefusePersonalDataAndOtherCallers() {
        String uscc = Fixtures.registerInstitution("340121", null, false, false);
        given().auth().oauth2(Tokens.institution(uscc)).contentType("application/json")
                .body(report(LAST_YEAR, "").replace("年度自查完成", "联系人手机13912345678"))
                .post("/api/v1/self-inspection-reports").then().statusCode(422)
                .body("errors.field", equalTo(List.of("/summary")))
                .body(not(containsString("13912345678")));
        given().auth().oauth2(Tokens.authority("HC-340121")).contentType("application/json").body(report(LAST_YEAR, ""))
                .post("/api/v1/self-inspection-reports").then().statusCode(403);
        given().contentType("application/json").body(report(LAST_YEAR, "")).post("/api/v1/self-inspection-reports").then().statusCode(401);
        given().auth().oauth2(Tokens.institution(uscc)).contentType("application/json")
                .body(report(LAST_YEAR, "").replace("{\"year\"", "{\"institution\": \"" + Fixtures.uscc("340121") + "\", \"year\""))
                .post("/api/v1/self-inspection-reports").then().statusCode(403);
    }

    /**
     * 2026 Data Measures art. 26: "Healthcare institutions shall … conduct personal information
     * protection compliance audits regularly, either by themselves or by engaging a specialized
     * agency" — no report duty, no interval: the ledger owes one every 24 months (policy), counted
     * from the audit a self-inspection report records.
     */
    @Test
    void shouldCountThePersonalInformationAuditFromTheOneAReportRecords() {
        String uscc = Fixtures.registerInstitution("340121", null, false, false);
        Response before = obligations(uscc, "PERSONAL_INFORMATION_AUDIT");
        assertEquals(TODAY.plusMonths(24).toString(), before.path("entries[0].dueOn"), "24 months from registration");
        assertEquals("POLICY", before.path("entries[0].origin"), "the interval is the service's policy");
        LocalDate audited = TODAY.minusDays(40);
        String withAudit = report(LAST_YEAR, "").replace("\"summary\": \"年度自查完成\"",
                "\"summary\": \"年度自查完成\", \"personalInformationAudit\": {\"auditedOn\": \"" + audited
                        + "\", \"auditor\": \"SPECIALIZED_AGENCY\", \"agencyName\": \"某合规审计机构\", \"conclusion\": \"COMPLIANT_WITH_RECTIFICATION\"}");
        given().auth().oauth2(Tokens.institution(uscc)).contentType("application/json").body(withAudit).post("/api/v1/self-inspection-reports")
                .then().statusCode(201);
        Response after = obligations(uscc, "PERSONAL_INFORMATION_AUDIT");
        assertEquals(1, (Integer) after.path("entries.size()"), after.asString());
        assertEquals(audited.plusMonths(24).toString(), after.path("entries[0].dueOn"));
        assertEquals("PENDING", after.path("entries[0].state"));
    }
}
