package cn.healthsec.reporting.dataexport;

import cn.healthsec.reporting.support.Fixtures;
import cn.healthsec.reporting.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

/**
 * Issue 29 §1: the cross-border application and the external provision report on the shared intake.
 * 2026 Data Measures art. 22(4): "…report to the local health administrative authority for review and
 * approval, after which the provincial-level cybersecurity authority shall apply to the national
 * cybersecurity authority for a Data Export Security Assessment"; art. 15 ¶3: "promptly report to
 * the local health administrative authority on the external provision of healthcare institution
 * data". Institutions in 110108 (Beijing Haidian), supervised by HC-110108; the provincial CAC is
 * CAC-110000.
 */
@QuarkusTest
class DataExportFlowTest {

    static final LocalDate TODAY = cn.healthsec.reporting.rules.LegalTime.dateOf(cn.healthsec.reporting.rules.LegalTime.now());

    static String application(String grade) {
        return """
                {"selfAssessment": {"assessedOn": "%s", "conclusion": "ACCEPTABLE_WITH_MEASURES", "risks": ["接收方所在国保护水平差异"]},
                 "leadingGroupApproval": {"approvedOn": "%s", "minuteReference": "会议纪要〔2026〕2号"},
                 "data": [{"catalogueItemId": "trial", "category": "MEDICAL_APPLICATION", "grade": "%s", "personalInformation": false}],
                 "volume": {"records": 5000, "personalInformationSubjects": 0},
                 "recipient": {"name": "某国际临床试验数据中心", "country": "SG"},
                 "purpose": "国际多中心临床试验", "plannedStartOn": "%s", "securityMeasures": ["传输加密"]}
                """.formatted(TODAY.minusDays(20), TODAY.minusDays(10), grade, TODAY.plusMonths(3));
    }

    static String provision(String country, String application) {
        return """
                {"recipient": {"name": "某研究机构", "country": "%s"}, "purpose": "联合研究", "legalBasis": "AGREEMENT",
                 "data": [{"catalogueItemId": "trial", "category": "MEDICAL_APPLICATION", "grade": "IMPORTANT", "personalInformation": false}],
                 "volume": {"records": 5000, "personalInformationSubjects": 0}, "method": "FILE_TRANSFER", "startsOn": "%s",
                 "agreementReference": "协议〔2026〕8号", "securityMeasures": ["传输加密"],
                 "riskAssessment": {"assessedOn": "%s", "conclusion": "ACCEPTABLE"},
                 "approval": {"approvedBy": "数据安全管理委员会", "approvedOn": "%s"}%s}
                """.formatted(country, TODAY.minusDays(2), TODAY.minusDays(9), TODAY.minusDays(5),
                application == null ? "" : ", \"crossBorderApplication\": \"" + application + "\"");
    }

    static ValidatableResponse file(String uscc, String path, String body) {
        return given().auth().oauth2(Tokens.institution(uscc)).header("Accept-Language", "en").contentType("application/json")
                .body(body).post(path).then();
    }

    static String etag(String uscc, String id) {
        return given().auth().oauth2(Tokens.institution(uscc)).get("/api/v1/submissions/" + id).then().statusCode(200).extract().header("ETag");
    }

    static ValidatableResponse decide(String authority, String id, String etag, String body) {
        return given().auth().oauth2(Tokens.authority(authority)).contentType("application/json").header("If-Match", etag)
                .header("Accept-Language", "en").body(body).post("/api/v1/submissions/" + id + "/decisions").then();
    }

    @Test
    void shouldHandAnApprovedApplicationToTheProvincialCacAndAcceptItsReferenceAfterwards() {
        String uscc = Fixtures.registerInstitution("110108", null, true, false);
        var receipt = file(uscc, "/api/v1/cross-border-applications", application("IMPORTANT")).statusCode(201)
                .body("type", equalTo("CROSS_BORDER_APPLICATION"))
                .body("routes.authorityId", equalTo(List.of("HC-110108")))
                .body("routes[0].citation.article", equalTo("第二十二条第（四）项"))
                .body("deadlines[0].state", equalTo("MET"))
                .extract().response();
        String id = receipt.path("id");
        String reference = receipt.path("reference");

        // Before approval the export has no basis: an external provision abroad naming it is a violation.
        file(uscc, "/api/v1/external-provision-reports", provision("SG", reference)).statusCode(201)
                .body("findings.code", hasItem("EXTERNAL_PROVISION_ABROAD_WITHOUT_APPROVED_APPLICATION"));
        given().auth().oauth2(Tokens.authority("CAC-110000")).get("/api/v1/submissions/" + id).then().statusCode(404);

        // An application is approved or refused, not "accepted"; a refusal gives its reasons.
        String etag = etag(uscc, id);
        decide("HC-110108", id, etag, "{\"outcome\": \"ACCEPTED\"}").statusCode(400)
                .body("errors[0].field", equalTo("/outcome")).body("errors[0].code", equalTo("not_for_this_type"));
        decide("HC-110108", id, etag, "{\"outcome\": \"REFUSED\"}").statusCode(400)
                .body("errors.field", hasItem("/comment"));
        decide("HC-110108", id, etag, "{\"outcome\": \"APPROVED\"}").statusCode(201).body("outcome", equalTo("APPROVED"));

        // "…after which the provincial-level cybersecurity authority shall apply": CAC-110000 receives it, as a copy.
        given().auth().oauth2(Tokens.authority("CAC-110000")).header("Accept-Language", "en")
                .get("/api/v1/authorities/CAC-110000/inbox?limit=500").then().statusCode(200)
                .body("entries.find { it.submissionId == '" + id + "' }.reason", equalTo("EXPORT_SECURITY_ASSESSMENT"))
                .body("entries.find { it.submissionId == '" + id + "' }.citation.article", equalTo("第二十二条第（四）项"));
        given().auth().oauth2(Tokens.authority("CAC-110000")).get("/api/v1/submissions/" + id).then().statusCode(200)
                .body("decision.outcome", equalTo("APPROVED"));
        decide("CAC-110000", id, etag(uscc, id), "{\"outcome\": \"REFUSED\", \"comment\": \"不同意\"}").statusCode(403);
        given().auth().oauth2(Tokens.authority("PSB-110000")).get("/api/v1/submissions/" + id).then().statusCode(404);

        // Now the approved reference is the basis of the export, in a provision report and in the catalogue.
        file(uscc, "/api/v1/external-provision-reports", provision("SG", reference)).statusCode(201)
                .body("findings.code", not(hasItem("EXTERNAL_PROVISION_ABROAD_WITHOUT_APPROVED_APPLICATION")))
                .body("routes.authorityId", equalTo(List.of("HC-110108")))
                .body("deadlines[0].obligation", equalTo("EXTERNAL_PROVISION_REPORT"));
        file(uscc, "/api/v1/external-provision-reports", provision("SG", "CBA-2026-99999999")).statusCode(201)
                .body("findings.code", hasItem("EXTERNAL_PROVISION_ABROAD_WITHOUT_APPROVED_APPLICATION"));

        // The ledger holds the application to its planned start and the provisions to their 10 working days.
        given().auth().oauth2(Tokens.institution(uscc)).get("/api/v1/institutions/" + uscc + "/obligations?kind=CROSS_BORDER_APPLICATION")
                .then().statusCode(200).body("entries[0].state", equalTo("MET")).body("entries[0].subject", equalTo(reference));
        given().auth().oauth2(Tokens.institution(uscc)).get("/api/v1/institutions/" + uscc + "/obligations?kind=EXTERNAL_PROVISION_REPORT")
                .then().statusCode(200).body("entries.size()", equalTo(3)).body("entries.state", not(hasItem("OVERDUE")));
    }

    /** A report is accepted or returned, never "approved"; an application outside art. 7 (general data, no PI) is not handed over. */
    @Test
    void shouldKeepDecisionsToTheirTypesAndHandOverOnlyWhatTheAssessmentReaches() {
        String uscc = Fixtures.registerInstitution("110108", null, false, false);
        String provision = file(uscc, "/api/v1/external-provision-reports", provision("CN", null)).statusCode(201).extract().path("id");
        decide("HC-110108", provision, etag(uscc, provision), "{\"outcome\": \"APPROVED\"}").statusCode(400)
                .body("errors[0].code", equalTo("not_for_this_type")).body("errors[0].message", containsString("ACCEPTED, RETURNED_FOR_CORRECTION"));
        String id = file(uscc, "/api/v1/cross-border-applications", application("GENERAL")).statusCode(201)
                .body("findings.code", hasItem("CROSS_BORDER_OUTSIDE_ARTICLE_7")).extract().path("id");
        decide("HC-110108", id, etag(uscc, id), "{\"outcome\": \"APPROVED\"}").statusCode(201);
        given().auth().oauth2(Tokens.authority("CAC-110000")).get("/api/v1/submissions/" + id).then().statusCode(404);
        // Refused, with its reasons: the standing decision, which no rule accepts as a basis.
        String refused = file(uscc, "/api/v1/cross-border-applications", application("IMPORTANT")).statusCode(201).extract().path("id");
        decide("HC-110108", refused, etag(uscc, refused), "{\"outcome\": \"REFUSED\", \"comment\": \"自评估未覆盖接收方的安全能力\"}")
                .statusCode(201).body("outcome", equalTo("REFUSED"));
        given().auth().oauth2(Tokens.authority("CAC-110000")).get("/api/v1/submissions/" + refused).then().statusCode(404);
        // An export names a recipient abroad.
        file(uscc, "/api/v1/cross-border-applications", application("GENERAL").replace("\"SG\"", "\"CN\"")).statusCode(400)
                .body("errors[0].field", equalTo("/recipient/country")).body("errors[0].code", equalTo("not_abroad"));
    }
}
