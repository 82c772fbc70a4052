package cn.healthsec.reporting.submission;

import cn.healthsec.reporting.rules.LegalTime;
import cn.healthsec.reporting.support.Fixtures;
import cn.healthsec.reporting.support.Tokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 14 (growth): a commission's statistics read closed days from their day counts and count the
 * days after them row by row, with the same answer either way. Hohhot, Xincheng district (150102):
 * no other test registers institutions in Hohhot. The progress is shared by the whole schema, so
 * each test puts it back to "nothing rolled up" (every day counted row by row) when it ends.
 */
@QuarkusTest
class SubmissionDayCountsTest {

    static final String COUNTY = "150102";
    /** Huimin district, for the months: its counts hold only what that test files. */
    static final String MONTHS_COUNTY = "150103";
    /**
     * The test's "now": noon yesterday in Shanghai, and receipts placed relative to it. The wall
     * clock made the test depend on the hour it ran: within the roll-up's grace after midnight
     * (healthsec.statistics.rollup-after, 15 minutes) the last day was not yet closed and the count came out
     * one short, and a run crossing midnight saw two "todays".
     */
    Instant now;
    LocalDate today;

    @org.junit.jupiter.api.BeforeEach
    void now() {
        today = LegalTime.dateOf(LegalTime.now()).minusDays(1);
        now = today.atTime(12, 0).atZone(LegalTime.ZONE).toInstant();
    }

    @Inject
    EntityManager em;

    @Inject
    SubmissionDayCounts dayCounts;

    @AfterEach
    void nothingRolledUp() {
        QuarkusTransaction.requiringNew().run(() -> {
            em.createNativeQuery("delete from submission_day_count").executeUpdate();
            em.createNativeQuery("delete from submission_month_count").executeUpdate();
            em.createNativeQuery("update submission_day_count_progress set rolled_through = null").executeUpdate();
        });
    }

    /** Files an MLPS filing for {@code uscc} and moves its receipt {@code daysAgo} legal days back, as if filed then. */
    String fileDaysAgo(String uscc, int daysAgo) {
        String id = given().auth().oauth2(Tokens.institution(uscc)).contentType("application/json")
                .body(Fixtures.levelThreeFiling("INITIAL", today.minusMonths(3)))
                .post("/api/v1/mlps-filings").then().statusCode(201).extract().path("id");
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                        "update submission set received_at = cast(:now as timestamptz) - make_interval(days => :days) where id = cast(:id as uuid)")
                .setParameter("now", java.time.OffsetDateTime.ofInstant(now, LegalTime.ZONE)).setParameter("days", daysAgo)
                .setParameter("id", id).executeUpdate());
        return id;
    }

    static Map<String, Object> countySubmissions(String from, String to) {
        return countySubmissions(COUNTY, from, to);
    }

    static Map<String, Object> countySubmissions(String county, String from, String to) {
        return given().auth().oauth2(Tokens.authority("HC-150100")).get("/api/v1/authorities/HC-150100/statistics?from=" + from + "&to=" + to)
                .then().statusCode(200).extract().path("units.find { it.divisionCode == '" + county + "' }.submissions");
    }

    static List<Map<String, Object>> months(String from, String to) {
        return given().auth().oauth2(Tokens.authority("HC-150100")).get("/api/v1/authorities/HC-150100/statistics?from=" + from + "&to=" + to)
                .then().statusCode(200).extract().path("byMonth");
    }

    LocalDate rolledThrough() {
        return QuarkusTransaction.requiringNew().call(() -> (LocalDate) em.createNativeQuery(
                "select rolled_through from submission_day_count_progress", LocalDate.class).getSingleResult());
    }

    long rolledUp(LocalDate day) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "select coalesce(sum(n), 0) from submission_day_count where day = :day and division_code = :county")
                .setParameter("day", day).setParameter("county", COUNTY).getSingleResult()).longValue());
    }

    @Test
    void shouldAnswerTheSameFromTheDayCountsAsRowByRow() {
        String a = Fixtures.registerInstitution(COUNTY, null, false, false);
        String b = Fixtures.registerInstitution(COUNTY, null, false, false);
        fileDaysAgo(a, 10);
        fileDaysAgo(b, 10);
        fileDaysAgo(a, 3);
        fileDaysAgo(b, 0);
        String from = today.minusDays(30).toString();
        String to = today.toString();
        Map<String, Object> rowByRow = countySubmissions(from, to);
        assertEquals(4, rowByRow.get("MLPS_FILING"), "counted by hand: " + rowByRow);
        assertNull(rolledThrough(), "nothing rolled up before the job runs");

        int days = dayCounts.rollUp(now);
        assertTrue(days >= 10, "every closed day since the first submission, at least the 10 back to ours: " + days);
        assertEquals(today, rolledThrough(), "every day before today rolled up, today not (it has not closed)");
        assertEquals(2, rolledUp(today.minusDays(10)));
        assertEquals(1, rolledUp(today.minusDays(3)));
        assertEquals(rowByRow, countySubmissions(from, to), "the same answer from the day counts and today's rows");
        // A period inside the rolled-up days, and one that starts where they end.
        assertEquals(2, countySubmissions(today.minusDays(12).toString(), today.minusDays(5).toString()).get("MLPS_FILING"));
        assertEquals(1, countySubmissions(to, to).get("MLPS_FILING"));
        // Read from the counts indeed, not row by row: a count changed by hand shows (over 12 days,
        // which hold no whole month, so from the day counts whatever the date).
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("update submission_day_count set n = n + 100"
                + " where day = :day and division_code = :county").setParameter("day", today.minusDays(10)).setParameter("county", COUNTY).executeUpdate());
        assertEquals(104, countySubmissions(today.minusDays(12).toString(), to).get("MLPS_FILING"));

        assertEquals(0, dayCounts.rollUp(now), "each day once");
        // A run that stopped after counting a day but before moving on counts it again: replaced, not added.
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("update submission_day_count_progress set rolled_through = :day")
                .setParameter("day", today.minusDays(10)).executeUpdate());
        assertEquals(10, dayCounts.rollUp(now));
        assertEquals(2, rolledUp(today.minusDays(10)), "the day counted again from its rows, the hand-made count replaced");
        assertEquals(rowByRow, countySubmissions(from, to));
    }

    long monthCount(LocalDate month) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "select coalesce(sum(n), 0) from submission_month_count where month = :month and division_code = :county")
                .setParameter("month", month).setParameter("county", MONTHS_COUNTY).getSingleResult()).longValue());
    }

    @Test
    void shouldReadWholeMonthsFromTheirMonthCounts() {
        String a = Fixtures.registerInstitution(MONTHS_COUNTY, null, false, false);
        LocalDate lastMonth = today.withDayOfMonth(1).minusMonths(1);
        int tenth = (int) java.time.temporal.ChronoUnit.DAYS.between(lastMonth.plusDays(9), today);
        fileDaysAgo(a, tenth);
        fileDaysAgo(a, tenth);
        fileDaysAgo(a, tenth - 3);
        fileDaysAgo(a, 0);
        String from = lastMonth.minusDays(5).toString();
        String to = today.toString();
        Map<String, Object> rowByRow = countySubmissions(MONTHS_COUNTY, from, to);
        assertEquals(4, rowByRow.get("MLPS_FILING"), "counted by hand: " + rowByRow);
        List<Map<String, Object>> monthsRowByRow = months(from, to);

        dayCounts.rollUp(now);
        // The jurisdiction's filings by month read the same from the month and day counts as row by row.
        assertEquals(monthsRowByRow, months(from, to));
        assertEquals(List.of(lastMonth.minusMonths(1).toString().substring(0, 7), lastMonth.toString().substring(0, 7),
                today.toString().substring(0, 7)), monthsRowByRow.stream().map(m -> m.get("month")).toList());
        assertEquals(3, monthCount(lastMonth), "last month summed once its last day was rolled up");
        assertEquals(0, monthCount(today.withDayOfMonth(1)), "this month not yet: it has not closed");
        assertEquals(rowByRow, countySubmissions(MONTHS_COUNTY, from, to), "the same answer from a month, the days around it and today's rows");

        // Read from the month indeed, for a period that holds it whole; a period that begins inside it reads days.
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("update submission_month_count set n = n + 100"
                + " where month = :month and division_code = :county").setParameter("month", lastMonth).setParameter("county", MONTHS_COUNTY)
                .executeUpdate());
        assertEquals(104, countySubmissions(MONTHS_COUNTY, lastMonth.toString(), to).get("MLPS_FILING"));
        assertEquals(4, countySubmissions(MONTHS_COUNTY, lastMonth.plusDays(1).toString(), to).get("MLPS_FILING"));
        assertEquals(103, countySubmissions(MONTHS_COUNTY, lastMonth.toString(), lastMonth.plusMonths(1).minusDays(1).toString()).get("MLPS_FILING"),
                "exactly the month");
        assertEquals(2, countySubmissions(MONTHS_COUNTY, lastMonth.toString(), lastMonth.plusDays(9).toString()).get("MLPS_FILING"),
                "the first ten days of it: days");

        // A rerun from inside the month sums it again from its days, the hand-made count replaced.
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("update submission_day_count_progress set rolled_through = :day")
                .setParameter("day", lastMonth.plusDays(20)).executeUpdate());
        dayCounts.rollUp(now);
        assertEquals(3, monthCount(lastMonth));
        assertEquals(rowByRow, countySubmissions(MONTHS_COUNTY, from, to));
    }

    @Test
    void shouldLeaveADayUntilItClosedLongerAgoThanATransactionCanRun() {
        String a = Fixtures.registerInstitution(COUNTY, null, false, false);
        fileDaysAgo(a, 1);
        // Five minutes after midnight, yesterday has not been closed for the margin (15 minutes): a
        // filing of 23:59 may still be committing. Only the days before it are rolled up.
        Instant justAfterMidnight = today.atStartOfDay(LegalTime.ZONE).toInstant().plus(Duration.ofMinutes(5));
        dayCounts.rollUp(justAfterMidnight);
        assertEquals(today.minusDays(1), rolledThrough());
        assertEquals(0, rolledUp(today.minusDays(1)));
        assertEquals(1, countySubmissions(today.minusDays(1).toString(), today.minusDays(1).toString()).get("MLPS_FILING"),
                "yesterday still counted row by row");
        // Twenty minutes after midnight it has.
        dayCounts.rollUp(justAfterMidnight.plus(Duration.ofMinutes(15)));
        assertEquals(today, rolledThrough());
        assertEquals(1, rolledUp(today.minusDays(1)));
        assertEquals(1, countySubmissions(today.minusDays(1).toString(), today.minusDays(1).toString()).get("MLPS_FILING"));
    }
}
