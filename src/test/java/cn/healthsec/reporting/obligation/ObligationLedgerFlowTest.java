package cn.healthsec.reporting.obligation;

import cn.healthsec.reporting.rules.LegalTime;
import cn.healthsec.reporting.support.Fixtures;
import cn.healthsec.reporting.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * The ledger end to end: what an institution owes follows from its record without anything new
 * being filed; a later filing meets what an earlier one left open; the supervising commission gets
 * one notice of what is overdue. Each test works in a county of its own (Anhui), so the job it runs
 * touches only its own institutions.
 */
@QuarkusTest
class ObligationLedgerFlowTest {

    static final LocalDate TODAY = LegalTime.dateOf(LegalTime.now());

    @Inject
    LedgerJob job;

    /** A level 3 network decided five days ago and filed with public security in time, whose last assessment was on {@code assessedOn}. */
    static String levelThreeFiling(String filingType, LocalDate assessedOn) {
        return Fixtures.levelThreeFiling(filingType, assessedOn);
    }

    static Response obligations(String token, String uscc) {
        return given().auth().oauth2(token).get("/api/v1/institutions/" + uscc + "/obligations?limit=500")
                .then().statusCode(200).extract().response();
    }

    static Map<String, Object> one(Response page, String kind) {
        List<Map<String, Object>> found = page.path("entries.findAll { it.kind == '" + kind + "' }");
        assertEquals(1, found.size(), kind + ": " + found);
        return found.get(0);
    }

    static List<Map<String, Object>> notices(String authority, String uscc) {
        return given().auth().oauth2(Tokens.authority(authority)).get("/api/v1/authorities/" + authority + "/inbox?limit=500")
                .then().statusCode(200).extract()
                .path("entries.findAll { it.kind == 'OVERDUE_NOTICE' && it.institution.uscc == '" + uscc + "' }");
    }

    /** Issue 9 §1: registered today, one L3 network last assessed 14 months ago: OVERDUE without filing anything new; one notice. */
    @Test
    void shouldShowTheAssessmentOfALevelThreeNetworkOverdueAndNoticeItOnce() {
        String uscc = Fixtures.registerInstitution("340102", null, false, false);
        String token = Tokens.institution(uscc);
        LocalDate assessed = TODAY.minusMonths(14);
        given().auth().oauth2(token).contentType("application/json").body(levelThreeFiling("INITIAL", assessed))
                .post("/api/v1/mlps-filings").then().statusCode(201);

        Response page = obligations(token, uscc);
        Map<String, Object> assessment = one(page, "LEVEL_ASSESSMENT");
        assertEquals("OVERDUE", assessment.get("state"));
        assertEquals(assessed.plusYears(1).toString(), assessment.get("dueOn"));
        assertEquals("his-core", assessment.get("subject"));
        assertEquals("STATUTORY", assessment.get("origin"));
        assertEquals("2022 Measures art. 6(4)", assessment.get("basis"));
        Map<?, ?> citation = (Map<?, ?>) assessment.get("citation");
        assertEquals("《医疗卫生机构网络安全管理办法》（国卫规划发〔2022〕29号）第六条第（四）项", citation.get("textZh"));
        assertEquals("OBL-MLPS-LEVEL-ASSESSMENT", citation.get("ruleId"));
        assertNull(assessment.get("metBy"));
        assertEquals("MET", one(page, "PUBLIC_SECURITY_FILING").get("state"));
        assertEquals(TODAY.minusDays(2).toString(), ((Map<?, ?>) one(page, "PUBLIC_SECURITY_FILING").get("metBy")).get("metOn"));
        assertEquals("MET", one(page, "SUPERIOR_REPORT").get("state"));
        Map<String, Object> review = one(page, "CATALOGUE_REVIEW");
        assertEquals("PENDING", review.get("state"));
        assertEquals(TODAY.plusMonths(12).toString(), review.get("dueOn"));
        assertEquals("POLICY", review.get("origin"));
        assertEquals("PENDING", one(page, "RISK_ASSESSMENT_REPORT").get("state"));

        // The county commission above it reads the same; so does the province.
        given().auth().oauth2(Tokens.authority("HC-340102")).get("/api/v1/institutions/" + uscc + "/obligations?state=OVERDUE")
                .then().statusCode(200).body("entries.kind", equalTo(List.of("LEVEL_ASSESSMENT")));
        given().auth().oauth2(Tokens.authority("HC-340000")).get("/api/v1/authorities/HC-340000/obligations?state=OVERDUE&division=340102")
                .then().statusCode(200).body("entries.findAll { it.institutionUscc == '" + uscc + "' }.kind", equalTo(List.of("LEVEL_ASSESSMENT")));

        assertEquals(0, notices("HC-340102", uscc).size());
        job.sweep("HC-340102", LegalTime.now(), 50);
        List<Map<String, Object>> notices = notices("HC-340102", uscc);
        assertEquals(1, notices.size(), "the county commission gets one notice");
        Map<?, ?> obligation = (Map<?, ?>) notices.get(0).get("obligation");
        assertEquals(assessment.get("id"), obligation.get("id"));
        assertEquals("LEVEL_ASSESSMENT", obligation.get("kind"));
        assertEquals(assessed.plusYears(1).toString(), obligation.get("due"));
        assertEquals("OBLIGATION_OVERDUE", notices.get(0).get("reason"));

        // The job runs again, and again: still one.
        assertEquals(0, job.sweep("HC-340102", LegalTime.now(), 50));
        assertEquals(0, job.sweep("HC-340102", LegalTime.now(), 1));
        assertEquals(1, notices("HC-340102", uscc).size());
        // Nobody above the county is told: the notice goes to the supervising commission.
        assertEquals(0, notices("HC-340100", uscc).size());
    }

    /** "met by the assessment that a later filing or report records": the overdue cycle becomes LATE, a new cycle opens. */
    @Test
    void shouldMeetAnOverdueAssessmentByTheOneALaterFilingRecords() {
        String uscc = Fixtures.registerInstitution("340103", null, false, false);
        String token = Tokens.institution(uscc);
        LocalDate old = TODAY.minusMonths(14);
        given().auth().oauth2(token).contentType("application/json").body(levelThreeFiling("INITIAL", old))
                .post("/api/v1/mlps-filings").then().statusCode(201);
        assertEquals("OVERDUE", one(obligations(token, uscc), "LEVEL_ASSESSMENT").get("state"));

        LocalDate recent = TODAY.minusDays(20);
        String later = given().auth().oauth2(token).contentType("application/json").body(levelThreeFiling("INITIAL", recent))
                .post("/api/v1/mlps-filings").then().statusCode(201).extract().path("reference");

        List<Map<String, Object>> cycles = obligations(token, uscc).path("entries.findAll { it.kind == 'LEVEL_ASSESSMENT' }");
        assertEquals(2, cycles.size(), cycles.toString());
        Map<String, Object> closed = cycles.stream().filter(c -> c.get("dueOn").equals(old.plusYears(1).toString())).findFirst().orElseThrow();
        assertEquals("LATE", closed.get("state"));
        assertEquals(recent.toString(), ((Map<?, ?>) closed.get("metBy")).get("metOn"));
        assertEquals(later, ((Map<?, ?>) closed.get("metBy")).get("reference"));
        Map<String, Object> open = cycles.stream().filter(c -> c.get("dueOn").equals(recent.plusYears(1).toString())).findFirst().orElseThrow();
        assertEquals("PENDING", open.get("state"));
        // The same decision filed twice is one decision: one public-security filing, one superior report.
        one(obligations(token, uscc), "PUBLIC_SECURITY_FILING");
        one(obligations(token, uscc), "SUPERIOR_REPORT");

        job.sweep("HC-340103", LegalTime.now(), 50);
        assertEquals(0, notices("HC-340103", uscc).size(), "nothing is overdue any more");
    }

    /**
     * An open incident of 较大 owes its final report without a date; once handling ended, 30 days
     * (CAC Incident Measures art. 8); the final report meets it. A 一般 incident without important or
     * core data owes none (art. 4: "属于较大以上网络安全事件的，按以下程序报告").
     */
    @Test
    void shouldDateTheFinalReportOnceHandlingHasEnded() {
        String uscc = Fixtures.registerInstitution("340104", null, false, false);
        String token = Tokens.institution(uscc);
        String general = given().auth().oauth2(token).contentType("application/json").body(Fixtures.ransomware(3, "GENERAL", 10, null))
                .post("/api/v1/incidents").then().statusCode(201).extract().path("id");
        given().auth().oauth2(token).get("/api/v1/incidents/" + general).then().statusCode(200)
                .body("finalReport.owed", equalTo(false)).body("finalReport.dueOn", equalTo(null));
        assertEquals(List.of(), obligations(token, uscc).path("entries.findAll { it.kind == 'INCIDENT_FINAL_REPORT' }"));
        String id = given().auth().oauth2(token).contentType("application/json").body(Fixtures.ransomware(3, "LARGE", 10, null))
                .post("/api/v1/incidents").then().statusCode(201).extract().path("id");

        Map<String, Object> finalReport = one(obligations(token, uscc), "INCIDENT_FINAL_REPORT");
        assertEquals("PENDING", finalReport.get("state"));
        assertNull(finalReport.get("dueOn"));
        assertEquals(id, finalReport.get("subject"));
        List<Map<String, Object>> clocks = obligations(token, uscc).path("entries.findAll { it.kind == 'INCIDENT_ROUTE_CLOCK' }");
        assertEquals(false, clocks.isEmpty());
        clocks.forEach(c -> {
            assertNotNull(c.get("dueAt"));
            assertEquals("MET", c.get("state"));
        });

        String ended = LegalTime.local(LegalTime.now().minusSeconds(3600)).toString();
        given().auth().oauth2(token).contentType("application/json")
                .body("{\"summary\": \"处置完毕，系统已恢复\", \"handlingEndedAt\": \"" + ended + "\"}")
                .post("/api/v1/incidents/" + id + "/updates").then().statusCode(201);
        finalReport = one(obligations(token, uscc), "INCIDENT_FINAL_REPORT");
        assertEquals("PENDING", finalReport.get("state"));
        assertEquals(LegalTime.dateOf(LegalTime.now().minusSeconds(3600)).plusDays(30).toString(), finalReport.get("dueOn"));
        given().auth().oauth2(token).get("/api/v1/incidents/" + id).then().statusCode(200)
                .body("finalReport.state", equalTo("PENDING"));

        given().auth().oauth2(token).contentType("application/json").body("""
                {"handlingEndedAt": "%s", "cause": "远程桌面弱口令", "responseMeasures": "隔离、恢复备份", "harm": "门诊停摆6小时",
                 "accountability": "信息科负责人诫勉", "rectification": "关闭远程桌面，启用多因素认证", "lessons": "定期检查暴露面"}
                """.formatted(ended)).post("/api/v1/incidents/" + id + "/final-report").then().statusCode(201);
        assertEquals("MET", one(obligations(token, uscc), "INCIDENT_FINAL_REPORT").get("state"));
    }

    /** A handling end before discovery is refused on an update as on the final report. */
    @Test
    void shouldRefuseAHandlingEndBeforeDiscoveryOnAnUpdate() {
        String uscc = Fixtures.registerInstitution("340104", null, false, false);
        String token = Tokens.institution(uscc);
        String id = given().auth().oauth2(token).contentType("application/json").body(Fixtures.ransomware(3, "GENERAL", 10, null))
                .post("/api/v1/incidents").then().statusCode(201).extract().path("id");
        String before = LegalTime.local(LegalTime.now().minusSeconds(5 * 3600)).toString();
        given().auth().oauth2(token).contentType("application/json")
                .body("{\"summary\": \"处置完毕\", \"handlingEndedAt\": \"" + before + "\"}")
                .post("/api/v1/incidents/" + id + "/updates").then().statusCode(400)
                .body("errors.field", equalTo(List.of("/handlingEndedAt")));
    }
}
