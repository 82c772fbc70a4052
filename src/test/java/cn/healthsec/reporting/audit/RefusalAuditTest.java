package cn.healthsec.reporting.audit;

import cn.healthsec.reporting.privacy.PersonalDataDetector;
import cn.healthsec.reporting.support.Fixtures;
import cn.healthsec.reporting.support.LogCapture;
import cn.healthsec.reporting.support.PersonalData;
import cn.healthsec.reporting.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.transaction.Transactional;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 7 item 11: every refusal is audited — who (as far as a valid token says), where, the status
 * and the problem type — never the body. Before: a 403 from a role check ran on the event loop,
 * could not write its record (BlockingOperationNotAllowedException, 798 log lines in one probing
 * run) and was never audited; refused submissions (400/422/409) were not audited at all.
 * Its institutions are in 120101 (Tianjin Heping), so that its reports fill no other test's inbox.
 */
@QuarkusTest
class RefusalAuditTest {

    @Test
    void shouldAuditARoleRefusalOnTheEventLoopExactlyOnce() {
        String subject = "his-" + UUID.randomUUID();
        String uscc = Fixtures.registerInstitution("120101", null);
        String path = "/api/v1/authorities/HC-110105/inbox";
        try (LogCapture log = new LogCapture()) {
            for (int i = 0; i < 5; i++) {
                given().auth().oauth2(Tokens.institutionAs(subject, uscc)).get(path).then().statusCode(403);
            }
            assertFalse(String.join("\n", log.lines()).contains("could not audit"), "every refusal was written");
        }
        List<AuditRecord> events = events(subject);
        assertEquals(5, events.size());
        for (AuditRecord e : events) {
            assertEquals("FORBIDDEN", e.action);
            assertEquals("DENIED", e.outcome);
            assertEquals((short) 403, e.status);
            assertEquals("forbidden", e.reason);
            assertEquals("GET", e.targetType);
            assertEquals(path, e.targetId);
            assertEquals("institution", e.actorRole);
            assertEquals(uscc, e.actorOrg);
        }
    }

    @Test
    void shouldAuditRefusedSubmissionsWithoutTheirBody() {
        String subject = "his-" + UUID.randomUUID();
        String uscc = Fixtures.registerInstitution("120101", null);
        String token = Tokens.institutionAs(subject, uscc);
        given().auth().oauth2(token).contentType("application/json")
                .body(Fixtures.sampleFiling().replace("\"protectionLevel\": 3", "\"protectionLevel\": 9"))
                .post("/api/v1/mlps-filings").then().statusCode(400);
        given().auth().oauth2(token).contentType("application/json")
                .body(Fixtures.sampleFiling().replace("医院信息系统", "病人 " + PersonalData.RESIDENT_ID))
                .post("/api/v1/mlps-filings").then().statusCode(422);
        given().auth().oauth2(token).contentType("application/json").header("Idempotency-Key", "k")
                .body(Fixtures.sampleFiling()).post("/api/v1/mlps-filings").then().statusCode(201);
        given().auth().oauth2(token).contentType("application/json").header("Idempotency-Key", "k")
                .body(Fixtures.sampleFiling().replace("2026-03-06", "2026-03-05")).post("/api/v1/mlps-filings").then().statusCode(409);
        given().auth().oauth2(token).contentType("text/plain").body("x").post("/api/v1/mlps-filings").then().statusCode(415);

        List<AuditRecord> refused = events(subject).stream().filter(e -> "REFUSED".equals(e.action)).toList();
        assertEquals(List.of("validation", "unprocessable", "conflict", "unsupported-media-type"),
                refused.stream().map(e -> e.reason).toList());
        assertEquals(List.of((short) 400, (short) 422, (short) 409, (short) 415), refused.stream().map(e -> e.status).toList());
        assertTrue(refused.stream().allMatch(e -> "/api/v1/mlps-filings".equals(e.targetId) && "POST".equals(e.targetType)
                && uscc.equals(e.actorOrg)));
        assertEquals(0, mentioning(PersonalData.RESIDENT_ID), "no audit record holds what a refused body carried");
    }

    @Test
    void shouldAuditUnauthenticatedCallsAndHttpLayerRefusals() {
        String marker = unredacted("/api/v1/submissions/");
        given().get(marker).then().statusCode(401);
        given().auth().oauth2(Tokens.expired("12110105MB00000006")).get(marker).then().statusCode(401);
        assertEquals(2, at(marker, "UNAUTHENTICATED", (short) 401));
        String tooLong = unredacted("/api/v1/divisions/");
        given().header("X-Padding", "p".repeat(30_000)).get(tooLong).then().statusCode(431);
        assertEquals(1, at(tooLong, "REFUSED", (short) 431));
    }

    /**
     * A path unique to this test, found by itself in the audit trail: a random UUID, unless its digits
     * happen to read as personal data (about 1 in 370 holds a run such as 18116662…), which the trail
     * records redacted (AuditLog.refused) and this test could then not find.
     */
    static String unredacted(String prefix) {
        String path;
        do {
            path = prefix + UUID.randomUUID();
        } while (!PersonalDataDetector.redacted(path).equals(path));
        return path;
    }

    @Transactional
    List<AuditRecord> events(String actor) {
        return AuditRecord.<AuditRecord>list("actor = ?1 order by id", actor);
    }

    @Transactional
    long mentioning(String value) {
        return AuditRecord.count("targetId like ?1 or actor like ?1 or reason like ?1", "%" + value + "%");
    }

    @Transactional
    long at(String path, String action, short status) {
        return AuditRecord.count("targetId = ?1 and action = ?2 and status = ?3", path, action, status);
    }
}
