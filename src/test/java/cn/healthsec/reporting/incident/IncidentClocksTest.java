package cn.healthsec.reporting.incident;

import cn.healthsec.reporting.support.Fixtures;
import cn.healthsec.reporting.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every hour clock, MET and LATE, through the real service: CAC Incident Measures art. 4; Regulation art. 10; policy. */
@QuarkusTest
class IncidentClocksTest {

    static String register(boolean cii, boolean centralOrgan) {
        String uscc = Fixtures.uscc("110105");
        given().auth().oauth2(Tokens.admin()).contentType("application/json")
                .body(Fixtures.institutionJson("医院", "110105", null)
                        .replace("\"criticalInformationInfrastructure\": false", "\"criticalInformationInfrastructure\": " + cii)
                        .replace("\"centralOrganAffiliate\": false", "\"centralOrganAffiliate\": " + centralOrgan))
                .put("/api/v1/institutions/" + uscc).then().statusCode(201);
        return uscc;
    }

    @ParameterizedTest(name = "cii={0} central={1}, reported {2} h after discovery: {3} {4} ({5} h)")
    @CsvSource({
            "true,  false, 0.5, NHC,        MET,  1",
            "true,  false, 1.5, PSB-110000, LATE, 1",
            "false, true,  1.5, NHC,        MET,  2",
            "false, true,  2.5, NHC,        LATE, 2",
            "false, false, 3.5, CAC-110000, MET,  4",
            "false, false, 4.5, CAC-110000, LATE, 4",
            "false, false, 3.5, HC-110105,  MET,  4",
            "false, false, 4.5, PSB-110105, LATE, 4"})
    void shouldTimeEachRouteOfALargeIncidentFromDiscovery(boolean cii, boolean central, double hoursAgo, String authority,
                                                         String state, long hours) {
        String uscc = register(cii, central);
        Response r = given().auth().oauth2(Tokens.institution(uscc)).contentType("application/json")
                .body(Fixtures.ransomware(hoursAgo, "LARGE", 1_000_000, null)).post("/api/v1/incidents");
        r.then().statusCode(201);
        assertClock(r, authority, state, hours, hoursAgo);
    }

    @ParameterizedTest(name = "vulnerability reported {0} h after discovery: {1}")
    @CsvSource({"23.5, MET", "24.5, LATE"})
    void shouldGiveANationalSecurityVulnerabilityTwentyFourHours(double hoursAgo, String state) {
        String uscc = register(false, false);
        String body = Fixtures.ransomware(hoursAgo, "GENERAL", 0, "\"vulnerability\": {\"endangersNationalSecurityOrPublicInterest\": true}")
                .replace("\"RANSOMWARE\"", "\"VULNERABILITY\"").replace("\"suspectedCrime\": true", "\"suspectedCrime\": false");
        Response r = given().auth().oauth2(Tokens.institution(uscc)).contentType("application/json").body(body).post("/api/v1/incidents");
        r.then().statusCode(201).body("routes.authorityId", org.hamcrest.Matchers.equalTo(java.util.List.of("HC-110105")));
        assertClock(r, "HC-110105", state, 24, hoursAgo);
    }

    /** The route's state, and its due instant: discovery (hoursAgo before receipt) plus the clock's hours. */
    static void assertClock(Response r, String authority, String state, long hours, double hoursAgo) {
        Map<String, Object> route = r.path("routes.find { it.authorityId == '" + authority + "' }");
        assertEquals(state, route.get("clockState"), authority);
        String dueAt = (String) route.get("dueAt");
        assertTrue(dueAt.endsWith("+08:00"), "instants are shown in Asia/Shanghai");
        long minutesAfterReceipt = Duration.between(OffsetDateTime.parse(r.path("receivedAt")), OffsetDateTime.parse(dueAt)).toMinutes();
        assertTrue(Math.abs(minutesAfterReceipt - (hours - hoursAgo) * 60) <= 2,
                authority + ": due " + minutesAfterReceipt + " min after receipt, expected " + (hours - hoursAgo) * 60);
    }
}
