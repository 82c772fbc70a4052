package cn.healthsec.reporting.obligation;

import cn.healthsec.reporting.support.Fixtures;
import cn.healthsec.reporting.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

/** Who may read whose obligations: the forbidden paths as carefully as the allowed ones. */
@QuarkusTest
class ObligationAccessTest {

    static final String COUNTY = "340111";

    @Test
    void shouldShowAnInstitutionsObligationsToItselfTheCommissionsAboveItAndAnAdminOnly() {
        String uscc = Fixtures.registerInstitution(COUNTY, null, false, false);
        String path = "/api/v1/institutions/" + uscc + "/obligations";
        for (String token : List.of(Tokens.institution(uscc), Tokens.authority("HC-340111"), Tokens.authority("HC-340100"),
                Tokens.authority("HC-340000"), Tokens.authority("NHC"), Tokens.admin())) {
            given().auth().oauth2(token).get(path).then().statusCode(200).body("entries.institutionUscc", hasItem(uscc));
        }
        // Not found for everyone else, so a USCC cannot be probed.
        for (String token : List.of(Tokens.institution(Fixtures.uscc(COUNTY)), Tokens.authority("HC-340102"),
                Tokens.authority("HC-340200"), Tokens.authority("HC-330000"), Tokens.authority("CAC-340000"),
                Tokens.authority("PSB-340111"))) {
            given().auth().oauth2(token).get(path).then().statusCode(404).contentType("application/problem+json");
        }
        given().auth().oauth2(Tokens.admin()).get("/api/v1/institutions/" + Fixtures.uscc(COUNTY) + "/obligations")
                .then().statusCode(404);
        given().auth().oauth2(Tokens.institution(uscc)).get(path + "?state=LATELY&kind=EVERYTHING&limit=0")
                .then().statusCode(400).body("errors.field", equalTo(List.of("state", "kind", "limit")));
    }

    @Test
    void shouldShowACommissionItsOwnJurisdictionOnly() {
        String here = Fixtures.registerInstitution(COUNTY, null, false, false);
        String elsewhere = Fixtures.registerInstitution("330203", null, false, false);
        given().auth().oauth2(Tokens.authority("HC-340000")).get("/api/v1/authorities/HC-340000/obligations?division=340111&limit=500")
                .then().statusCode(200).body("entries.institutionUscc", hasItem(here))
                .body("entries.institutionUscc", not(hasItem(elsewhere)));
        given().auth().oauth2(Tokens.authority("HC-340000")).get("/api/v1/authorities/HC-340000/obligations?division=330203")
                .then().statusCode(200).body("entries.size()", equalTo(0));
        given().auth().oauth2(Tokens.authority("HC-340102")).get("/api/v1/authorities/HC-340102/obligations?limit=500")
                .then().statusCode(200).body("entries.institutionUscc", not(hasItem(here)));

        // Another authority's id, a body that supervises no institutions, an institution, an admin.
        given().auth().oauth2(Tokens.authority("HC-340102")).get("/api/v1/authorities/HC-340000/obligations").then().statusCode(403);
        given().auth().oauth2(Tokens.authority("CAC-340000")).get("/api/v1/authorities/CAC-340000/obligations").then().statusCode(403);
        given().auth().oauth2(Tokens.authority("PSB-340111")).get("/api/v1/authorities/PSB-340111/obligations").then().statusCode(403);
        given().auth().oauth2(Tokens.institution(here)).get("/api/v1/authorities/HC-340111/obligations").then().statusCode(403);
        given().auth().oauth2(Tokens.admin()).get("/api/v1/authorities/HC-340111/obligations").then().statusCode(403);
        given().auth().oauth2(Tokens.authority("HC-340111")).get("/api/v1/authorities/HC-340111/obligations?division=999999&state=x")
                .then().statusCode(400).body("errors.field", equalTo(List.of("state", "division")));
        given().auth().oauth2(Tokens.authority("HC-340111")).get("/api/v1/authorities/HC-999999/obligations").then().statusCode(400);
    }
}
