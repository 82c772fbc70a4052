package cn.healthsec.reporting.mlps;

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
import static org.hamcrest.Matchers.not;

/**
 * Issue 29 §1: the approval of a new network's level. 2022 Measures art. 6(1): "对新建网络，应在规划和申报
 * 阶段确定网络安全保护等级…并报上级主管部门审核同意". The request goes to the superior, which approves it;
 * the network's initial MLPS filing names it. Institutions in 440106 (Guangzhou Tianhe), HC-440106.
 */
@QuarkusTest
class LevelApprovalFlowTest {

    static final LocalDate TODAY = LegalTime.dateOf(LegalTime.now());

    static String request(String network, int level, LocalDate goLive) {
        return """
                {"network": {"id": "%s", "name": "互联网医院平台", "stage": "PLANNING", "plannedGoLiveOn": "%s"},
                 "proposedLevel": %d, "rationale": "处理患者诊疗信息，拟定第三级", "expertReview": {"reviewedOn": "%s"}}
                """.formatted(network, goLive, level, TODAY.minusDays(3));
    }

    static String filing(String network, String request) {
        return """
                {"filingType": "INITIAL", "network": {"id": "%s", "name": "互联网医院平台", "goLiveOn": "%s",
                   "personalInformationSubjects": 1000, "processesImportantData": false, "processesCoreData": false,
                   "criticalInformationInfrastructure": false},
                 "protectionLevel": 3, "levelDeterminedOn": "%s", "expertReview": {"reviewedOn": "%s"},
                 "superiorApproval": {"authority": "广州市天河区卫生健康局", "approvedOn": "%s"%s},
                 "publicSecurityFiling": {"filedOn": "%s", "organ": "广州市公安局天河区分局", "certificateNumber": "44010699999-00001"}}
                """.formatted(network, TODAY.plusMonths(6), TODAY.minusDays(2), TODAY.minusDays(3), TODAY.minusDays(1),
                request == null ? "" : ", \"request\": \"" + request + "\"", TODAY);
    }

    @Test
    void shouldLetTheSuperiorApproveALevelThatTheNetworksFilingThenNames() {
        String uscc = Fixtures.registerInstitution("440106", null);
        String token = Tokens.institution(uscc);
        Response receipt = given().auth().oauth2(token).contentType("application/json").body(request("ih", 3, TODAY.plusMonths(6)))
                .post("/api/v1/level-approval-requests").then().statusCode(201)
                .body("type", equalTo("LEVEL_APPROVAL_REQUEST"))
                .body("routes.authorityId", equalTo(List.of("HC-440106")))
                .body("routes[0].citation.article", equalTo("第六条第（一）项"))
                .body("findings.size()", equalTo(0))
                .extract().response();
        String id = receipt.path("id");
        String reference = receipt.path("reference");
        // Not approved yet: the filing that names it is a violation of art. 6(1).
        given().auth().oauth2(token).contentType("application/json").body(filing("ih", reference)).post("/api/v1/mlps-filings")
                .then().statusCode(201).body("findings.code", hasItem("MLPS_LEVEL_APPROVAL_REQUEST_NOT_APPROVED"));
        String etag = given().auth().oauth2(token).get("/api/v1/submissions/" + id).then().extract().header("ETag");
        given().auth().oauth2(Tokens.authority("HC-440100")).contentType("application/json").header("If-Match", etag)
                .body("{\"outcome\": \"APPROVED\"}").post("/api/v1/submissions/" + id + "/decisions").then().statusCode(403);
        given().auth().oauth2(Tokens.authority("HC-440106")).contentType("application/json").header("If-Match", etag)
                .body("{\"outcome\": \"APPROVED\"}").post("/api/v1/submissions/" + id + "/decisions").then().statusCode(201);
        given().auth().oauth2(token).contentType("application/json").body(filing("ih", reference)).post("/api/v1/mlps-filings")
                .then().statusCode(201)
                .body("findings.code", not(hasItem("MLPS_LEVEL_APPROVAL_REQUEST_NOT_APPROVED")))
                .body("findings.code", not(hasItem("MLPS_LEVEL_APPROVAL_REQUEST_NOT_NAMED")));
        // Another network, or no request named at all.
        given().auth().oauth2(token).contentType("application/json").body(filing("lis", reference)).post("/api/v1/mlps-filings")
                .then().statusCode(201).body("findings.code", hasItem("MLPS_LEVEL_APPROVAL_REQUEST_NOT_APPROVED"));
        given().auth().oauth2(token).contentType("application/json").body(filing("pacs", null)).post("/api/v1/mlps-filings")
                .then().statusCode(201).body("findings.find { it.code == 'MLPS_LEVEL_APPROVAL_REQUEST_NOT_NAMED' }.severity", equalTo("INFO"));
        given().auth().oauth2(token).get("/api/v1/institutions/" + uscc + "/obligations?kind=LEVEL_APPROVAL_REQUEST")
                .then().statusCode(200).body("entries[0].subject", equalTo("ih")).body("entries[0].state", equalTo("MET"));
    }

    /** "在规划和申报阶段": a request for a network already live is past the planning stage. */
    @Test
    void shouldFindARequestAfterGoLive() {
        String uscc = Fixtures.registerInstitution("440106", null);
        given().auth().oauth2(Tokens.institution(uscc)).contentType("application/json").body(request("ih", 2, TODAY.minusDays(1)))
                .post("/api/v1/level-approval-requests").then().statusCode(201)
                .body("status", equalTo("ACCEPTED_WITH_FINDINGS"))
                .body("findings.find { it.code == 'LEVEL_APPROVAL_AFTER_GO_LIVE' }.severity", equalTo("VIOLATION"));
    }
}
