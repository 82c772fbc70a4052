package cn.healthsec.reporting.web;

import cn.healthsec.reporting.problem.ProblemResponses;
import cn.healthsec.reporting.support.Fixtures;
import cn.healthsec.reporting.support.PersonalData;
import cn.healthsec.reporting.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * Issue 26: the query string is read as strictly as the body. Before, {@code limit=1&limit=500}
 * silently took the first value and a request with 1,000 junk parameters answered 200.
 * Its institutions are in 310101 (Shanghai Huangpu), so that its reports fill no other test's inbox.
 */
@QuarkusTest
class StrictQueryStringsTest {

    @Test
    void shouldRefuseAParameterGivenTwiceNamingIt() {
        String token = Tokens.institution(Fixtures.registerInstitution("310101", null));
        given().auth().oauth2(token).header("Accept-Language", "en").get("/api/v1/submissions?limit=1&limit=500")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors", hasSize(1)).body("errors[0].field", equalTo("limit")).body("errors[0].code", equalTo("repeated_parameter"))
                .body("errors[0].message", equalTo("is given more than once; this operation takes each query parameter once"));
        given().auth().oauth2(token).get("/api/v1/submissions?limit=1").then().statusCode(200);
    }

    @Test
    void shouldRefuseEveryUnknownParameterAtOnceAndCountThemAll() {
        String token = Tokens.institution(Fixtures.registerInstitution("310101", null));
        StringBuilder query = new StringBuilder("limit=5");
        for (int i = 0; i < 300; i++) {  // 300 fit in the 4,096-character URI limit (414 beyond it)
            query.append("&j").append(i).append("=1");
        }
        given().auth().oauth2(token).header("Accept-Language", "en").get("/api/v1/submissions?" + query)
                .then().statusCode(400).body("errors", hasSize(ProblemResponses.MAX_LISTED_ERRORS))
                .body("errors[0].code", equalTo("unknown_parameter"))
                .body("detail", equalTo("300 field(s) are not valid (the first 100 are listed); nothing was stored."));
    }

    @Test
    void shouldRefuseParametersOnAnOperationThatTakesNone() {
        String uscc = Fixtures.registerInstitution("310101", null);
        String token = Tokens.institution(uscc);
        String id = given().auth().oauth2(token).contentType("application/json").body(Fixtures.sampleFiling())
                .post("/api/v1/mlps-filings").then().statusCode(201).extract().path("id");
        Response r = given().auth().oauth2(token).header("Accept-Language", "zh").get("/api/v1/submissions/" + id + "?verbose=true&limit=2")
                .then().statusCode(400).extract().response();
        assertEquals(List.of(Map.of("field", "limit", "code", "unknown_parameter", "message", "不是该操作的查询参数"),
                Map.of("field", "verbose", "code", "unknown_parameter", "message", "不是该操作的查询参数")), r.path("errors"),
                "every one, in the order of their names");
        given().auth().oauth2(token).get("/api/v1/submissions/" + id).then().statusCode(200);
    }

    @Test
    void shouldNeverEchoAParameterNameThatIsPersonalData() {
        String token = Tokens.institution(Fixtures.registerInstitution("310101", null));
        Response r = given().auth().oauth2(token).get("/api/v1/submissions?" + PersonalData.RESIDENT_ID + "=1")
                .then().statusCode(400).body("errors[0].code", equalTo("unknown_parameter")).extract().response();
        assertFalse(r.asString().contains(PersonalData.RESIDENT_ID), r.asString());
    }

    @Test
    void shouldRefuseADryRunGivenTwiceBeforeAnythingIsFiled() {
        String uscc = Fixtures.registerInstitution("310101", null);
        String token = Tokens.institution(uscc);
        given().auth().oauth2(token).contentType("application/json").body(Fixtures.sampleFiling())
                .post("/api/v1/mlps-filings?dryRun=true&dryRun=false").then().statusCode(400)
                .body("errors[0].field", equalTo("dryRun")).body("errors[0].code", equalTo("repeated_parameter"));
        given().auth().oauth2(token).get("/api/v1/submissions").then().statusCode(200).body("entries", hasSize(0));
    }
}
