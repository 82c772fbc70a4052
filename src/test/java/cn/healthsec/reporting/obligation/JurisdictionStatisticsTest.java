package cn.healthsec.reporting.obligation;

import cn.healthsec.reporting.support.Fixtures;
import cn.healthsec.reporting.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import io.restassured.response.Response;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static cn.healthsec.reporting.obligation.ObligationLedgerFlowTest.TODAY;
import static cn.healthsec.reporting.obligation.ObligationLedgerFlowTest.levelThreeFiling;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 9 §2 on a seeded jurisdiction whose answers were computed by hand. Hangzhou (330100), the
 * period from 400 days ago to 30 days ahead:
 * <ul>
 * <li>西湖区 330106: A filed an L3 network last assessed 14 months ago — public-security filing and
 * superior report met, the assessment (due 2 months ago) OVERDUE; C filed the same and then a newer
 * assessment — filing and report met, the old cycle met LATE. Due 6 = 4 on time + 1 late + 1
 * overdue; on-time rate 4/6 = 0.6667; 3 MLPS filings; 3 entries waiting in HC-330106's inbox.</li>
 * <li>滨江区 330108: B registered, nothing filed: its first review and report fall due in 12 months,
 * outside the period — nothing due, the rate is null (not 0%, not 100%).</li>
 * <li>上城区 330102: no institutions — zeros and a null rate.</li>
 * </ul>
 * No other test registers institutions in Hangzhou.
 */
@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class JurisdictionStatisticsTest {

    static final LocalDate FROM = TODAY.minusDays(400);
    static final LocalDate TO = TODAY.plusDays(30);
    static final String PERIOD = "?from=" + FROM + "&to=" + TO;

    String a;
    String b;
    String c;

    @BeforeEach
    void seed() {
        if (a != null) {
            return;
        }
        a = Fixtures.registerInstitution("330106", null, false, false);
        given().auth().oauth2(Tokens.institution(a)).contentType("application/json").body(levelThreeFiling("INITIAL", TODAY.minusMonths(14)))
                .post("/api/v1/mlps-filings").then().statusCode(201);
        c = Fixtures.registerInstitution("330106", null, false, false);
        given().auth().oauth2(Tokens.institution(c)).contentType("application/json").body(levelThreeFiling("INITIAL", TODAY.minusMonths(14)))
                .post("/api/v1/mlps-filings").then().statusCode(201);
        given().auth().oauth2(Tokens.institution(c)).contentType("application/json").body(levelThreeFiling("INITIAL", TODAY.minusDays(20)))
                .post("/api/v1/mlps-filings").then().statusCode(201);
        b = Fixtures.registerInstitution("330108", null, false, false);
    }

    static Map<String, Object> unit(Response r, String code) {
        return r.path("units.find { it.divisionCode == '" + code + "' }");
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> part(Map<String, Object> unit, String name) {
        return (Map<String, Object>) unit.get(name);
    }

    static void assertObligations(Map<String, Object> unit, int due, int onTime, int late, int overdue, Object rate) {
        Map<String, Object> o = part(unit, "obligations");
        assertEquals(due, o.get("due"), unit.get("divisionCode") + " due");
        assertEquals(onTime, o.get("metOnTime"));
        assertEquals(late, o.get("metLate"));
        assertEquals(overdue, o.get("overdue"));
        assertEquals(rate, o.get("onTimeRate") == null ? null : o.get("onTimeRate").toString());
    }

    @Test
    void shouldCountThePrefectureAndEachCountyAsComputedByHand() {
        Response r = given().auth().oauth2(Tokens.authority("HC-330100")).get("/api/v1/authorities/HC-330100/statistics" + PERIOD)
                .then().statusCode(200).body("from", equalTo(FROM.toString())).body("to", equalTo(TO.toString())).extract().response();
        List<String> units = r.path("units.divisionCode");
        assertEquals(List.of("330102", "330103", "330104", "330105", "330106", "330108", "330109", "330110", "330111", "330112",
                "330122", "330127", "330182"), units);

        Map<String, Object> whole = r.path("jurisdiction");
        assertEquals(3, whole.get("institutions"));
        assertObligations(whole, 6, 4, 1, 1, "0.6667");
        assertEquals(3, part(whole, "submissions").get("MLPS_FILING"));
        assertEquals(0, part(whole, "submissions").get("INCIDENT_REPORT"));
        assertEquals(0, part(whole, "inbox").get("unacknowledged"));
        assertNull(part(whole, "inbox").get("oldestUnacknowledgedAt"));

        Map<String, Object> xihu = unit(r, "330106");
        assertEquals("西湖区", xihu.get("divisionName"));
        assertEquals("HC-330106", xihu.get("authorityId"));
        assertEquals(2, xihu.get("institutions"));
        assertObligations(xihu, 6, 4, 1, 1, "0.6667");
        assertEquals(0, part(xihu, "obligations").get("pending"));
        assertEquals(3, part(xihu, "submissions").get("MLPS_FILING"));
        assertEquals(3, part(xihu, "inbox").get("unacknowledged"));
        assertTrue(((Number) part(xihu, "inbox").get("oldestUnacknowledgedAgeSeconds")).longValue() >= 0);

        Map<String, Object> binjiang = unit(r, "330108");
        assertEquals(1, binjiang.get("institutions"));
        assertObligations(binjiang, 0, 0, 0, 0, null);

        Map<String, Object> shangcheng = unit(r, "330102");
        assertEquals(0, shangcheng.get("institutions"));
        assertObligations(shangcheng, 0, 0, 0, 0, null);
        assertEquals(0, part(shangcheng, "submissions").get("MLPS_FILING"));
    }

    /**
     * Filings by month: every month the period touches is present, oldest first, every type in each;
     * the three filings (received now) are counted in the month they were received, and the months
     * add up to the period's count by type.
     */
    @Test
    void shouldCountTheSubmissionsOfEachMonthOfThePeriod() {
        Response r = given().auth().oauth2(Tokens.authority("HC-330100")).get("/api/v1/authorities/HC-330100/statistics" + PERIOD)
                .then().statusCode(200).extract().response();
        List<Map<String, Object>> months = r.path("byMonth");
        List<String> expected = new java.util.ArrayList<>();
        for (java.time.YearMonth m = java.time.YearMonth.from(FROM); !m.isAfter(java.time.YearMonth.from(TO)); m = m.plusMonths(1)) {
            expected.add(m.toString());
        }
        assertEquals(expected, months.stream().map(m -> m.get("month")).toList());
        String received = java.time.YearMonth.from(cn.healthsec.reporting.rules.LegalTime.dateOf(cn.healthsec.reporting.rules.LegalTime.now()))
                .toString();
        Map<String, Object> thisMonth = months.stream().filter(m -> received.equals(m.get("month"))).findFirst().orElseThrow();
        assertEquals(3, part(thisMonth, "submissions").get("MLPS_FILING"));
        assertEquals(10, part(thisMonth, "submissions").size());
        assertEquals(3, months.stream().mapToInt(m -> (Integer) part(m, "submissions").get("MLPS_FILING")).sum());
    }

    @Inject
    cn.healthsec.reporting.routing.InboxService inbox;

    /**
     * The backlog by age: 西湖区's three entries, just delivered, wait under a day; read as of later
     * instants they move through each band (the bands' edges: 24 h, 72 h, 7 days, 30 days), and the
     * bands always add up to the backlog.
     */
    @Test
    void shouldBandTheBacklogByHowLongItWaited() {
        Response r = given().auth().oauth2(Tokens.authority("HC-330100")).get("/api/v1/authorities/HC-330100/statistics" + PERIOD)
                .then().statusCode(200).extract().response();
        Map<String, Object> ages = part(part(unit(r, "330106"), "inbox"), "byAge");
        assertEquals(Map.of("underOneDay", 3, "oneToThreeDays", 0, "threeToSevenDays", 0, "sevenToThirtyDays", 0, "overThirtyDays", 0), ages);
        assertEquals(Map.of("underOneDay", 0, "oneToThreeDays", 0, "threeToSevenDays", 0, "sevenToThirtyDays", 0, "overThirtyDays", 0),
                part(part(r.path("jurisdiction"), "inbox"), "byAge"));

        java.time.Instant now = cn.healthsec.reporting.rules.LegalTime.now();
        java.time.Duration[] later = {java.time.Duration.ofHours(30), java.time.Duration.ofDays(5), java.time.Duration.ofDays(10),
                java.time.Duration.ofDays(40)};
        for (int band = 0; band < later.length; band++) {
            List<Long> counts = inbox.backlogs(List.of("HC-330106"), now.plus(later[band])).get("HC-330106").byAge();
            List<Long> expected = new java.util.ArrayList<>(List.of(0L, 0L, 0L, 0L, 0L));
            expected.set(band + 1, 3L);
            assertEquals(expected, counts, "as of " + later[band] + " from now");
        }
    }

    @Test
    void shouldRollTheCountiesUpIntoTheirPrefectureForTheProvince() {
        Response r = given().auth().oauth2(Tokens.authority("HC-330000")).get("/api/v1/authorities/HC-330000/statistics" + PERIOD)
                .then().statusCode(200).extract().response();
        Map<String, Object> hangzhou = unit(r, "330100");
        assertEquals(3, hangzhou.get("institutions"));
        assertObligations(hangzhou, 6, 4, 1, 1, "0.6667");
        Map<String, Object> ningbo = unit(r, "330200");
        assertObligations(ningbo, 0, 0, 0, 0, null);
        // A county's commission has no units; its own counts are those of its county.
        Response county = given().auth().oauth2(Tokens.authority("HC-330108")).get("/api/v1/authorities/HC-330108/statistics" + PERIOD)
                .then().statusCode(200).body("units.size()", equalTo(0)).extract().response();
        assertEquals(1, (Integer) county.path("jurisdiction.institutions"));
    }

    @Test
    void shouldNarrowThePeriod() {
        // Only the 14-month-old assessment's due day (2 months ago) is in a period of the last 100 days.
        Response r = given().auth().oauth2(Tokens.authority("HC-330106"))
                .get("/api/v1/authorities/HC-330106/statistics?from=" + TODAY.minusDays(100) + "&to=" + TODAY)
                .then().statusCode(200).extract().response();
        assertObligations(r.path("jurisdiction"), 2, 0, 1, 1, "0.0");
    }

    @Test
    void shouldAnswerCsvWithTheSameNumbers() {
        byte[] body = given().auth().oauth2(Tokens.authority("HC-330100")).accept("text/csv")
                .get("/api/v1/authorities/HC-330100/statistics" + PERIOD)
                .then().statusCode(200).contentType("text/csv").extract().asByteArray();
        String csv = new String(body, StandardCharsets.UTF_8);
        assertTrue(csv.startsWith("\uFEFFunit,division_code,division_name,authority_id,institutions,obligations_due,met_on_time,met_late,"
                + "overdue,pending,on_time_rate,"));
        List<String> lines = List.of(csv.substring(1).split("\r\n"));
        assertEquals(1 + 1 + 13, lines.size());
        // One submissions_* column per submission type (ten, with rectification reports, hazard and external provision
        // reports, cross-border applications and level approval requests), then the inbox.
        // The inbox's five age bands close each row (under 1 day, 1–3, 3–7, 7–30 days, longer).
        assertEquals("JURISDICTION,\"330100\",\"杭州市\",\"HC-330100\",3,6,4,1,1,0,0.6667,3,0,0,0,0,0,0,0,0,0,0,,0,0,0,0,0", lines.get(1));
        assertTrue(lines.contains("UNIT,\"330102\",\"上城区\",\"HC-330102\",0,0,0,0,0,0,,0,0,0,0,0,0,0,0,0,0,0,,0,0,0,0,0"), lines.toString());
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("UNIT,\"330106\",") && l.endsWith(",3,0,0,0,0")), lines.toString());

        // The same file from an operation of its own, for generated clients.
        byte[] exported = given().auth().oauth2(Tokens.authority("HC-330100")).get("/api/v1/authorities/HC-330100/statistics/export" + PERIOD)
                .then().statusCode(200).contentType("text/csv").extract().asByteArray();
        assertEquals(csv, new String(exported, StandardCharsets.UTF_8));
        given().auth().oauth2(Tokens.authority("HC-330000")).get("/api/v1/authorities/HC-330100/statistics/export" + PERIOD).then()
                .statusCode(403);
        // A generated client (Python's, default options) names only the error's type: the file all the same; a refusal stays problem+json.
        assertEquals(csv, given().auth().oauth2(Tokens.authority("HC-330100")).accept("application/problem+json")
                .get("/api/v1/authorities/HC-330100/statistics/export" + PERIOD).then().statusCode(200).contentType("text/csv")
                .extract().asString());
        given().auth().oauth2(Tokens.authority("HC-330100")).accept("application/problem+json")
                .get("/api/v1/authorities/HC-330100/statistics/export?from=nope").then().statusCode(400)
                .contentType("application/problem+json");
    }

    @Test
    void shouldListTheJurisdictionsInstitutionsByCompliance() {
        String base = "/api/v1/authorities/HC-330100/institutions?division=330100&compliance=";
        String token = Tokens.authority("HC-330100");
        given().auth().oauth2(token).get(base + "OVERDUE").then().statusCode(200)
                .body("entries.uscc", equalTo(List.of(a)))
                .body("entries[0].overdue", equalTo(1))
                // Every institution owes a personal-information compliance audit (2026 Data Measures art. 26, policy interval).
                .body("entries[0].open.kind", equalTo(List.of("LEVEL_ASSESSMENT", "SELF_INSPECTION_REPORT", "CATALOGUE_REVIEW",
                        "RISK_ASSESSMENT_REPORT", "PERSONAL_INFORMATION_AUDIT")));
        given().auth().oauth2(token).get(base + "LATE").then().statusCode(200)
                .body("entries.uscc", equalTo(List.of(c)))
                .body("entries[0].lateInPast12Months", equalTo(1));
        given().auth().oauth2(token).get(base + "OK").then().statusCode(200).body("entries.uscc", equalTo(List.of(b)));
        given().auth().oauth2(token).get(base + "OVERDUE&type=CATALOGUE_REVIEW").then().statusCode(200).body("entries.size()", equalTo(0));
        given().auth().oauth2(token).get("/api/v1/authorities/HC-330100/institutions?limit=2").then().statusCode(200)
                .body("entries.size()", equalTo(2)).body("next", org.hamcrest.Matchers.notNullValue());
    }

    @Test
    void shouldKeepTheJurisdictionsApart() {
        Response other = given().auth().oauth2(Tokens.authority("HC-340000")).get("/api/v1/authorities/HC-340000/statistics" + PERIOD)
                .then().statusCode(200).extract().response();
        assertEquals(null, unit(other, "330100"), "another province's prefecture is not a unit");
        given().auth().oauth2(Tokens.authority("HC-340000")).get("/api/v1/authorities/HC-340000/institutions?division=330106")
                .then().statusCode(200).body("entries.size()", equalTo(0));
        given().auth().oauth2(Tokens.authority("HC-330106")).get("/api/v1/authorities/HC-330100/statistics").then().statusCode(403);
        given().auth().oauth2(Tokens.authority("HC-330106")).get("/api/v1/authorities/HC-330100/institutions").then().statusCode(403);
        given().auth().oauth2(Tokens.institution(a)).get("/api/v1/authorities/HC-330106/statistics").then().statusCode(403);
        given().auth().oauth2(Tokens.admin()).get("/api/v1/authorities/HC-330106/statistics").then().statusCode(403);
        given().auth().oauth2(Tokens.authority("CAC-330000")).get("/api/v1/authorities/CAC-330000/institutions").then().statusCode(403);
        // A cybersecurity body has no units and counts only what was routed to it: no MLPS filing is.
        given().auth().oauth2(Tokens.authority("CAC-330000")).get("/api/v1/authorities/CAC-330000/statistics" + PERIOD)
                .then().statusCode(200).body("units.size()", equalTo(0))
                .body("jurisdiction.submissions.MLPS_FILING", equalTo(0))
                .body("jurisdiction.obligations.onTimeRate", equalTo(null));
        given().auth().oauth2(Tokens.authority("HC-330100")).get("/api/v1/authorities/HC-330100/statistics?from=" + TO + "&to=" + FROM)
                .then().statusCode(400).body("errors.field", equalTo(List.of("from")));
        given().auth().oauth2(Tokens.authority("HC-330100")).get("/api/v1/authorities/HC-330100/statistics?from=2000-01-01&to=2026-01-01")
                .then().statusCode(400).body("errors.field", equalTo(List.of("to")));
        given().auth().oauth2(Tokens.authority("HC-330100")).get("/api/v1/authorities/HC-330100/statistics?from=yesterday")
                .then().statusCode(400).body("errors.field", equalTo(List.of("from")));
    }
}
