package cn.healthsec.reporting.submission;

import cn.healthsec.reporting.audit.AuditRecord;
import cn.healthsec.reporting.institution.Institution;
import cn.healthsec.reporting.institution.InstitutionService;
import cn.healthsec.reporting.routing.InboxEntryEntity;
import cn.healthsec.reporting.rules.Outcome;
import cn.healthsec.reporting.rules.SubmissionType;
import cn.healthsec.reporting.security.Caller;
import cn.healthsec.reporting.support.Fixtures;
import cn.healthsec.reporting.support.Tokens;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The submission, its type's rows, its queue entries and its audit record are one transaction. */
@QuarkusTest
class SubmissionAtomicityTest {

    @Inject
    SubmissionService submissions;

    @Inject
    InstitutionService institutions;

    @Inject
    ObjectMapper mapper;

    /**
     * A report type writes its own rows after the shared store and the deliveries, in the same
     * transaction: when they fail, nothing of the submission, its inbox entries or its audit record stays.
     */
    @Test
    void shouldKeepNothingWhenAnyPartOfTheWriteFails() throws Exception {
        String uscc = Fixtures.registerInstitution("110105", null);
        Institution institution = institutions.find(uscc).orElseThrow();
        Caller caller = new Caller("test", "institution", uscc, null);
        Received<Object> received = new Received<>(null, mapper.readTree("{\"a\": 1}"), institution, caller, Instant.now(),
                java.util.UUID.randomUUID());
        NewSubmission submission = new NewSubmission(received, SubmissionType.MLPS_FILING, new Outcome(List.of(), List.of()), Set.of());
        assertThrows(IllegalStateException.class, () -> QuarkusTransaction.requiringNew().run(() -> {
            submissions.accept(submission);
            throw new IllegalStateException("the type's own rows could not be written");
        }));
        assertEquals(0, count(uscc));
    }

    @Test
    void shouldAuditAcceptedSubmissionsAndRefusedReads() {
        String uscc = Fixtures.registerInstitution("110105", null);
        String id = given().auth().oauth2(Tokens.institution(uscc)).contentType("application/json").body(Fixtures.sampleFiling())
                .post("/api/v1/mlps-filings").then().statusCode(201).extract().path("id");
        given().auth().oauth2(Tokens.authority("HC-440000")).get("/api/v1/submissions/" + id).then().statusCode(404);
        assertEquals(1, audits(id, "SUBMISSION_ACCEPTED", "SUCCESS"));
        assertEquals(1, audits(id, "SUBMISSION_READ", "DENIED"));
    }

    @Test
    void shouldAuditEveryRefusalWhicheverCheckRefused() {
        given().auth().oauth2(Tokens.authority("HC-130106")).get("/api/v1/authorities/HC-130105/inbox").then().statusCode(403);
        assertEquals(1, forbiddenAuditsAt("GET", "/api/v1/authorities/HC-130105/inbox"));
        given().auth().oauth2(Tokens.admin()).contentType("application/json").body(Fixtures.sampleFiling())
                .post("/api/v1/mlps-filings").then().statusCode(403);
        assertTrue(forbiddenAuditsAt("POST", "/api/v1/mlps-filings") >= 1, "a role refused by @RolesAllowed is audited too");
    }

    @Test
    void shouldRedactPersonalDataFromAuditTargets() {
        String id = cn.healthsec.reporting.support.PersonalData.RESIDENT_ID;
        given().auth().oauth2(Tokens.authority("HC-110000")).get("/api/v1/institutions/" + id).then().statusCode(404);
        assertEquals(0, auditsMentioning(id));
        assertTrue(redactedAudits() >= 1);
    }

    @Transactional
    long auditsMentioning(String value) {
        return AuditRecord.count("targetId like ?1 or actor like ?1", "%" + value + "%");
    }

    @Transactional
    long redactedAudits() {
        return AuditRecord.count("targetId = '[redacted: personal data]'");
    }

    @Transactional
    long forbiddenAuditsAt(String method, String path) {
        return AuditRecord.count("action = 'FORBIDDEN' and outcome = 'DENIED' and targetType = ?1 and targetId = ?2", method, path);
    }

    @Transactional
    long count(String uscc) {
        return SubmissionEntity.count("institutionUscc", uscc)
                + InboxEntryEntity.count("institutionUscc", uscc)
                + AuditRecord.count("action = 'SUBMISSION_ACCEPTED' and actorOrg = ?1", uscc);
    }

    @Transactional
    long audits(String id, String action, String outcome) {
        return AuditRecord.count("targetId = ?1 and action = ?2 and outcome = ?3", id, action, outcome);
    }
}
