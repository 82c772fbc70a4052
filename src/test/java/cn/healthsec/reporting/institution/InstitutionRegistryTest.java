package cn.healthsec.reporting.institution;

import cn.healthsec.reporting.support.Fixtures;
import cn.healthsec.reporting.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

/** The registry: division, supervisor (RULEBOOK §F.1) and USCC check (§F.3, with its override). */
@QuarkusTest
class InstitutionRegistryTest {

    static io.restassured.response.ValidatableResponse put(String uscc, String body) {
        return given().auth().oauth2(Tokens.admin()).contentType("application/json").header("Accept-Language", "en")
                .body(body).put("/api/v1/institutions/" + uscc).then();
    }

    @Test
    void shouldDefaultTheSupervisorToTheCountyCommission() {
        String uscc = Fixtures.uscc("110105");
        put(uscc, Fixtures.institutionJson("朝阳医院", "110105", null)).statusCode(201)
                .body("supervisingAuthorityId", equalTo("HC-110105"))
                .body("divisionName", equalTo("朝阳区"))
                .body("registeredAt", org.hamcrest.Matchers.endsWith("+08:00"));
        put(uscc, Fixtures.institutionJson("朝阳医院（新名）", "110105", null)).statusCode(200).body("name", equalTo("朝阳医院（新名）"));
    }

    @Test
    void shouldAcceptNhcProvincialAndXpccSupervisors() {
        put(Fixtures.uscc("110105"), Fixtures.institutionJson("委属医院", "110105", "NHC")).statusCode(201).body("supervisingAuthorityId", equalTo("NHC"));
        put(Fixtures.uscc("440103"), Fixtures.institutionJson("省人民医院", "440103", "HC-440000")).statusCode(201);
        put(Fixtures.uscc("659001"), Fixtures.institutionJson("兵团医院", "659001", "HC-XPCC")).statusCode(201);
    }

    @Test
    void shouldRefuseEverythingWrongAtOnce() {
        put("NOT-A-USCC", """
                {"name": "", "divisionCode": "110000", "supervisingAuthorityId": "HC-999999",
                 "criticalInformationInfrastructure": "yes", "centralOrganAffiliate": false,
                 "processesImportantData": false}
                """).statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItems("uscc", "/name", "/divisionCode", "/supervisingAuthorityId",
                        "/criticalInformationInfrastructure", "/processesCoreData"));
    }

    /**
     * CAC Incident Measures art. 4: a central organ's affiliate reports to "本部门（本行业）网络安全工作机构":
     * the registry names the organ; an institution that is no affiliate names none.
     */
    @Test
    void shouldNameTheCentralOrganOfAnAffiliateOnly() {
        String affiliate = Fixtures.institutionJson("委属医院", "110105", "NHC").replace("\"centralOrganAffiliate\": false",
                "\"centralOrganAffiliate\": true, \"centralOrganDepartment\": \" 国家中医药管理局 \"");
        put(Fixtures.uscc("110105"), affiliate).statusCode(201).body("centralOrganDepartment", equalTo("国家中医药管理局"));
        put(Fixtures.uscc("110105"), Fixtures.institutionJson("医院", "110105", null)).statusCode(201).body("centralOrganDepartment", equalTo(null));
        String notAffiliate = Fixtures.institutionJson("医院", "110105", null).replace("\"centralOrganAffiliate\": false",
                "\"centralOrganAffiliate\": false, \"centralOrganDepartment\": \"NHC\"");
        put(Fixtures.uscc("110105"), notAffiliate).statusCode(400)
                .body("errors[0].field", equalTo("/centralOrganDepartment")).body("errors[0].code", equalTo("only_for_central_organ_affiliate"));
    }

    @Test
    void shouldRefuseASupervisorOutsideTheInstitutionsArea() {
        put(Fixtures.uscc("110105"), Fixtures.institutionJson("x", "110105", "HC-440000")).statusCode(400)
                .body("errors[0].code", equalTo("supervisor_outside_area"));
        put(Fixtures.uscc("110105"), Fixtures.institutionJson("x", "110105", "HC-XPCC")).statusCode(400);
        put(Fixtures.uscc("110105"), Fixtures.institutionJson("x", "110105", "PSB-110105")).statusCode(400)
                .body("errors[0].code", equalTo("unknown_authority"));
    }

    @Test
    void shouldRegisterALegallyIssuedCodeThatFailsTheCheckOnlyWithAnOverride() {
        String pilot = "91350100M0001TGQXM";
        put(pilot, Fixtures.institutionJson("试点机构", "350102", null)).statusCode(400)
                .body("errors[0].code", equalTo("uscc_check_character"));
        put(pilot, Fixtures.institutionJson("试点机构", "350102", null).replace("\"name\"",
                "\"usccCheckOverride\": {\"approvedBy\": \"operator-7\", \"reason\": \"早期试点地区依法核发\"}, \"name\""))
                .statusCode(201).body("usccCheckOverridden", equalTo(true));
    }
}
