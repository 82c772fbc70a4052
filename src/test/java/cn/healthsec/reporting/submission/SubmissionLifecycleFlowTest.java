package cn.healthsec.reporting.submission;

import cn.healthsec.reporting.rules.LegalTime;
import cn.healthsec.reporting.support.Fixtures;
import cn.healthsec.reporting.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 10 §1 end to end: the primary recipient decides; a returned filing owes its correction; the
 * institution amends it (If-Match) into a next version that supersedes it and reaches every
 * recipient; versions, diff and history show it all; retraction; dry runs. Works in Lujiang county
 * (340124) and Chaohu (340181), where no other test registers institutions.
 */
@QuarkusTest
class SubmissionLifecycleFlowTest {

    static final LocalDate TODAY = LegalTime.dateOf(LegalTime.now());
    static final String COUNTY = "340124";
    static final String SUPERVISOR = "HC-" + COUNTY;

    /** A level 3 network decided five days ago; {@code psb}: whether its public-security filing (certificate) is given. */
    static String filing(boolean psb) {
        return """
                { "filingType": "INITIAL",
                  "network": { "id": "his-core", "name": "医院信息系统", "goLiveOn": "%s", "securityTestedOn": "%s",
                               "personalInformationSubjects": 250000, "processesImportantData": false, "processesCoreData": false,
                               "criticalInformationInfrastructure": false },
                  "protectionLevel": 3, "previousProtectionLevel": null, "levelDeterminedOn": "%s",
                  "expertReview": { "reviewedOn": "%s", "summary": "专家评审同意定为第三级" },
                  "superiorApproval": { "authority": "合肥市庐江县卫生健康委员会", "approvedOn": "%s" }%s }
                """.formatted(TODAY.minusYears(1), TODAY.minusYears(1).minusDays(10), TODAY.minusDays(5), TODAY.minusDays(9),
                TODAY.minusDays(6), psb ? """
                ,
                  "publicSecurityFiling": { "filedOn": "%s", "organ": "合肥市公安局庐江分局", "certificateNumber": "34012499001" }"""
                .formatted(TODAY.minusDays(1)) : "");
    }

    static final String RETURN = """
            { "outcome": "RETURNED_FOR_CORRECTION", "comment": "第三级网络须附公安机关备案证明",
              "findings": [ { "field": "/publicSecurityFiling", "code": "CERTIFICATE_MISSING", "message": "请补充公安机关备案证明编号" } ] }
            """;
    static final String ACCEPT = "{\"outcome\": \"ACCEPTED\", \"comment\": \"备案材料齐全\"}";

    static Response file(String token, String body) {
        return given().auth().oauth2(token).contentType("application/json").body(body).post("/api/v1/mlps-filings")
                .then().statusCode(201).header("ETag", notNullValue()).extract().response();
    }

    static String etag(String token, String id) {
        return given().auth().oauth2(token).get("/api/v1/submissions/" + id).then().statusCode(200).extract().header("ETag");
    }

    static Response decide(String authority, String id, String etag, String body) {
        var request = given().auth().oauth2(Tokens.authority(authority)).contentType("application/json").body(body);
        if (etag != null) {
            request.header("If-Match", etag);
        }
        return request.post("/api/v1/submissions/" + id + "/decisions");
    }

    static Response amend(String token, String id, String etag, String body) {
        var request = given().auth().oauth2(token).contentType("application/json").body(body);
        if (etag != null) {
            request.header("If-Match", etag);
        }
        return request.post("/api/v1/submissions/" + id + "/amendments");
    }

    static Response obligations(String token, String uscc) {
        return given().auth().oauth2(token).get("/api/v1/institutions/" + uscc + "/obligations?kind=CORRECTION&limit=500")
                .then().statusCode(200).extract().response();
    }

    /** Issue 10's "done when": returned → amended (If-Match) → accepted, with its history, versions and diff. */
    @Test
    void shouldTakeAFilingFromReturnedThroughAmendedToAccepted() {
        String uscc = Fixtures.registerInstitution(COUNTY, null);
        String token = Tokens.institution(uscc);
        Response first = file(token, filing(false));
        String id = first.path("id");
        String reference = first.path("reference");
        String etag = first.header("ETag");
        assertEquals(etag, etag(token, id), "the receipt's ETag is the submission's");

        Response returned = decide(SUPERVISOR, id, etag, RETURN);
        returned.then().statusCode(201).body("outcome", equalTo("RETURNED_FOR_CORRECTION"))
                .body("authorityId", equalTo(SUPERVISOR)).body("findings[0].field", equalTo("/publicSecurityFiling"));
        String returnedEtag = returned.header("ETag");
        assertNotEquals(etag, returnedEtag, "a decision changes the ETag");

        // The institution sees the return: on the submission, in its listing by status, and as an obligation.
        given().auth().oauth2(token).get("/api/v1/submissions/" + id).then().statusCode(200)
                .body("receipt.status", equalTo("RETURNED_FOR_CORRECTION"))
                .body("decision.outcome", equalTo("RETURNED_FOR_CORRECTION"))
                .body("decision.comment", equalTo("第三级网络须附公安机关备案证明"))
                .body("decision.findings[0].code", equalTo("CERTIFICATE_MISSING"));
        given().auth().oauth2(token).get("/api/v1/submissions?status=RETURNED_FOR_CORRECTION").then().statusCode(200)
                .body("entries.id", equalTo(List.of(id)));
        Map<String, Object> owed = obligations(token, uscc).path("entries[0]");
        assertEquals("CORRECTION", owed.get("kind"));
        assertEquals(reference, owed.get("subject"));
        assertEquals("PENDING", owed.get("state"));
        assertEquals("POLICY", owed.get("origin"), "10 working days is the service's policy (2022 Measures art. 24 says 及时)");
        LocalDate due = LocalDate.parse((String) owed.get("dueOn"));
        assertTrue(due.isAfter(TODAY.plusDays(9)) && due.isBefore(TODAY.plusDays(30)), "10 working days from the return: " + due);

        // An amendment on the ETag read before the decision is a lost update: refused.
        amend(token, id, etag, filing(true)).then().statusCode(412)
                .body("type", equalTo("https://healthsec.cn/problems/precondition-failed"));
        Response second = amend(token, id, returnedEtag, filing(true));
        second.then().statusCode(201).body("reference", equalTo(reference + "/2")).body("routes.authorityId", hasItem(SUPERVISOR));
        String v2 = second.path("id");

        given().auth().oauth2(token).get("/api/v1/submissions/" + id).then().statusCode(200)
                .body("receipt.status", equalTo("SUPERSEDED")).body("nextVersion", equalTo(v2));
        given().auth().oauth2(token).get("/api/v1/submissions/" + v2).then().statusCode(200)
                .body("version", equalTo(2)).body("previousVersion", equalTo(id));
        List<Map<String, Object>> inbox = given().auth().oauth2(Tokens.authority(SUPERVISOR)).get("/api/v1/authorities/" + SUPERVISOR + "/inbox?limit=500")
                .then().statusCode(200).extract().path("entries.findAll { it.submissionId == '" + v2 + "' }");
        assertEquals(1, inbox.size());
        assertEquals(Map.of("submissionId", id, "reference", reference), inbox.get(0).get("amends"), "marked as an amendment");
        Map<String, Object> met = obligations(token, uscc).path("entries[0]");
        assertEquals("MET", met.get("state"), "the corrected version meets the correction: " + met);

        decide(SUPERVISOR, v2, etag(token, v2), ACCEPT).then().statusCode(201).body("outcome", equalTo("ACCEPTED"));
        given().auth().oauth2(token).get("/api/v1/submissions?status=RETURNED_FOR_CORRECTION").then().statusCode(200)
                .body("entries", equalTo(List.of()));
        given().auth().oauth2(token).get("/api/v1/submissions/" + v2).then().body("decision.outcome", equalTo("ACCEPTED"));

        given().auth().oauth2(Tokens.authority(SUPERVISOR)).get("/api/v1/submissions/" + v2 + "/versions").then().statusCode(200)
                .body("versions.version", equalTo(List.of(1, 2)))
                .body("versions.status", equalTo(List.of("SUPERSEDED", "ACCEPTED")))
                .body("versions.decision", equalTo(List.of("RETURNED_FOR_CORRECTION", "ACCEPTED")));
        given().auth().oauth2(token).get("/api/v1/submissions/" + v2 + "/diff?from=1&to=2").then().statusCode(200)
                .contentType("application/json-patch+json")
                .body("size()", equalTo(1)).body("[0].op", equalTo("add")).body("[0].path", equalTo("/publicSecurityFiling"))
                .body("[0].value.certificateNumber", equalTo("34012499001"));
        List<String> events = given().auth().oauth2(token).get("/api/v1/submissions/" + id + "/history").then().statusCode(200)
                .extract().path("events.event");
        assertEquals(List.of("RECEIVED", "ROUTED", "DELIVERED", "RETURNED", "AMENDED", "SUPERSEDED", "ROUTED", "DELIVERED", "DECIDED"),
                events);
        given().auth().oauth2(token).get("/api/v1/submissions/" + id + "/history").then()
                .body("events.find { it.event == 'RETURNED' }.authorityId", equalTo(SUPERVISOR))
                .body("events.find { it.event == 'RETURNED' }.actor", startsWith("authority-user-"));
    }

    @Test
    void shouldRefuseChangesThatDoNotNameTheStateTheyWereMadeOn() {
        String uscc = Fixtures.registerInstitution(COUNTY, null);
        String token = Tokens.institution(uscc);
        String id = file(token, filing(false)).path("id");
        decide(SUPERVISOR, id, null, ACCEPT).then().statusCode(428)
                .body("type", equalTo("https://healthsec.cn/problems/precondition-required"));
        decide(SUPERVISOR, id, "*", ACCEPT).then().statusCode(428);
        amend(token, id, null, filing(true)).then().statusCode(428);
        given().auth().oauth2(token).contentType("application/json").body("{\"reason\": \"误报\"}")
                .post("/api/v1/submissions/" + id + "/retraction").then().statusCode(428);
        decide(SUPERVISOR, id, "\"" + id + ".7\"", ACCEPT).then().statusCode(412);

        // Two amendments made on the same reading: the second is refused, not silently applied over the first.
        String etag = etag(token, id);
        amend(token, id, etag, filing(true)).then().statusCode(201);
        amend(token, id, etag, filing(true)).then().statusCode(412);

        // A retry of an amendment with its Idempotency-Key is answered with the first receipt, however the ETag moved since.
        String other = file(token, filing(false)).path("id");
        String before = etag(token, other);
        String v2 = given().auth().oauth2(token).contentType("application/json").header("If-Match", before).header("Idempotency-Key", "amend-" + other)
                .body(filing(true)).post("/api/v1/submissions/" + other + "/amendments").then().statusCode(201).extract().path("id");
        given().auth().oauth2(token).contentType("application/json").header("If-Match", before).header("Idempotency-Key", "amend-" + other)
                .body(filing(true)).post("/api/v1/submissions/" + other + "/amendments").then().statusCode(200).body("id", equalTo(v2));
        given().auth().oauth2(token).get("/api/v1/submissions/" + other + "/versions").then().body("versions.size()", equalTo(2));
    }

    @Test
    void shouldLetOnlyThePrimaryRecipientDecide() {
        // An important-data institution's risk-assessment report: the county commission is primary, the province and its CAC and PSB hold copies.
        String uscc = Fixtures.registerInstitution(COUNTY, null, true, false);
        String token = Tokens.institution(uscc);
        Response receipt = given().auth().oauth2(token).contentType("application/json").body(Fixtures.riskAssessment("ANNUAL", null))
                .post("/api/v1/risk-assessment-reports").then().log().ifValidationFails().statusCode(201).extract().response();
        String id = receipt.path("id");
        String etag = receipt.header("ETag");
        receipt.then().body("routes.authorityId", hasItems(SUPERVISOR, "HC-340000", "CAC-340000", "PSB-340000"));
        for (String copy : List.of("HC-340000", "CAC-340000", "PSB-340000")) {
            decide(copy, id, etag, ACCEPT).then().statusCode(403)
                    .body("type", equalTo("https://healthsec.cn/problems/forbidden"));
        }
        decide("HC-340181", id, etag, ACCEPT).then().statusCode(404);
        decide("HC-110105", id, etag, ACCEPT).then().statusCode(404);
        given().auth().oauth2(token).contentType("application/json").header("If-Match", etag).body(ACCEPT)
                .post("/api/v1/submissions/" + id + "/decisions").then().statusCode(403);
        given().auth().oauth2(Tokens.admin()).contentType("application/json").header("If-Match", etag).body(ACCEPT)
                .post("/api/v1/submissions/" + id + "/decisions").then().statusCode(403);
        given().contentType("application/json").header("If-Match", etag).body(ACCEPT)
                .post("/api/v1/submissions/" + id + "/decisions").then().statusCode(401);
        decide(SUPERVISOR, id, etag, ACCEPT).then().statusCode(201);

        // An amendment reaches every recipient of the version it amends, marked as such.
        String v2 = amend(token, id, etag(token, id), Fixtures.riskAssessment("ANNUAL", null)).then().statusCode(201).extract().path("id");
        for (String recipient : List.of(SUPERVISOR, "HC-340000", "CAC-340000", "PSB-340000")) {
            List<Map<String, Object>> entries = given().auth().oauth2(Tokens.authority(recipient))
                    .get("/api/v1/authorities/" + recipient + "/inbox?limit=500").then().statusCode(200).extract()
                    .path("entries.findAll { it.submissionId == '" + v2 + "' }");
            assertEquals(1, entries.size(), recipient);
            assertEquals(id, ((Map<?, ?>) entries.get(0).get("amends")).get("submissionId"), recipient);
        }
    }

    @Test
    void shouldRefuseChangesFromAnyoneButTheInstitutionThatFiled() {
        String uscc = Fixtures.registerInstitution(COUNTY, null);
        String token = Tokens.institution(uscc);
        String other = Tokens.institution(Fixtures.registerInstitution("340181", null));
        String id = file(token, filing(false)).path("id");
        String etag = etag(token, id);
        for (String path : List.of("/amendments", "/retraction")) {
            String body = path.equals("/amendments") ? filing(true) : "{\"reason\": \"误报\"}";
            given().auth().oauth2(other).contentType("application/json").header("If-Match", etag).body(body)
                    .post("/api/v1/submissions/" + id + path).then().statusCode(404);
            given().auth().oauth2(Tokens.authority(SUPERVISOR)).contentType("application/json").header("If-Match", etag).body(body)
                    .post("/api/v1/submissions/" + id + path).then().statusCode(403);
            given().auth().oauth2(Tokens.admin()).contentType("application/json").header("If-Match", etag).body(body)
                    .post("/api/v1/submissions/" + id + path).then().statusCode(403);
            given().contentType("application/json").header("If-Match", etag).body(body)
                    .post("/api/v1/submissions/" + id + path).then().statusCode(401);
        }
        for (String path : List.of("/versions", "/history", "/diff")) {
            given().auth().oauth2(other).get("/api/v1/submissions/" + id + path).then().statusCode(404);
            given().auth().oauth2(Tokens.authority("HC-340181")).get("/api/v1/submissions/" + id + path).then().statusCode(404);
            given().auth().oauth2(Tokens.admin()).get("/api/v1/submissions/" + id + path).then().statusCode(403);
            given().get("/api/v1/submissions/" + id + path).then().statusCode(401);
        }
        assertEquals(etag, etag(token, id), "nothing changed");
    }

    @Test
    void shouldRetractASubmissionSentInErrorUntilItIsDecided() {
        String uscc = Fixtures.registerInstitution(COUNTY, null);
        String token = Tokens.institution(uscc);
        String id = file(token, filing(false)).path("id");
        String etag = etag(token, id);
        assertEquals(1, given().auth().oauth2(token).get("/api/v1/institutions/" + uscc + "/obligations?kind=PUBLIC_SECURITY_FILING")
                .then().statusCode(200).extract().<List<?>>path("entries").size());
        given().auth().oauth2(token).contentType("application/json").header("If-Match", etag).body("{}")
                .post("/api/v1/submissions/" + id + "/retraction").then().statusCode(400)
                .body("errors.field", hasItem("/reason"));
        Response retracted = given().auth().oauth2(token).contentType("application/json").header("If-Match", etag)
                .body("{\"reason\": \"误将测试环境数据报送\"}").post("/api/v1/submissions/" + id + "/retraction");
        retracted.then().statusCode(200).body("status", equalTo("RETRACTED"));
        given().auth().oauth2(token).get("/api/v1/submissions/" + id).then().statusCode(200)
                .body("retraction.reason", equalTo("误将测试环境数据报送")).body("receipt.status", equalTo("RETRACTED"));
        List<Map<String, Object>> told = given().auth().oauth2(Tokens.authority(SUPERVISOR))
                .get("/api/v1/authorities/" + SUPERVISOR + "/inbox?limit=500").then().statusCode(200).extract()
                .path("entries.findAll { it.submissionId == '" + id + "' }");
        assertEquals(List.of("SUBMISSION", "RETRACTION"), told.stream().map(e -> e.get("kind")).toList(), "nothing deleted, the recipient told");
        given().auth().oauth2(token).get("/api/v1/institutions/" + uscc + "/obligations?kind=PUBLIC_SECURITY_FILING").then()
                .statusCode(200).body("entries", equalTo(List.of()));
        decide(SUPERVISOR, id, retracted.header("ETag"), ACCEPT).then().statusCode(409);
        amend(token, id, retracted.header("ETag"), filing(true)).then().statusCode(409);
        given().auth().oauth2(token).get("/api/v1/submissions/" + id + "/history").then().statusCode(200)
                .body("events.event", hasItems("RETRACTED", "RETRACTION_DELIVERED"));

        // Once decided, a submission is corrected by an amendment, not retracted.
        String decided = file(token, filing(false)).path("id");
        decide(SUPERVISOR, decided, etag(token, decided), ACCEPT).then().statusCode(201);
        given().auth().oauth2(token).contentType("application/json").header("If-Match", etag(token, decided))
                .body("{\"reason\": \"误报\"}").post("/api/v1/submissions/" + decided + "/retraction").then().statusCode(409)
                .body("detail", notNullValue());
    }

    @Test
    void shouldCheckADecisionWithEveryErrorAtOnceAndNoPersonalData() {
        String uscc = Fixtures.registerInstitution(COUNTY, null);
        String token = Tokens.institution(uscc);
        String id = file(token, filing(false)).path("id");
        String etag = etag(token, id);
        decide(SUPERVISOR, id, etag, "{\"outcome\": \"RETURNED_FOR_CORRECTION\"}").then().statusCode(400)
                .body("errors.field", hasItems("/comment", "/findings"));
        decide(SUPERVISOR, id, etag, """
                {"outcome": "ACCEPTED", "findings": [{"field": "no-slash", "code": "x", "message": ""}]}""").then().statusCode(400)
                .body("errors.field", hasItems("/findings", "/findings/0/field", "/findings/0/code", "/findings/0/message"));
        decide(SUPERVISOR, id, etag, "{\"outcome\": \"MAYBE\"}").then().statusCode(400);
        decide(SUPERVISOR, id, etag, """
                {"outcome": "RETURNED_FOR_CORRECTION", "comment": "联系人身份证 11010519491231002X 有误",
                 "findings": [{"field": "", "code": "OTHER", "message": "见意见"}]}""").then().statusCode(422)
                .body("errors[0].field", equalTo("/comment"));
        assertEquals(etag, etag(token, id), "nothing was decided");
    }

    @Test
    void shouldAnswerADryRunWithTheReceiptAndStoreNothing() {
        String uscc = Fixtures.registerInstitution(COUNTY, null);
        String token = Tokens.institution(uscc);
        given().auth().oauth2(token).contentType("application/json").body(filing(false)).post("/api/v1/mlps-filings?dryRun=true")
                .then().statusCode(200).body("reference", endsWith("-DRYRUN")).body("routes.authorityId", equalTo(List.of(SUPERVISOR)))
                .body("deadlines.obligation", hasItem("PUBLIC_SECURITY_FILING"));
        given().auth().oauth2(token).contentType("application/json").body(Fixtures.ransomware(1, "LARGE", 2_000_000, null))
                .post("/api/v1/incidents?dryRun=true").then().statusCode(200).body("routes.authorityId", hasItem("CAC-340000"));
        given().auth().oauth2(token).contentType("application/json").body(filing(false)).post("/api/v1/mlps-filings?dryRun=yes")
                .then().statusCode(400).body("errors.field", equalTo(List.of("dryRun")));
        given().auth().oauth2(token).get("/api/v1/submissions").then().statusCode(200).body("entries", equalTo(List.of()));
        given().auth().oauth2(token).get("/api/v1/institutions/" + uscc + "/obligations?kind=PUBLIC_SECURITY_FILING").then()
                .statusCode(200).body("entries", equalTo(List.of()));

        // A dry run of an amendment leaves the version it would amend standing.
        String id = file(token, filing(false)).path("id");
        String etag = etag(token, id);
        given().auth().oauth2(token).contentType("application/json").header("If-Match", etag).body(filing(true))
                .post("/api/v1/submissions/" + id + "/amendments?dryRun=true").then().statusCode(200)
                .body("reference", endsWith("-DRYRUN"));
        assertEquals(etag, etag(token, id));
        given().auth().oauth2(token).get("/api/v1/submissions/" + id + "/versions").then().body("versions.size()", equalTo(1));
    }

    @Test
    void shouldCorrectAnIncidentByItsUpdatesNotByDecisionsOrAmendments() {
        String uscc = Fixtures.registerInstitution(COUNTY, null);
        String token = Tokens.institution(uscc);
        Response incident = given().auth().oauth2(token).contentType("application/json").body(Fixtures.ransomware(1, "GENERAL", 0, null))
                .post("/api/v1/incidents").then().log().ifValidationFails().statusCode(201).extract().response();
        String id = incident.path("id");
        String etag = incident.header("ETag");
        decide(SUPERVISOR, id, etag, ACCEPT).then().statusCode(409);
        amend(token, id, etag, Fixtures.ransomware(1, "GENERAL", 0, null)).then().statusCode(409);
        given().auth().oauth2(token).contentType("application/json").header("If-Match", etag).body("{\"reason\": \"误报\"}")
                .post("/api/v1/submissions/" + id + "/retraction").then().statusCode(409);
    }
}
