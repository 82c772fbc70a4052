package cn.healthsec.reporting.mlps;

import cn.healthsec.reporting.support.Fixtures;
import cn.healthsec.reporting.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Malformed filings are refused with every field error at once; nothing is stored. */
@QuarkusTest
class MlpsFilingValidationTest {

    static final String TOMORROW = LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(1).toString();

    static String brokenFiling() {
        return Fixtures.sampleFiling()
                .replace("\"filingType\": \"INITIAL\",", "")
                .replace("\"protectionLevel\": 3", "\"protectionLevel\": 7")
                .replace("\"levelDeterminedOn\": \"2026-02-13\"", "\"levelDeterminedOn\": \"" + TOMORROW + "\"")
                .replace("\"personalInformationSubjects\": 250000", "\"personalInformationSubjects\": \"lots-of-people\"")
                .replace("\"conclusion\": \"PASS\"", "\"conclusion\": \"MAYBE\"")
                .replaceFirst("\\{", "{ \"institution\": \"NOT-A-USCC\", \"patientName\": \"张三\", ");
    }

    @Test
    void shouldListEveryFieldErrorAtOnceInEnglish() {
        String uscc = Fixtures.registerInstitution("110105", null);
        String body = brokenFiling();
        assertTrue(body.contains("NOT-A-USCC") && body.contains("patientName"), "the test body carries its faults");
        Response r = given().auth().oauth2(Tokens.institution(uscc)).contentType("application/json")
                .header("Accept-Language", "en-US,en;q=0.9")
                .body(body)
                .post("/api/v1/mlps-filings")
                .then().statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("https://healthsec.cn/problems/validation"))
                .body("title", equalTo("The request is not valid"))
                .body("status", equalTo(400))
                .body("errors.field", hasItems("/filingType", "/protectionLevel", "/levelDeterminedOn",
                        "/network/personalInformationSubjects", "/lastAssessment/conclusion", "/institution", "/patientName"))
                .extract().response();
        List<String> codes = r.path("errors.code");
        assertTrue(codes.containsAll(List.of("required", "too_large", "after_receipt", "invalid_type", "invalid_value",
                "invalid_uscc", "unknown_field")), codes.toString());
        String text = r.asString();
        assertFalse(text.contains("lots-of-people") || text.contains("张三") || text.contains("NOT-A-USCC") || text.contains("MAYBE"),
                "a problem never echoes submitted values");

        given().auth().oauth2(Tokens.institution(uscc)).get("/api/v1/submissions")
                .then().statusCode(200).body("entries", empty());
    }

    @Test
    void shouldAnswerInChineseByDefaultAndWhenAsked() {
        String uscc = Fixtures.registerInstitution("110105", null);
        for (String language : new String[] {null, "zh-CN,zh;q=0.9,en;q=0.8"}) {
            var request = given().auth().oauth2(Tokens.institution(uscc)).contentType("application/json").body(brokenFiling());
            if (language != null) {
                request.header("Accept-Language", language);
            }
            request.post("/api/v1/mlps-filings").then().statusCode(400)
                    .header("Content-Language", "zh-CN")
                    .body("title", equalTo("请求不合法"))
                    .body("errors.find { it.field == '/protectionLevel' }.message", equalTo("不得大于 5"));
        }
    }

    @Test
    void shouldRequireThePreviousLevelOnALevelChange() {
        String uscc = Fixtures.registerInstitution("110105", null);
        given().auth().oauth2(Tokens.institution(uscc)).contentType("application/json")
                .body(Fixtures.sampleFiling().replace("\"INITIAL\"", "\"LEVEL_CHANGE\""))
                .post("/api/v1/mlps-filings")
                .then().statusCode(400).body("errors.field", hasItems("/previousProtectionLevel"));
        given().auth().oauth2(Tokens.institution(uscc)).contentType("application/json")
                .body(Fixtures.sampleFiling().replace("\"INITIAL\"", "\"LEVEL_CHANGE\"").replace("\"previousProtectionLevel\": null", "\"previousProtectionLevel\": 2"))
                .post("/api/v1/mlps-filings")
                .then().statusCode(201);
    }

    @Test
    void shouldRefuseAPublicSecurityFilingDatedAfterReceipt() {
        String uscc = Fixtures.registerInstitution("110105", null);
        given().auth().oauth2(Tokens.institution(uscc)).contentType("application/json")
                .body(Fixtures.sampleFiling().replace("\"filedOn\": \"2026-03-06\"", "\"filedOn\": \"" + TOMORROW + "\""))
                .post("/api/v1/mlps-filings")
                .then().statusCode(400).body("errors.field", equalTo(List.of("/publicSecurityFiling/filedOn")))
                .body("errors[0].code", equalTo("after_receipt"));
    }

    @Test
    void shouldAcceptALateNonCompliantFilingWithFindings() {
        String uscc = Fixtures.registerInstitution("110105", null);
        given().auth().oauth2(Tokens.institution(uscc)).contentType("application/json").header("Accept-Language", "en")
                .body(Fixtures.sampleFiling().replace("\"protectionLevel\": 3", "\"protectionLevel\": 2")
                        .replace("\"expertReview\": { \"reviewedOn\": \"2026-02-05\", \"summary\": \"专家评审同意定为第三级\" },", ""))
                .post("/api/v1/mlps-filings")
                .then().statusCode(201)
                .body("status", equalTo("ACCEPTED_WITH_FINDINGS"))
                .body("findings.code", hasItems("MLPS_EXPERT_REVIEW_MISSING", "MLPS_IMPORTANT_DATA_BELOW_LEVEL"))
                .body("findings.find { it.code == 'MLPS_IMPORTANT_DATA_BELOW_LEVEL' }.severity", equalTo("VIOLATION"))
                .body("findings.find { it.code == 'MLPS_IMPORTANT_DATA_BELOW_LEVEL' }.basis", containsString("2026 Data Measures art. 11"))
                // Issue 11 §7: the structured citation names the rule that found it and the provision as the law is cited.
                .body("findings.find { it.code == 'MLPS_IMPORTANT_DATA_BELOW_LEVEL' }.citation.ruleId", equalTo("MLPS-DATA-GRADE-LEVEL-FLOOR"))
                .body("findings.find { it.code == 'MLPS_IMPORTANT_DATA_BELOW_LEVEL' }.citation.textZh",
                        equalTo("《医疗卫生机构数据安全和个人信息保护管理办法（试行）》（国卫规划发〔2026〕6号）第十一条第一款"))
                .body("findings.find { it.code == 'MLPS_IMPORTANT_DATA_BELOW_LEVEL' }.citation.provenance", equalTo("TRANSLATION"))
                .body("routes[0].citation.ruleId", equalTo("ROUTE-MLPS-SUPERVISOR"))
                .body("routes[0].citation.article", equalTo("第六条第（二）项"))
                .body("deadlines.find { it.obligation == 'PUBLIC_SECURITY_FILING' }.citation.ruleId", equalTo("MLPS-PSB-FILING-10WD"))
                .body("findings.find { it.code == 'MLPS_IMPORTANT_DATA_BELOW_LEVEL' }.message", containsString("level 2"));
    }

    @Test
    void shouldRefuseABodyThatIsNotJsonWithAProblem() {
        String uscc = Fixtures.registerInstitution("110105", null);
        given().auth().oauth2(Tokens.institution(uscc)).contentType("application/json").body("{\"filingType\": ")
                .post("/api/v1/mlps-filings")
                .then().statusCode(400).contentType("application/problem+json")
                .body("type", not(equalTo(null)));
        given().auth().oauth2(Tokens.institution(uscc)).contentType("application/json").body("[1, 2]")
                .post("/api/v1/mlps-filings")
                .then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void shouldRefuseAnUnregisteredInstitution() {
        given().auth().oauth2(Tokens.institution(Fixtures.uscc("110105"))).contentType("application/json")
                .body(Fixtures.sampleFiling())
                .post("/api/v1/mlps-filings")
                .then().statusCode(422).contentType("application/problem+json");
    }
}
