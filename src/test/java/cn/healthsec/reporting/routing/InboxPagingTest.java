package cn.healthsec.reporting.routing;

import cn.healthsec.reporting.support.Fixtures;
import cn.healthsec.reporting.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** An authority pages through its queue oldest first; reading consumes nothing. */
@QuarkusTest
class InboxPagingTest {

    @Test
    void shouldPageOldestFirstWithAnOpaqueCursor() {
        // A county of its own so that no other test's filings share this inbox.
        String uscc = Fixtures.registerInstitution("130102", null);
        String token = Tokens.institution(uscc);
        List<String> filed = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            filed.add(given().auth().oauth2(token).contentType("application/json")
                    .body(Fixtures.sampleFiling().replace("his-core", "net-" + i))
                    .post("/api/v1/mlps-filings").then().statusCode(201).extract().path("id"));
        }
        String authority = Tokens.authority("HC-130102");
        List<String> seen = new ArrayList<>();
        String cursor = null;
        do {
            var spec = given().auth().oauth2(authority).queryParam("limit", 2);
            if (cursor != null) {
                spec.queryParam("after", cursor);
            }
            var page = spec.get("/api/v1/authorities/HC-130102/inbox").then().statusCode(200).extract();
            seen.addAll(page.path("entries.submissionId"));
            cursor = page.path("next");
        } while (cursor != null);
        assertEquals(filed, seen);

        // Reading consumed nothing: a second reading from the start sees the same entries.
        given().auth().oauth2(authority).get("/api/v1/authorities/HC-130102/inbox").then().statusCode(200)
                .body("entries.size()", equalTo(3)).body("next", equalTo(null));
    }

    @Test
    void shouldRefuseACursorItDidNotIssueAndAnOutOfRangeLimit() {
        given().auth().oauth2(Tokens.authority("HC-130104")).get("/api/v1/authorities/HC-130104/inbox?after=bm9wZQ")
                .then().statusCode(400).body("errors[0].field", equalTo("after"));
        given().auth().oauth2(Tokens.authority("HC-130104")).get("/api/v1/authorities/HC-130104/inbox?limit=0")
                .then().statusCode(400).body("errors[0].field", equalTo("limit"));
        String empty = given().auth().oauth2(Tokens.authority("HC-130104")).get("/api/v1/authorities/HC-130104/inbox")
                .then().statusCode(200).extract().path("next");
        assertNull(empty);
    }
}
