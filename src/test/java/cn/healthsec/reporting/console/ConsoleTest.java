package cn.healthsec.reporting.console;

import cn.healthsec.reporting.support.Fixtures;
import cn.healthsec.reporting.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 30, first step: the console's pages over the same service methods and checks as the API. A
 * county officer (HC-510104, Chengdu Jinjiang) sees a filing in the inbox, opens it — the document as
 * a form, the receipt with the citation as a regulator cites it — and returns it with a field picked
 * on the form; the CSRF token and the ETag guard the form; another county sees nothing of it; the
 * pages carry a strict CSP and load nothing from elsewhere.
 */
@QuarkusTest
class ConsoleTest {

    static final String COUNTY = "HC-510104";
    static final Pattern CSRF = Pattern.compile("name=\"csrf-token\" value=\"([^\"]+)\"");
    /** A form as a browser sends it: UTF-8 (REST Assured would otherwise encode it in ISO-8859-1). */
    static final String FORM = "application/x-www-form-urlencoded; charset=UTF-8";
    static final Pattern ETAG = Pattern.compile("name=\"etag\" value=\"([^\"]+)\"");

    static String filing(String uscc) {
        return given().auth().oauth2(Tokens.institution(uscc)).contentType("application/json").body(Fixtures.sampleFiling())
                .post("/api/v1/mlps-filings").then().statusCode(201).extract().path("id");
    }

    static String group(Pattern p, String html) {
        Matcher m = p.matcher(html);
        assertTrue(m.find(), p + " in the page");
        return m.group(1).replace("&quot;", "\"");
    }

    @Test
    void shouldShowAFilingInTheInboxAndOnItsOwnPageWithTheLawBehindIt() {
        String uscc = Fixtures.registerInstitution("510104", null);
        String id = filing(uscc);
        Response inbox = given().auth().oauth2(Tokens.authority(COUNTY)).get("/console/inbox").then().statusCode(200)
                .contentType(containsString("text/html"))
                .header("Content-Security-Policy", containsString("default-src 'none'"))
                .header("Content-Security-Policy", containsString("frame-ancestors 'none'"))
                .header("X-Content-Type-Options", equalTo("nosniff"))
                .body(containsString("收件箱")).body(containsString("/console/submissions/" + id))
                .extract().response();
        String html = inbox.asString();
        assertFalse(html.contains("<script"), "no script at all");
        assertFalse(Pattern.compile("(src|href)=\"(https?:)?//").matcher(html).find(), "nothing loaded from elsewhere");

        given().auth().oauth2(Tokens.authority(COUNTY)).get("/console/submissions/" + id).then().statusCode(200)
                // 2022 Measures 第六条第（二）项: "第二级以上网络…向公安机关备案，并将备案情况报上级卫生健康行政部门".
                .body(containsString("《医疗卫生机构网络安全管理办法》（国卫规划发〔2022〕29号）第六条第（二）项"))
                .body(containsString("value=\"/network/id\""))
                .body(containsString("退回修改"));
        given().auth().oauth2(Tokens.authority(COUNTY)).get("/console/submissions/" + id + "?lang=en").then().statusCode(200)
                .cookie("console-lang", "en")
                .body(containsString("Return for correction")).body(not(containsString("退回修改")));
    }

    @Test
    void shouldReturnAFilingWithAFieldPickedOnTheFormGuardedByCsrfAndTheEtag() {
        String uscc = Fixtures.registerInstitution("510104", null);
        String id = filing(uscc);
        Response page = given().auth().oauth2(Tokens.authority(COUNTY)).get("/console/submissions/" + id).then().statusCode(200)
                .extract().response();
        String csrf = group(CSRF, page.asString());
        String cookie = page.getCookie("console-csrf");
        String etag = group(ETAG, page.asString());

        // A forged token is refused and changes nothing.
        given().auth().oauth2(Tokens.authority(COUNTY)).cookie("console-csrf", cookie).contentType("application/x-www-form-urlencoded")
                .formParam("csrf-token", "forged").formParam("etag", etag).formParam("outcome", "ACCEPTED")
                .post("/console/submissions/" + id + "/decision").then().statusCode(403);
        given().auth().oauth2(Tokens.institution(uscc)).get("/api/v1/submissions/" + id).then().body("decision", equalTo(null));

        // A stale reading: the page says another officer changed it, nothing is changed.
        given().auth().oauth2(Tokens.authority(COUNTY)).cookie("console-csrf", cookie).contentType("application/x-www-form-urlencoded")
                .formParam("csrf-token", csrf).formParam("etag", "\"0-stale\"").formParam("outcome", "ACCEPTED")
                .post("/console/submissions/" + id + "/decision").then().statusCode(412).body(containsString("另一位工作人员"));

        given().auth().oauth2(Tokens.authority(COUNTY)).cookie("console-csrf", cookie).contentType("application/x-www-form-urlencoded")
                .formParam("csrf-token", csrf).formParam("etag", etag).formParam("outcome", "RETURNED_FOR_CORRECTION")
                .formParam("comment", "请补充公安机关备案证明编号").formParam("field", "/publicSecurityFiling")
                .formParam("code", "MISSING_CERTIFICATE").formParam("message", "缺少备案证明编号")
                .redirects().follow(false)
                .post("/console/submissions/" + id + "/decision").then().statusCode(303)
                .header("Location", containsString("/console/submissions/" + id));
        given().auth().oauth2(Tokens.institution(uscc)).get("/api/v1/submissions/" + id).then().statusCode(200)
                .body("decision.outcome", equalTo("RETURNED_FOR_CORRECTION"))
                .body("decision.findings[0].field", equalTo("/publicSecurityFiling"))
                .body("decision.findings[0].code", equalTo("MISSING_CERTIFICATE"));
    }

    @Test
    void shouldShowAnotherCountyNothingAndAnInstitutionNoConsole() {
        String uscc = Fixtures.registerInstitution("510104", null);
        String id = filing(uscc);
        given().auth().oauth2(Tokens.authority("HC-510105")).get("/console/submissions/" + id).then().statusCode(404);
        String other = given().auth().oauth2(Tokens.authority("HC-510105")).get("/console/inbox").then().statusCode(200).extract().asString();
        assertFalse(other.contains(id));
        given().get("/console/inbox").then().statusCode(401);
        given().auth().oauth2(Tokens.institution(uscc)).get("/console/inbox").then().statusCode(403);
        assertEquals(404, given().auth().oauth2(Tokens.authority(COUNTY)).get("/console/submissions/not-an-id").statusCode());
    }

    /**
     * The statistics page shows the API's numbers (the same service method) with charts beside them,
     * and exports them as the API's CSV; the institutions page lists each with what it owes and the
     * article it owes it under.
     */
    @Test
    void shouldShowTheJurisdictionsNumbersAndItsInstitutionsByCompliance() {
        String uscc = Fixtures.registerInstitution("510104", null);
        filing(uscc);
        String api = given().auth().oauth2(Tokens.authority(COUNTY)).get("/api/v1/authorities/" + COUNTY + "/statistics")
                .then().statusCode(200).extract().path("jurisdiction.submissions.MLPS_FILING").toString();
        given().auth().oauth2(Tokens.authority(COUNTY)).get("/console/statistics").then().statusCode(200)
                .header("Content-Security-Policy", containsString("script-src 'self'"))
                .body(containsString("/webjars/echarts/5.3.1/dist/echarts.common.min.js"))
                .body(containsString("data-series=\""))
                .body(containsString("data-type=\"MLPS_FILING\">等级保护备案")).body(containsString("按时率"));
        String csv = given().auth().oauth2(Tokens.authority(COUNTY)).get("/console/statistics.csv").then().statusCode(200)
                .contentType(containsString("text/csv")).extract().asString();
        String apiCsv = given().auth().oauth2(Tokens.authority(COUNTY)).accept("text/csv")
                .get("/api/v1/authorities/" + COUNTY + "/statistics").then().statusCode(200).extract().asString();
        assertEquals(apiCsv.lines().skip(1).findFirst().orElseThrow(), csv.lines().skip(1).findFirst().orElseThrow(),
                "the same numbers as the API's: " + api);
        given().get("/webjars/echarts/5.3.1/dist/echarts.common.min.js").then().statusCode(200);

        // 2022 Measures 第六条第（四）项: the level assessment cadence, owed by the institution just registered.
        given().auth().oauth2(Tokens.authority(COUNTY)).get("/console/institutions").then().statusCode(200)
                .body(containsString(uscc)).body(containsString("国卫规划发〔2022〕29号"));
        given().auth().oauth2(Tokens.authority(COUNTY)).get("/console/institutions?compliance=NOPE").then().statusCode(400);
        String other = given().auth().oauth2(Tokens.authority("HC-510105")).get("/console/institutions").then().statusCode(200).extract().asString();
        assertFalse(other.contains(uscc), "another county's list does not hold it");
    }

    /** The inbox narrowed by kind, type, institution and day; a filter value the inbox does not know is refused. */
    @Test
    void shouldNarrowTheInboxAndShowAnAmendmentsDifferencesSideBySide() {
        String uscc = Fixtures.registerInstitution("510104", null);
        String id = filing(uscc);
        String today = cn.healthsec.reporting.rules.LegalTime.dateOf(cn.healthsec.reporting.rules.LegalTime.now()).toString();
        given().auth().oauth2(Tokens.authority(COUNTY)).get("/console/inbox?kind=SUBMISSION&type=MLPS_FILING&institution=" + uscc
                + "&from=" + today + "&to=" + today).then().statusCode(200).body(containsString("/console/submissions/" + id));
        given().auth().oauth2(Tokens.authority(COUNTY)).get("/console/inbox?kind=OVERDUE_NOTICE&institution=" + uscc).then().statusCode(200)
                .body(not(containsString("/console/submissions/" + id)));
        given().auth().oauth2(Tokens.authority(COUNTY)).get("/console/inbox?type=HAZARD_REPORT&institution=" + uscc).then().statusCode(200)
                .body(not(containsString("/console/submissions/" + id)));
        given().auth().oauth2(Tokens.authority(COUNTY)).get("/console/inbox?kind=EVERYTHING").then().statusCode(400);
        given().auth().oauth2(Tokens.authority(COUNTY)).get("/console/inbox?type=NOPE").then().statusCode(400);

        String etag = given().auth().oauth2(Tokens.institution(uscc)).get("/api/v1/submissions/" + id).then().extract().header("ETag");
        String amended = given().auth().oauth2(Tokens.institution(uscc)).contentType("application/json").header("If-Match", etag)
                .body(Fixtures.sampleFiling().replace("11010599001", "11010599002")).post("/api/v1/submissions/" + id + "/amendments")
                .then().statusCode(201).extract().path("id");
        given().auth().oauth2(Tokens.authority(COUNTY)).get("/console/inbox?kind=AMENDMENT&institution=" + uscc).then().statusCode(200)
                .body(containsString("/console/submissions/" + amended)).body(not(containsString("/console/submissions/" + id + "\"")));
        given().auth().oauth2(Tokens.authority(COUNTY)).get("/console/submissions/" + amended).then().statusCode(200)
                .body(containsString("/publicSecurityFiling/certificateNumber"))
                .body(containsString("11010599001")).body(containsString("11010599002"))
                .body(containsString("/console/submissions/" + id));
    }

    /** 2022 Measures art. 27: an open incident with each route's clock, and another county sees none of it. */
    @Test
    void shouldShowOpenIncidentsWithTheirClocks() {
        String uscc = Fixtures.registerInstitution("510104", null);
        String incident = given().auth().oauth2(Tokens.institution(uscc)).contentType("application/json")
                .body(Fixtures.ransomware(1, "GENERAL", 10, null)).post("/api/v1/incidents").then().statusCode(201).extract().path("id");
        given().auth().oauth2(Tokens.authority(COUNTY)).get("/console/incidents").then().statusCode(200)
                .body(containsString("/console/submissions/" + incident))
                .body(containsString("RANSOMWARE"))
                .body(containsString("《医疗卫生机构网络安全管理办法》（国卫规划发〔2022〕29号）第二十七条"));
        given().auth().oauth2(Tokens.authority("HC-510105")).get("/console/incidents").then().statusCode(200)
                .body(not(containsString(incident)));
        // The inbox shows the route's clock: 2022 Measures art. 27's hours for this incident, met ten
        // hours ahead or so (discovered an hour before it was reported) — the words, not only the state.
        given().auth().oauth2(Tokens.authority(COUNTY)).get("/console/inbox?type=INCIDENT_REPORT&institution=" + uscc).then()
                .statusCode(200).body(containsString("/console/submissions/" + incident))
                .body(containsString("class=\"state-MET\">按时，提前"));
    }

    /**
     * An institution's officer reads its own filings and the decision on them, and answers a return by
     * filing the corrected document — the API's amendment operation, with its checks; another
     * institution sees nothing of it, and an authority has no such view.
     */
    @Test
    void shouldLetTheInstitutionAnswerAReturnWithTheCorrectedDocument() {
        String uscc = Fixtures.registerInstitution("510104", null);
        String id = filing(uscc);
        String etag = given().auth().oauth2(Tokens.institution(uscc)).get("/api/v1/submissions/" + id).then().extract().header("ETag");
        given().auth().oauth2(Tokens.authority(COUNTY)).contentType("application/json").header("If-Match", etag)
                .body("{\"outcome\": \"RETURNED_FOR_CORRECTION\", \"comment\": \"补充证明编号\", \"findings\": [{\"field\": "
                        + "\"/publicSecurityFiling/certificateNumber\", \"code\": \"WRONG\", \"message\": \"编号有误\"}]}")
                .post("/api/v1/submissions/" + id + "/decisions").then().statusCode(201);

        given().auth().oauth2(Tokens.institution(uscc)).get("/console/mine").then().statusCode(200)
                .body(containsString("医疗卫生网络安全报送 · 机构")).body(not(containsString("/console/inbox\"")))
                .body(containsString("/console/mine/submissions/" + id)).body(containsString("RETURNED_FOR_CORRECTION"));
        Response page = given().auth().oauth2(Tokens.institution(uscc)).get("/console/mine/submissions/" + id).then().statusCode(200)
                .body(containsString("/publicSecurityFiling/certificateNumber")).body(containsString("编号有误"))
                .body(containsString("name=\"document\"")).extract().response();
        String csrf = group(CSRF, page.asString());
        String cookie = page.getCookie("console-csrf");
        String formEtag = group(ETAG, page.asString());
        String key = group(Pattern.compile("name=\"key\" value=\"([^\"]+)\""), page.asString());

        // A document the checks refuse is answered on the page, and nothing is filed.
        given().auth().oauth2(Tokens.institution(uscc)).cookie("console-csrf", cookie).contentType("application/x-www-form-urlencoded")
                .formParam("csrf-token", csrf).formParam("etag", formEtag).formParam("key", key).formParam("document", "{\"filingType\": \"NONE\"}")
                .post("/console/mine/submissions/" + id + "/amendment").then().statusCode(400).body(containsString("/filingType"));
        given().auth().oauth2(Tokens.institution(uscc)).cookie("console-csrf", cookie).contentType("application/x-www-form-urlencoded")
                .formParam("csrf-token", csrf).formParam("etag", formEtag).formParam("key", key)
                .formParam("document", Fixtures.sampleFiling().replace("11010599001", "11010599002"))
                .redirects().follow(false)
                .post("/console/mine/submissions/" + id + "/amendment").then().statusCode(303)
                .header("Location", containsString("/console/mine/submissions/"));
        given().auth().oauth2(Tokens.institution(uscc)).get("/api/v1/submissions/" + id).then().statusCode(200)
                .body("receipt.status", equalTo("SUPERSEDED"));

        String other = Fixtures.registerInstitution("510104", null);
        given().auth().oauth2(Tokens.institution(other)).get("/console/mine/submissions/" + id).then().statusCode(404);
        given().auth().oauth2(Tokens.authority(COUNTY)).get("/console/mine").then().statusCode(403);
    }

    /**
     * From an institution's page (its ledger, with the article of each obligation): a rectification
     * notice issued (2022 Measures art. 24) and important data determined (2026 Data Measures art. 6
     * ¶1) through the API's reading and checks — a malformed form answers with every field error on
     * the page, the notice's id drawn with the page makes a second send issue nothing twice, a forged
     * CSRF token changes nothing, another county gets 404.
     */
    @Test
    void shouldIssueANoticeAndDetermineImportantDataFromTheInstitutionsPage() {
        String uscc = Fixtures.registerInstitution("510104", null);
        given().auth().oauth2(Tokens.institution(uscc)).contentType("application/json")
                .body(Fixtures.catalogueReport("PERIODIC_REVIEW", null, Fixtures.catalogueItem("emr", "GENERAL", "", null)))
                .post("/api/v1/data-catalogue-reports").then().statusCode(201);
        Response page = given().auth().oauth2(Tokens.authority(COUNTY)).get("/console/institutions/" + uscc).then().statusCode(200)
                .body(containsString("国卫规划发〔2022〕29号")).body(containsString("第二十四条"))
                .body(containsString("action=\"/console/institutions/" + uscc + "/rectification-notices\""))
                .extract().response();
        String html = page.asString();
        String csrf = group(CSRF, html);
        String cookie = page.getCookie("console-csrf");
        String noticeId = group(Pattern.compile("name=\"id\" value=\"([^\"]+)\""), html);
        String today = cn.healthsec.reporting.rules.LegalTime.dateOf(cn.healthsec.reporting.rules.LegalTime.now()).toString();
        String due = cn.healthsec.reporting.rules.LegalTime.dateOf(cn.healthsec.reporting.rules.LegalTime.now()).plusDays(20).toString();
        String notices = "/api/v1/institutions/" + uscc + "/rectification-notices";

        given().auth().oauth2(Tokens.authority(COUNTY)).cookie("console-csrf", cookie).contentType(FORM)
                .formParam("csrf-token", "forged").formParam("id", noticeId).formParam("summary", "检查发现弱口令")
                .formParam("problems", "HIS 管理员弱口令").formParam("severity", "HIGH").formParam("dueOn", due)
                .post("/console/institutions/" + uscc + "/rectification-notices").then().statusCode(403);
        // Every field error at once, on the page: no summary, no problem, a due date in the past.
        given().auth().oauth2(Tokens.authority(COUNTY)).cookie("console-csrf", cookie).contentType(FORM)
                .formParam("csrf-token", csrf).formParam("id", noticeId).formParam("summary", " ").formParam("problems", "")
                .formParam("severity", "HIGH").formParam("dueOn", "2020-01-01")
                .post("/console/institutions/" + uscc + "/rectification-notices").then().statusCode(400)
                .contentType(containsString("text/html"))
                .body(containsString("<code>/summary</code>")).body(containsString("<code>/problems</code>"))
                .body(containsString("<code>/dueOn</code>"));
        given().auth().oauth2(Tokens.authority(COUNTY)).get(notices).then().body("notices.size()", equalTo(0));

        for (int send = 0; send < 2; send++) {
            given().auth().oauth2(Tokens.authority(COUNTY)).cookie("console-csrf", cookie).contentType(FORM)
                    .formParam("csrf-token", csrf).formParam("id", noticeId).formParam("summary", "检查发现弱口令与未修补漏洞")
                    .formParam("problems", "HIS 管理员弱口令\n\n影像系统未修补漏洞\n").formParam("severity", "HIGH").formParam("dueOn", due)
                    .formParam("documentNumber", "锦卫整〔2026〕1号").redirects().follow(false)
                    .post("/console/institutions/" + uscc + "/rectification-notices").then().statusCode(303)
                    .header("Location", containsString("/console/institutions/" + uscc + "?done=notice"));
        }
        given().auth().oauth2(Tokens.institution(uscc)).get(notices).then().statusCode(200)
                .body("notices.size()", equalTo(1)).body("notices[0].id", equalTo(noticeId))
                .body("notices[0].problems.id", equalTo(java.util.List.of("P1", "P2")))
                .body("notices[0].problems.severity", equalTo(java.util.List.of("HIGH", "HIGH")))
                .body("notices[0].dueOn", equalTo(due)).body("notices[0].authorityId", equalTo(COUNTY));
        given().auth().oauth2(Tokens.authority(COUNTY)).get("/console/institutions/" + uscc + "?done=notice").then().statusCode(200)
                .body(containsString("整改通知已下发")).body(containsString("锦卫整〔2026〕1号")).body(containsString("RECTIFICATION_NOTICE"));

        String determinations = "/api/v1/institutions/" + uscc + "/important-data-determinations";
        given().auth().oauth2(Tokens.authority(COUNTY)).cookie("console-csrf", cookie).contentType(FORM)
                .formParam("csrf-token", csrf).formParam("items", "emr\nnot an id!").formParam("grade", "IMPORTANT")
                .formParam("determinedOn", today)
                .post("/console/institutions/" + uscc + "/important-data-determinations").then().statusCode(400)
                .body(containsString("<code>/items/1/itemId</code>"));
        given().auth().oauth2(Tokens.authority(COUNTY)).cookie("console-csrf", cookie).contentType(FORM)
                .formParam("csrf-token", csrf).formParam("items", "emr").formParam("grade", "IMPORTANT").formParam("determinedOn", today)
                .formParam("documentNumber", "锦卫数〔2026〕2号").redirects().follow(false)
                .post("/console/institutions/" + uscc + "/important-data-determinations").then().statusCode(303);
        given().auth().oauth2(Tokens.institution(uscc)).get(determinations).then().statusCode(200)
                .body("determinations.size()", equalTo(1)).body("determinations[0].items[0].itemId", equalTo("emr"))
                .body("determinations[0].authorityId", equalTo(COUNTY));

        given().auth().oauth2(Tokens.authority("HC-510105")).get("/console/institutions/" + uscc).then().statusCode(404);
        given().auth().oauth2(Tokens.authority("HC-510105")).cookie("console-csrf", cookie).contentType(FORM)
                .formParam("csrf-token", csrf).formParam("summary", "x").formParam("problems", "x").formParam("severity", "LOW")
                .formParam("dueOn", due).post("/console/institutions/" + uscc + "/rectification-notices").then().statusCode(404);
        given().auth().oauth2(Tokens.authority(COUNTY)).get(notices).then().body("notices.size()", equalTo(1));
    }

    /** One entry acknowledged from its own row; another county cannot acknowledge it (404), and a forged token changes nothing. */
    @Test
    void shouldAcknowledgeOneEntryFromItsRow() {
        String uscc = Fixtures.registerInstitution("510104", null);
        String id = filing(uscc);
        Response page = given().auth().oauth2(Tokens.authority(COUNTY)).get("/console/inbox?institution=" + uscc).then().statusCode(200)
                .extract().response();
        String html = page.asString();
        String csrf = group(CSRF, html);
        String cookie = page.getCookie("console-csrf");
        String entry = group(Pattern.compile("action=\"/console/inbox/([0-9]+)/ack\""), html);
        String acknowledged = "/api/v1/authorities/" + COUNTY + "/inbox?acknowledged=true&limit=500";

        given().auth().oauth2(Tokens.authority(COUNTY)).cookie("console-csrf", cookie).contentType(FORM)
                .formParam("csrf-token", "forged").post("/console/inbox/" + entry + "/ack").then().statusCode(403);
        given().auth().oauth2(Tokens.authority("HC-510105")).cookie("console-csrf", cookie).contentType(FORM)
                .formParam("csrf-token", csrf).post("/console/inbox/" + entry + "/ack").then().statusCode(404);
        given().auth().oauth2(Tokens.authority(COUNTY)).get("/console/inbox?institution=" + uscc).then()
                .body(containsString("action=\"/console/inbox/" + entry + "/ack\""));

        given().auth().oauth2(Tokens.authority(COUNTY)).cookie("console-csrf", cookie).contentType(FORM)
                .formParam("csrf-token", csrf).redirects().follow(false).post("/console/inbox/" + entry + "/ack").then().statusCode(303);
        given().auth().oauth2(Tokens.authority(COUNTY)).get("/console/inbox?institution=" + uscc).then()
                .body(not(containsString("/console/submissions/" + id)));
        given().auth().oauth2(Tokens.authority(COUNTY)).get("/console/inbox?view=acknowledged&institution=" + uscc).then()
                .body(containsString("/console/submissions/" + id)).body(not(containsString("action=\"/console/inbox/" + entry + "/ack\"")));
    }
}
