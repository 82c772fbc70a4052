package cn.healthsec.reporting.referenceapi;

import cn.healthsec.reporting.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

@QuarkusTest
class CalendarResourceTest {

    @Test
    void shouldAnswerTheWorkedExample() {
        given().auth().oauth2(Tokens.institution("91350100M000100Y43"))
                .get("/api/v1/calendar/deadline?start=2026-02-13&workingDays=10")
                .then().statusCode(200).body("dueOn", equalTo("2026-03-05")).body("provisional", equalTo(false));
    }

    @Test
    void shouldRefuseBadParametersAllAtOnce() {
        given().auth().oauth2(Tokens.authority("NHC")).get("/api/v1/calendar/deadline?start=13/02/2026&workingDays=0")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItems("start", "workingDays"));
    }

    @Test
    void shouldMakeALoadedYearFinalAndRefuseABadOne() {
        // 2099 is far from any real notice: loading it here cannot disturb other tests.
        given().auth().oauth2(Tokens.admin()).get("/api/v1/calendar/deadline?start=2099-01-02&workingDays=1")
                .then().statusCode(200).body("provisional", equalTo(true)).body("dueOn", equalTo("2099-01-05"));
        given().auth().oauth2(Tokens.admin()).contentType("application/json")
                .body("{\"holidays\": {\"2099-01-05\": \"测试\"}, \"makeUpWorkdays\": {\"2099-01-03\": \"测试\"}, \"source\": \"test notice\"}")
                .put("/api/v1/calendar/years/2099").then().statusCode(200);
        given().auth().oauth2(Tokens.admin()).get("/api/v1/calendar/deadline?start=2099-01-02&workingDays=1")
                .then().statusCode(200).body("provisional", equalTo(false)).body("dueOn", equalTo("2099-01-03"));
        given().auth().oauth2(Tokens.admin()).get("/api/v1/calendar/deadline?start=2099-01-03&workingDays=1")
                .then().statusCode(200).body("dueOn", equalTo("2099-01-06"));
        given().auth().oauth2(Tokens.admin()).contentType("application/json")
                .body("{\"holidays\": {\"2098-01-05\": \"wrong year\"}, \"makeUpWorkdays\": {}}")
                .put("/api/v1/calendar/years/2099").then().statusCode(400).contentType("application/problem+json");
    }

    /**
     * Issue 7 item 14, before: a source over 500 characters was cut silently, an object used as a
     * holiday name was stored as "". Now the body is read like every other: strict types, limits,
     * every error at once, nothing stored.
     */
    @Test
    void shouldReadTheCalendarBodyStrictlyAndStoreNothingWhenRefused() {
        String year = "/api/v1/calendar/years/2098";
        given().auth().oauth2(Tokens.admin()).contentType("application/json").header("Accept-Language", "en")
                .body("{\"source\": \"" + "国".repeat(501) + "\", \"holidays\": {\"2098-01-01\": {\"name\": \"元旦\"},"
                        + " \"2098-01-02\": 7, \"2098-02-30\": \"x\", \"2098-01-03\": \"\"},"
                        + " \"makeUpWorkdays\": {\"2098-01-01\": \"元旦\"}, \"note\": 1}")
                .put(year).then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItems("/source", "/holidays/2098-01-01", "/holidays/2098-01-02", "/holidays/2098-02-30",
                        "/holidays/2098-01-03", "/makeUpWorkdays/2098-01-01", "/note"));
        given().auth().oauth2(Tokens.admin()).get(year).then().statusCode(404);
        given().auth().oauth2(Tokens.admin()).contentType("application/json")
                .body("{\"source\": \"" + "国".repeat(500) + "\", \"holidays\": {\"2098-01-01\": \"元旦\"}, \"makeUpWorkdays\": {}}")
                .put(year).then().statusCode(200);
        given().auth().oauth2(Tokens.admin()).get(year).then().statusCode(200).body("holidays.'2098-01-01'", equalTo("元旦"));
    }
}
