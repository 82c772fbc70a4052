package cn.healthsec.reporting.catalogue;

import cn.healthsec.reporting.support.Fixtures;
import cn.healthsec.reporting.support.LogCapture;
import cn.healthsec.reporting.support.PersonalData;
import cn.healthsec.reporting.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.util.List;

import static cn.healthsec.reporting.support.Fixtures.catalogueItem;
import static cn.healthsec.reporting.support.Fixtures.catalogueReport;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Important-data catalogue reports end to end: metadata only, checked, routed, and followed by the registry. */
@QuarkusTest
class CatalogueReportFlowTest {

    static Response file(String uscc, String body) {
        return given().auth().oauth2(Tokens.institution(uscc)).contentType("application/json").header("Accept-Language", "en")
                .body(body).post("/api/v1/data-catalogue-reports");
    }

    @Test
    void shouldRefuseAResidentIdentityNumberNamingTheFieldButNeverTheNumber() {
        String uscc = Fixtures.registerInstitution("110105", null);
        String body = catalogueReport("PERIODIC_REVIEW", null,
                catalogueItem("emr", "IMPORTANT", "", "\"regradingRationale\": \"样例患者 " + PersonalData.RESIDENT_ID + " 的记录\""));
        assertTrue(body.contains(PersonalData.RESIDENT_ID), "the number is planted");
        List<String> logs;
        Response r;
        try (LogCapture capture = new LogCapture()) {
            r = file(uscc, body);
            logs = capture.lines();
        }
        r.then().statusCode(422).contentType("application/problem+json")
                .body("errors.field", equalTo(List.of("/items/0/regradingRationale")))
                .body("errors[0].code", equalTo("personal_data_resident_id"))
                .body("errors[0].message", equalTo("contains a resident identity number: reports carry metadata only"));
        assertFalse(r.asString().contains(PersonalData.RESIDENT_ID), "the answer never echoes the number");
        assertTrue(logs.size() > 0, "the capture saw the request's log lines");
        assertTrue(logs.stream().noneMatch(line -> line.contains(PersonalData.RESIDENT_ID)), "no log line carries the number");
        given().auth().oauth2(Tokens.institution(uscc)).get("/api/v1/submissions").then().statusCode(200).body("entries", empty());
    }

    @Test
    void shouldAllowThePhoneAndEmailOfTheDesignatedContactOnly() {
        String uscc = Fixtures.registerInstitution("110105", null);
        file(uscc, catalogueReport("PERIODIC_REVIEW", null, catalogueItem("emr", "GENERAL", "", null))).then().statusCode(201);
        file(uscc, catalogueReport("PERIODIC_REVIEW", null, catalogueItem("emr", "GENERAL", "", "\"derivedFrom\": \"x\", "
                + "\"regradingRationale\": \"联系 13900139000 或 someone@example.cn\"")))
                .then().statusCode(422).body("errors.code", hasItems("personal_data_mobile", "personal_data_email"));
    }

    @Test
    void shouldListPersonalDataWithTheOtherErrorsOfAMalformedReport() {
        String uscc = Fixtures.registerInstitution("110105", null);
        file(uscc, catalogueReport("PERIODIC_REVIEW", null, catalogueItem("emr", "SECRET", "", "\"regradingRationale\": \"卡 " + PersonalData.BANK_CARD + "\"")))
                .then().statusCode(400).body("errors.code", hasItems("invalid_value", "personal_data_bank_card"));
    }

    @Test
    void shouldLimitTheLengthOfFreeText() {
        String uscc = Fixtures.registerInstitution("110105", null);
        file(uscc, catalogueReport("PERIODIC_REVIEW", null, catalogueItem("emr", "GENERAL", "", "\"regradingRationale\": \""
                + "诊".repeat(1001) + "\"")))
                .then().statusCode(400).body("errors.field", equalTo(List.of("/items/0/regradingRationale")))
                .body("errors[0].code", equalTo("size"));
    }

    @Test
    void shouldRefuseABodyWithTheSameKeyTwice() {
        String uscc = Fixtures.registerInstitution("110105", null);
        file(uscc, catalogueReport("PERIODIC_REVIEW", null, catalogueItem("emr", "GENERAL", "", "\"purpose\": \"另一个用途\"")))
                .then().statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("https://healthsec.cn/problems/malformed-json"));
    }

    @Test
    void shouldRouteToTheSupervisorTheProvinceAndForCoreDataTheNhc() {
        String uscc = Fixtures.registerInstitution("110105", null);
        // 2026 art. 6 ¶1: the provinces propose "catalogues of important data and core data" to the NHC: both reach it (policy).
        file(uscc, catalogueReport("PERIODIC_REVIEW", null, catalogueItem("emr", "IMPORTANT", "", null)))
                .then().statusCode(201).body("routes.authorityId", equalTo(List.of("HC-110105", "HC-110000", "NHC")))
                .body("routes[1].reason", equalTo("PROVINCIAL_CATALOGUE_COMPILATION"))
                .body("routes[2].reason", equalTo("IMPORTANT_DATA_NATIONAL_CATALOGUE"));
        file(uscc, catalogueReport("PERIODIC_REVIEW", null, catalogueItem("stats", "GENERAL", "", null)))
                .then().statusCode(201).body("routes.authorityId", equalTo(List.of("HC-110105", "HC-110000")));
        file(uscc, catalogueReport("PERIODIC_REVIEW", null, catalogueItem("genome", "CORE", "", null)))
                .then().statusCode(201).body("routes.authorityId", equalTo(List.of("HC-110105", "HC-110000", "NHC")));
        String provincial = Fixtures.registerInstitution("440103", "HC-440000");
        file(provincial, catalogueReport("PERIODIC_REVIEW", null, catalogueItem("emr", "IMPORTANT", "", null)))
                .then().statusCode(201).body("routes.authorityId", equalTo(List.of("HC-440000", "NHC")));
        String nhcHospital = Fixtures.registerInstitution("110102", "NHC");
        file(nhcHospital, catalogueReport("PERIODIC_REVIEW", null, catalogueItem("genome", "CORE", "", null)))
                .then().statusCode(201).body("routes.authorityId", equalTo(List.of("NHC")));
    }

    @Test
    void shouldJudgeItemsAgainstTheLevelsOnRecord() {
        String uscc = Fixtures.registerInstitution("110105", null);
        given().auth().oauth2(Tokens.institution(uscc)).contentType("application/json")
                .body(Fixtures.sampleFiling().replace("his-core", "lis").replace("\"protectionLevel\": 3", "\"protectionLevel\": 2"))
                .post("/api/v1/mlps-filings").then().statusCode(201);
        file(uscc, catalogueReport("PERIODIC_REVIEW", null,
                catalogueItem("lab", "IMPORTANT", "\"lis\"", null), catalogueItem("img", "IMPORTANT", "\"pacs\"", null)))
                .then().statusCode(201)
                .body("status", equalTo("ACCEPTED_WITH_FINDINGS"))
                .body("findings.code", hasItems("CATALOGUE_IMPORTANT_DATA_NETWORK_BELOW_LEVEL", "CATALOGUE_NETWORK_NOT_ON_RECORD"))
                .body("findings.find { it.code == 'CATALOGUE_IMPORTANT_DATA_NETWORK_BELOW_LEVEL' }.message",
                        equalTo("Item lab is important data on network lis at MLPS level 2; at least level 3 is required."));
    }

    @Test
    void shouldKeepTheRegistryFlagsInStepWithTheCurrentCatalogue() {
        String uscc = Fixtures.registerInstitution("110105", null, true, false);
        String admin = Tokens.admin();
        String first = file(uscc, catalogueReport("PERIODIC_REVIEW", null, catalogueItem("stats", "GENERAL", "", null)))
                .then().statusCode(201).extract().path("id");
        given().auth().oauth2(admin).get("/api/v1/institutions/" + uscc).then()
                .body("processesImportantData", equalTo(false)).body("processesCoreData", equalTo(false));
        file(uscc, catalogueReport("GRADE_CHANGE", "\"previousReportId\": \"" + first + "\"",
                catalogueItem("stats", "CORE", "", "\"previousGrade\": \"GENERAL\", \"gradeChangeReason\": \"CONTENT_CHANGED\"")))
                .then().statusCode(201).body("findings.code", not(hasItem("CATALOGUE_GRADE_CHANGE_WITHOUT_REASON")));
        given().auth().oauth2(admin).get("/api/v1/institutions/" + uscc).then()
                .body("processesImportantData", equalTo(true)).body("processesCoreData", equalTo(true));
    }

    @Test
    void shouldRequireAKnownPreviousReportForAGradeChange() {
        String uscc = Fixtures.registerInstitution("110105", null);
        String other = Fixtures.registerInstitution("110105", null);
        String othersReport = file(other, catalogueReport("PERIODIC_REVIEW", null, catalogueItem("x", "GENERAL", "", null)))
                .then().statusCode(201).extract().path("id");
        file(uscc, catalogueReport("GRADE_CHANGE", null, catalogueItem("x", "GENERAL", "", null)))
                .then().statusCode(400).body("errors.field", hasItem("/previousReportId"));
        file(uscc, catalogueReport("GRADE_CHANGE", "\"previousReportId\": \"" + othersReport + "\"", catalogueItem("x", "GENERAL", "", null)))
                .then().statusCode(400).body("errors[0].code", equalTo("unknown_report"));
        file(uscc, catalogueReport("PERIODIC_REVIEW", null, catalogueItem("x", "GENERAL", "", null), catalogueItem("x", "GENERAL", "", null)))
                .then().statusCode(400).body("errors[0].code", equalTo("duplicate_item"));
    }

    @Test
    void shouldCheckAReorganizationsDisposalPlan() {
        String uscc = Fixtures.registerInstitution("110105", null);
        file(uscc, catalogueReport("REORGANIZATION", null, catalogueItem("x", "GENERAL", "", null)))
                .then().statusCode(400).body("errors.field", hasItem("/reorganization"));
        Response r = file(uscc, catalogueReport("REORGANIZATION",
                "\"reorganization\": {\"kind\": \"MERGER\", \"effectiveOn\": \"2099-01-01\", \"dataDisposalPlan\": \"整体迁移至合并后机构\"}",
                catalogueItem("x", "GENERAL", "", null)));
        r.then().statusCode(201);
        assertEquals("MET", r.path("deadlines.find { it.obligation == 'DATA_DISPOSAL_PLAN_IN_ADVANCE' }.state"));
        assertEquals("WARNING", r.path("findings.find { it.code == 'CATALOGUE_REORGANIZATION_DATA_TRANSFER_MISSING' }.severity"));
    }

    /**
     * 2018 Big Data Measures art. 34: the data goes "to the institution that continues to perform its
     * functions or the health administrative department within its jurisdiction" — the report names
     * which and when; a transfer dated after receipt is refused like any date of the future.
     */
    @Test
    void shouldTakeTheDataTransferOfAReorganization() {
        String uscc = Fixtures.registerInstitution("110105", null);
        String transfer = "\"reorganization\": {\"kind\": \"MERGER\", \"effectiveOn\": \"2026-03-01\", \"dataDisposalPlan\": \"整体迁移\","
                + " \"dataTransfer\": {\"recipient\": \"SUCCESSOR\", \"recipientName\": \"合并后医院\", \"transferredOn\": \"%s\"}}";
        Response r = file(uscc, catalogueReport("REORGANIZATION", transfer.formatted("2026-03-01"), catalogueItem("x", "GENERAL", "", null)));
        r.then().statusCode(201);
        java.util.List<String> codes = r.path("findings.code");
        assertEquals(false, codes.contains("CATALOGUE_REORGANIZATION_DATA_TRANSFER_MISSING"), codes.toString());
        file(uscc, catalogueReport("REORGANIZATION", transfer.formatted("2999-01-01"), catalogueItem("x", "GENERAL", "", null)))
                .then().statusCode(400).body("errors.field", hasItem("/reorganization/dataTransfer/transferredOn"));
    }
}
