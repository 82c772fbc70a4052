package cn.healthsec.reporting.riskassessment;

import cn.healthsec.reporting.support.Fixtures;
import cn.healthsec.reporting.support.PersonalData;
import cn.healthsec.reporting.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;

import java.util.List;

import static cn.healthsec.reporting.support.Fixtures.riskAssessment;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** Risk-assessment reports end to end: routed by the institution's data status, checked, metadata only. */
@QuarkusTest
class RiskAssessmentFlowTest {

    static ValidatableResponse file(String uscc, String body) {
        return given().auth().oauth2(Tokens.institution(uscc)).contentType("application/json").header("Accept-Language", "en")
                .body(body).post("/api/v1/risk-assessment-reports").then();
    }

    /** 2026 Data Measures art. 10 (the province, notifying its CAC and PSB) and art. 9(3) (the local commission too). */
    @Test
    void shouldSendAnImportantDataInstitutionsReportToItsProvinceWithSameLevelNotifications() {
        String uscc = Fixtures.registerInstitution("110105", null, true, false);
        file(uscc, riskAssessment("ANNUAL", null)).statusCode(201)
                .body("routes.authorityId", equalTo(List.of("HC-110000", "CAC-110000", "PSB-110000", "HC-110105")))
                .body("routes.reason", equalTo(List.of("PROVINCIAL_RISK_ASSESSMENT", "SAME_LEVEL_NOTIFICATION", "SAME_LEVEL_NOTIFICATION",
                        "SUPERVISING_HEALTH_AUTHORITY")))
                .body("findings.code", hasItem("RA_ANNUAL_DUE_DATE_SET_BY_INTERVAL"))
                .body("deadlines.obligation", hasItem("NEXT_ANNUAL_RISK_ASSESSMENT_REPORT"));
        given().auth().oauth2(Tokens.authority("CAC-110000")).get("/api/v1/authorities/CAC-110000/inbox").then().statusCode(200)
                .body("entries.institution.uscc", hasItem(uscc));
    }

    /**
     * 2026 Data Measures art. 9(3) ("report to the local health administrative authority") and
     * art. 10 (to the provincial one): where the province supervises the institution itself, it is
     * the report's one health-commission recipient and its primary one — it can accept the report
     * or return it for correction; the CAC and PSB it notifies hold copies and cannot.
     */
    @Test
    void shouldLetAProvinceThatSupervisesTheInstitutionDecideOnItsReport() {
        String uscc = Fixtures.registerInstitution("110105", "HC-110000", true, false);
        String id = file(uscc, riskAssessment("ANNUAL", null)).statusCode(201)
                .body("routes.authorityId", equalTo(List.of("HC-110000", "CAC-110000", "PSB-110000")))
                .body("routes.reason", equalTo(List.of("SUPERVISING_HEALTH_AUTHORITY", "SAME_LEVEL_NOTIFICATION", "SAME_LEVEL_NOTIFICATION")))
                .extract().path("id");
        String etag = given().auth().oauth2(Tokens.institution(uscc)).get("/api/v1/submissions/" + id).then().statusCode(200)
                .extract().header("ETag");
        given().auth().oauth2(Tokens.authority("CAC-110000")).contentType("application/json").header("If-Match", etag)
                .body("{\"outcome\": \"ACCEPTED\"}").post("/api/v1/submissions/" + id + "/decisions").then().statusCode(403);
        given().auth().oauth2(Tokens.authority("HC-110000")).contentType("application/json").header("If-Match", etag)
                .body("{\"outcome\": \"ACCEPTED\"}").post("/api/v1/submissions/" + id + "/decisions").then().statusCode(201)
                .body("outcome", equalTo("ACCEPTED"));
    }

    /** 2026 Data Measures art. 10: an NHC-supervised institution's report reaches the national CAC and the MPS, "at the same level". */
    @Test
    void shouldNotifyTheNationalCacAndTheMpsOfAnNhcSupervisedInstitutionsReport() {
        String uscc = Fixtures.registerInstitution("110102", "NHC", true, false);
        file(uscc, riskAssessment("ANNUAL", null)).statusCode(201)
                .body("routes.authorityId", equalTo(List.of("NHC", "CAC", "MPS")));
        for (String national : List.of("CAC", "MPS")) {
            given().auth().oauth2(Tokens.authority(national)).get("/api/v1/authorities/" + national + "/inbox?acknowledged=false&limit=500")
                    .then().statusCode(200).body("entries.institution.uscc", hasItem(uscc));
        }
        given().auth().oauth2(Tokens.authority("CAC")).get("/api/v1/authorities/CAC-110000/inbox").then().statusCode(403);
    }

    @Test
    void shouldSendOtherInstitutionsReportsToTheirSupervisor() {
        String uscc = Fixtures.registerInstitution("110105", null, false, false);
        file(uscc, riskAssessment("ANNUAL", null)).statusCode(201)
                .body("routes.authorityId", equalTo(List.of("HC-110105")))
                .body("deadlines", equalTo(List.of()));
    }

    @Test
    void shouldUseTheNhcOrTheXpccAsTheProvincialLevel() {
        String nhcHospital = Fixtures.registerInstitution("110102", "NHC", true, false);
        file(nhcHospital, riskAssessment("ANNUAL", null)).statusCode(201).body("routes.authorityId", equalTo(List.of("NHC", "CAC", "MPS")));
        String xpcc = Fixtures.registerInstitution("659001", "HC-XPCC", true, false);
        // The test profile configures the XPCC's own due date, 03-31 of the following year.
        file(xpcc, riskAssessment("ANNUAL", null)).statusCode(201)
                .body("routes.authorityId", equalTo(List.of("HC-XPCC", "CAC-XPCC", "PSB-XPCC")))
                .body("findings.code", hasItem("RA_ANNUAL_DUE_DATE_SET_BY_PROVINCE"))
                .body("deadlines.find { it.obligation == 'ANNUAL_RISK_ASSESSMENT_REPORT' }.dueOn", equalTo("2026-03-31"))
                .body("deadlines.find { it.obligation == 'NEXT_ANNUAL_RISK_ASSESSMENT_REPORT' }.dueOn", equalTo("2027-03-31"));
    }

    @Test
    void shouldSendTheCoreDataCrossEntityApplicationToTheNhcWithItsRatio() {
        String uscc = Fixtures.registerInstitution("110105", null, true, true);
        file(uscc, riskAssessment("CORE_DATA_CROSS_ENTITY",
                "\"coreData\": {\"previousYearEndStaticTotal\": 2000000, \"cumulativeProvidedThisYear\": 700000}"))
                .statusCode(201)
                .body("routes.authorityId", equalTo(List.of("NHC")))
                .body("measurements[0].name", equalTo("CORE_DATA_CROSS_ENTITY_RATIO"))
                .body("measurements[0].value", equalTo(0.35f))
                .body("measurements[0].thresholdReached", equalTo(true));
        file(uscc, riskAssessment("ANNUAL", "\"coreData\": {\"previousYearEndStaticTotal\": 2000000, \"cumulativeProvidedThisYear\": 600000}"))
                .statusCode(201).body("findings.code", hasItem("RA_CORE_DATA_CROSS_ENTITY_APPLICATION_REQUIRED"));
        file(uscc, riskAssessment("CORE_DATA_CROSS_ENTITY", null)).statusCode(400).body("errors.field", hasItem("/coreData"));
    }

    @Test
    void shouldCheckTheAssessorAndTheRisks() {
        String uscc = Fixtures.registerInstitution("110105", null, true, true);
        file(uscc, riskAssessment("ANNUAL", null).replace("\"agencyUscc\": \"91310110666007217T\"", "\"agencyUscc\": \"bad\""))
                .statusCode(400).body("errors.field", hasItem("/assessor/agencyUscc"));
        file(uscc, riskAssessment("ANNUAL", "\"risks\": [{\"id\": \"R1\", \"description\": \"权限过大\", \"severity\": \"HIGH\", \"status\": \"OPEN\"}]")
                .replace("\"type\": \"THIRD_PARTY\", \"agencyName\": \"评估机构\", \"agencyUscc\": \"91310110666007217T\"", "\"type\": \"SELF\""))
                .statusCode(201)
                .body("findings.code", hasItems("RA_HIGH_RISK_WITHOUT_RECTIFICATION_DATE", "RA_CORE_DATA_SELF_ASSESSED"));
    }

    @Test
    void shouldRefusePersonalDataOutsideTheResponsibleContact() {
        String uscc = Fixtures.registerInstitution("110105", null);
        String body = riskAssessment("ANNUAL", "\"incidents\": [{\"occurredOn\": \"2025-08-01\", \"summary\": \"泄露了 "
                + PersonalData.RESIDENT_ID + " 等记录\"}]");
        String answer = file(uscc, body).statusCode(422)
                .body("errors.field", equalTo(List.of("/incidents/0/summary")))
                .extract().asString();
        assertFalse(answer.contains(PersonalData.RESIDENT_ID));
    }
}
