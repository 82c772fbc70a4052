package cn.healthsec.reporting.routing;

import cn.healthsec.reporting.support.Fixtures;
import cn.healthsec.reporting.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** An authority pages through its queue oldest first; reading consumes nothing; a page is acknowledged at once. */
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

    @Test
    void shouldAcknowledgeAPageAtOnceAndNameWhatIsNotInTheInbox() {
        // A county of its own (130108): its inbox holds only this test's entries.
        String token = Tokens.institution(Fixtures.registerInstitution("130108", null));
        for (int i = 0; i < 3; i++) {
            given().auth().oauth2(token).contentType("application/json").body(Fixtures.sampleFiling().replace("his-core", "net-" + i))
                    .post("/api/v1/mlps-filings").then().statusCode(201);
        }
        String authority = Tokens.authority("HC-130108");
        List<Number> ids = given().auth().oauth2(authority).get("/api/v1/authorities/HC-130108/inbox").then().statusCode(200)
                .extract().path("entries.id");
        assertEquals(3, ids.size());
        long first = ids.get(0).longValue();
        given().auth().oauth2(authority).post("/api/v1/authorities/HC-130108/inbox/" + first + "/ack").then().statusCode(200);
        // Another county's entry is not this inbox's: named back, left as it is.
        String elsewhere = Tokens.institution(Fixtures.registerInstitution("130105", null));
        given().auth().oauth2(elsewhere).contentType("application/json").body(Fixtures.sampleFiling())
                .post("/api/v1/mlps-filings").then().statusCode(201);
        long foreign = ((Number) given().auth().oauth2(Tokens.authority("HC-130105")).get("/api/v1/authorities/HC-130105/inbox?acknowledged=false")
                .then().statusCode(200).extract().path("entries[-1].id")).longValue();

        String body = "{\"entryIds\": [" + ids.get(0) + ", " + ids.get(1) + ", " + ids.get(2) + ", " + foreign + ", 999999999]}";
        given().auth().oauth2(authority).contentType("application/json").body(body)
                .post("/api/v1/authorities/HC-130108/inbox/ack").then().statusCode(200)
                .body("acknowledged", equalTo(2)).body("alreadyAcknowledged", equalTo(1))
                .body("notFound.collect { it as long }", contains(foreign, 999999999L));
        given().auth().oauth2(authority).get("/api/v1/authorities/HC-130108/inbox?acknowledged=false").then().statusCode(200)
                .body("entries", hasSize(0));
        given().auth().oauth2(Tokens.authority("HC-130105")).get("/api/v1/authorities/HC-130105/inbox?acknowledged=false").then()
                .statusCode(200).body("entries.id.collect { it as long }", org.hamcrest.Matchers.hasItem(foreign));
        // Again: nothing new, the first acknowledgements stand.
        given().auth().oauth2(authority).contentType("application/json").body(body)
                .post("/api/v1/authorities/HC-130108/inbox/ack").then().statusCode(200)
                .body("acknowledged", equalTo(0)).body("alreadyAcknowledged", equalTo(3));
        // Another authority may not acknowledge this inbox's entries.
        given().auth().oauth2(Tokens.authority("HC-130105")).contentType("application/json").body(body)
                .post("/api/v1/authorities/HC-130108/inbox/ack").then().statusCode(403);
    }

    @Test
    void shouldRefuseAnEmptyAnOversizedAndARepeatingAcknowledgementWithEveryError() {
        String authority = Tokens.authority("HC-130108");
        given().auth().oauth2(authority).contentType("application/json").body("{\"entryIds\": []}")
                .post("/api/v1/authorities/HC-130108/inbox/ack").then().statusCode(400)
                .body("errors[0].field", equalTo("/entryIds")).body("errors[0].code", equalTo("size"));
        String page = java.util.stream.LongStream.rangeClosed(1, 501).mapToObj(Long::toString).collect(java.util.stream.Collectors.joining(","));
        given().auth().oauth2(authority).contentType("application/json").body("{\"entryIds\": [" + page + "]}")
                .post("/api/v1/authorities/HC-130108/inbox/ack").then().statusCode(400)
                .body("errors[0].field", equalTo("/entryIds")).body("errors[0].code", equalTo("size"));
        given().auth().oauth2(authority).contentType("application/json").header("Accept-Language", "en")
                .body("{\"entryIds\": [5, 7, 5, 0, \"9\"]}")
                .post("/api/v1/authorities/HC-130108/inbox/ack").then().statusCode(400)
                .body("errors.collect { it.field + ' ' + it.code }", org.hamcrest.Matchers.hasItems("/entryIds/4 invalid_type"));
        // A missing list, a null id: named with the other errors, never a failure of the duplicate check.
        given().auth().oauth2(authority).contentType("application/json").body("{}")
                .post("/api/v1/authorities/HC-130108/inbox/ack").then().statusCode(400)
                .body("errors[0].field", equalTo("/entryIds")).body("errors[0].code", equalTo("required"));
        given().auth().oauth2(authority).contentType("application/json").body("{\"entryIds\": [5, null, 5]}")
                .post("/api/v1/authorities/HC-130108/inbox/ack").then().statusCode(400)
                .body("errors.collect { it.field + ' ' + it.code }", org.hamcrest.Matchers.containsInAnyOrder("/entryIds/1 required", "/entryIds/2 duplicate_id"));
        given().auth().oauth2(authority).contentType("application/json").header("Accept-Language", "en")
                .body("{\"entryIds\": [5, 7, 5, 0]}")
                .post("/api/v1/authorities/HC-130108/inbox/ack").then().statusCode(400)
                .body("errors.collect { it.field + ' ' + it.code }", org.hamcrest.Matchers.containsInAnyOrder("/entryIds/3 too_small", "/entryIds/2 duplicate_id"));
    }
}
