package cn.healthsec.reporting.hazard;

import cn.healthsec.reporting.rules.LegalTime;
import cn.healthsec.reporting.support.Fixtures;
import cn.healthsec.reporting.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

/**
 * Issue 29 §1: hazard reports. 2026 Data Measures art. 24 ¶3: "Healthcare institutions shall
 * promptly report to the local health administrative authority risks and hazards that may cause
 * important data or core data security incidents"; ¶2: the local authorities "shall report to the
 * National Health Commission" those risks — which the service does for them on arrival. Institutions
 * in 320102 (Nanjing Xuanwu), supervised by HC-320102.
 */
@QuarkusTest
class HazardFlowTest {

    static final LocalDate TODAY = LegalTime.dateOf(LegalTime.now());

    static String hazard(boolean important) {
        return """
                {"kind": "VULNERABILITY", "description": "影像系统中间件存在远程代码执行漏洞", "identifiedOn": "%s",
                 "mayCause": {"description": "可能导致影像数据泄露", "importantData": %s, "coreData": false},
                 "riskMarkedlyIncreased": false, "networks": [{"id": "pacs", "name": "影像归档和通信系统", "protectionLevel": 3}],
                 "measuresTaken": ["关闭管理端口的互联网访问"]}
                """.formatted(TODAY, important);
    }

    @Test
    void shouldRouteAnImportantDataHazardToTheSupervisorAndTheNhcOnItsBehalf() {
        String uscc = Fixtures.registerInstitution("320102", null, true, false);
        Response receipt = given().auth().oauth2(Tokens.institution(uscc)).header("Accept-Language", "en").contentType("application/json")
                .body(hazard(true)).post("/api/v1/hazard-reports").then().statusCode(201)
                .body("type", equalTo("HAZARD_REPORT"))
                .body("routes.authorityId", equalTo(List.of("HC-320102", "NHC")))
                .body("routes.reason", equalTo(List.of("SUPERVISING_HEALTH_AUTHORITY", "IMPORTANT_DATA_HAZARD_ON_BEHALF_OF_LOCAL_COMMISSION")))
                .body("routes[1].citation.article", equalTo("第二十四条第二款"))
                .body("routes[1].dueAt", equalTo(null))
                .body("deadlines[0].obligation", equalTo("HAZARD_REPORT"))
                .body("deadlines[0].state", equalTo("MET"))
                .extract().response();
        String id = receipt.path("id");
        // The NHC reads it and, holding a copy, does not decide; neither a CAC nor another institution sees it.
        given().auth().oauth2(Tokens.authority("NHC")).get("/api/v1/submissions/" + id).then().statusCode(200);
        String etag = given().auth().oauth2(Tokens.institution(uscc)).get("/api/v1/submissions/" + id).then().extract().header("ETag");
        given().auth().oauth2(Tokens.authority("NHC")).contentType("application/json").header("If-Match", etag)
                .body("{\"outcome\": \"ACCEPTED\"}").post("/api/v1/submissions/" + id + "/decisions").then().statusCode(403);
        given().auth().oauth2(Tokens.authority("CAC-320000")).get("/api/v1/submissions/" + id).then().statusCode(404);
        String other = Fixtures.registerInstitution("320102", null);
        given().auth().oauth2(Tokens.institution(other)).get("/api/v1/submissions/" + id).then().statusCode(404);
        given().auth().oauth2(Tokens.authority("HC-320102")).contentType("application/json").header("If-Match", etag)
                .body("{\"outcome\": \"ACCEPTED\"}").post("/api/v1/submissions/" + id + "/decisions").then().statusCode(201);
        // The ledger counts the duty from the day the hazard was identified.
        given().auth().oauth2(Tokens.institution(uscc)).get("/api/v1/institutions/" + uscc + "/obligations?kind=HAZARD_REPORT")
                .then().statusCode(200).body("entries[0].state", equalTo("MET"))
                .body("entries[0].subject", equalTo(receipt.path("reference")));
    }

    /** A hazard to neither important nor core data, without a markedly increased risk: information only, no NHC copy, no duty. */
    @Test
    void shouldReceiveAHazardBeyondTheDutyAsInformation() {
        String uscc = Fixtures.registerInstitution("320102", null, false, false);
        given().auth().oauth2(Tokens.institution(uscc)).contentType("application/json").body(hazard(false)).post("/api/v1/hazard-reports")
                .then().statusCode(201)
                .body("status", equalTo("ACCEPTED"))
                .body("routes.authorityId", equalTo(List.of("HC-320102")))
                .body("findings.code", hasItem("HAZARD_REPORT_BEYOND_THE_DUTY"))
                .body("deadlines.size()", equalTo(0));
        given().auth().oauth2(Tokens.institution(uscc)).get("/api/v1/institutions/" + uscc + "/obligations?kind=HAZARD_REPORT")
                .then().statusCode(200).body("entries.size()", equalTo(0));
    }

    /**
     * The duty of art. 24 ¶3 is counted like every other: a hazard identified 30 days ago and reported
     * today was due 2 working days after it (policy) and is met late; the commission's statistics for
     * the period count the obligation and the report. Institutions in 320113 (Nanjing Qixia), HC-320113, which no other test uses.
     */
    @Test
    void shouldCountTheHazardsDutyInTheCommissionsStatistics() {
        String uscc = Fixtures.registerInstitution("320113", null, true, false);
        given().auth().oauth2(Tokens.institution(uscc)).contentType("application/json")
                .body(hazard(true).replace("\"identifiedOn\": \"" + TODAY + "\"", "\"identifiedOn\": \"" + TODAY.minusDays(30) + "\""))
                .post("/api/v1/hazard-reports").then().statusCode(201)
                .body("deadlines[0].state", equalTo("LATE")).body("status", equalTo("ACCEPTED_WITH_FINDINGS"));
        given().auth().oauth2(Tokens.authority("HC-320113"))
                .get("/api/v1/authorities/HC-320113/statistics?from=" + TODAY.minusDays(40) + "&to=" + TODAY).then().statusCode(200)
                .body("jurisdiction.submissions.HAZARD_REPORT", equalTo(1))
                .body("jurisdiction.obligations.due", equalTo(1))
                .body("jurisdiction.obligations.metLate", equalTo(1));
    }
}
