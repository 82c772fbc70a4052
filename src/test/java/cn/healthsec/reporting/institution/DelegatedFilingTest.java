package cn.healthsec.reporting.institution;

import cn.healthsec.reporting.rules.LegalTime;
import cn.healthsec.reporting.support.Fixtures;
import cn.healthsec.reporting.support.Tokens;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Issue 10 §2: a HIS vendor files for the hospitals that granted it the right (2022 Measures art. 3
 * ¶3), each grant with an expiry; it is refused for any other, and at once when a grant is revoked
 * or expires. Hospitals in Chaohu (340181).
 */
@QuarkusTest
class DelegatedFilingTest {

    static final String DIVISION = "340181";
    static final LocalDate TODAY = LegalTime.dateOf(LegalTime.now());

    @Inject
    AgroalDataSource dataSource;

    static String filing() {
        return """
                { "filingType": "INITIAL",
                  "network": { "id": "lis", "name": "检验信息系统", "personalInformationSubjects": 50000, "processesImportantData": false,
                               "processesCoreData": false, "criticalInformationInfrastructure": false },
                  "protectionLevel": 2, "levelDeterminedOn": "%s" }
                """.formatted(TODAY.minusDays(3));
    }

    static String grantBody(String delegate, OffsetDateTime expires) {
        return "{\"delegate\": \"" + delegate + "\", \"expiresAt\": \"" + expires + "\"}";
    }

    static long grant(String token, String uscc, String delegate) {
        return ((Number) given().auth().oauth2(token).contentType("application/json")
                .body(grantBody(delegate, OffsetDateTime.now().plusMonths(6)))
                .post("/api/v1/institutions/" + uscc + "/delegates").then().statusCode(201)
                .body("delegate", equalTo(delegate)).body("active", equalTo(true)).extract().path("id")).longValue();
    }

    static io.restassured.response.Response file(String token) {
        return given().auth().oauth2(token).contentType("application/json").body(filing()).post("/api/v1/mlps-filings");
    }

    /** Issue 10's "done when": a delegate files for two hospitals and is refused for a third. */
    @Test
    void shouldLetADelegateFileForTheHospitalsThatGrantedItAndNoOther() {
        String vendor = "his-vendor-" + System.nanoTime();
        String a = Fixtures.registerInstitution(DIVISION, null);
        String b = Fixtures.registerInstitution(DIVISION, null);
        String c = Fixtures.registerInstitution(DIVISION, null);
        grant(Tokens.admin(), a, vendor);
        grant(Tokens.institution(b), b, vendor);

        String forA = file(Tokens.delegate(vendor, a)).then().statusCode(201).body("institution", equalTo(a)).extract().path("id");
        String forB = file(Tokens.delegate(vendor, b)).then().statusCode(201).body("institution", equalTo(b)).extract().path("id");
        file(Tokens.delegate(vendor, c)).then().statusCode(403).body("type", equalTo("https://healthsec.cn/problems/forbidden"));

        // Both the institution and the filer are recorded; the institution sees what was filed for it.
        given().auth().oauth2(Tokens.institution(a)).get("/api/v1/submissions").then().statusCode(200)
                .body("entries.id", equalTo(List.of(forA)))
                .body("entries[0].filedBy.subject", equalTo(vendor)).body("entries[0].filedBy.role", equalTo("delegate"));
        // Acting for A, the delegate sees A's only; a body naming another institution is refused.
        given().auth().oauth2(Tokens.delegate(vendor, a)).get("/api/v1/submissions").then().statusCode(200)
                .body("entries.id", equalTo(List.of(forA)));
        given().auth().oauth2(Tokens.delegate(vendor, a)).get("/api/v1/submissions/" + forB).then().statusCode(404);
        given().auth().oauth2(Tokens.delegate(vendor, a)).get("/api/v1/institutions/" + b + "/obligations").then().statusCode(404);
        given().auth().oauth2(Tokens.delegate(vendor, a)).get("/api/v1/institutions/" + a + "/obligations").then().statusCode(200);
        given().auth().oauth2(Tokens.delegate(vendor, a)).contentType("application/json")
                .body(filing().replaceFirst("\\{", "{\"institution\": \"" + b + "\","))
                .post("/api/v1/mlps-filings").then().statusCode(403);
        // For C it can read nothing either.
        given().auth().oauth2(Tokens.delegate(vendor, c)).get("/api/v1/submissions").then().statusCode(403);
        given().auth().oauth2(Tokens.delegate(vendor, c)).get("/api/v1/institutions/" + c + "/obligations").then().statusCode(403);

        List<String> mine = given().auth().oauth2(Tokens.delegate(vendor, null)).get("/api/v1/delegations").then().statusCode(200)
                .extract().path("grants.institution");
        assertEquals(List.of(a, b), mine);
        file(Tokens.delegate(vendor, null)).then().statusCode(403);
        // A delegate files; it does not decide, and cannot grant itself more.
        given().auth().oauth2(Tokens.delegate(vendor, a)).contentType("application/json").body(grantBody("other", OffsetDateTime.now().plusDays(9)))
                .post("/api/v1/institutions/" + a + "/delegates").then().statusCode(403);
        given().auth().oauth2(Tokens.delegate(vendor, a)).contentType("application/json").header("If-Match", "\"x\"")
                .body("{\"outcome\": \"ACCEPTED\"}").post("/api/v1/submissions/" + forA + "/decisions").then().statusCode(403);
    }

    @Test
    void shouldStopADelegateAtOnceWhenItsGrantIsRevokedOrExpired() {
        String vendor = "platform-" + System.nanoTime();
        String a = Fixtures.registerInstitution(DIVISION, null);
        long id = grant(Tokens.institution(a), a, vendor);
        file(Tokens.delegate(vendor, a)).then().statusCode(201);

        given().auth().oauth2(Tokens.institution(a)).delete("/api/v1/institutions/" + a + "/delegates/" + id).then().statusCode(200)
                .body("active", equalTo(false)).body("revokedAt", org.hamcrest.Matchers.notNullValue());
        file(Tokens.delegate(vendor, a)).then().statusCode(403);
        given().auth().oauth2(Tokens.delegate(vendor, a)).get("/api/v1/submissions").then().statusCode(403);
        given().auth().oauth2(Tokens.institution(a)).get("/api/v1/institutions/" + a + "/delegates").then().statusCode(200)
                .body("grants.id", equalTo(List.of((int) id))).body("grants[0].revokedBy", org.hamcrest.Matchers.startsWith("institution-user-"));
        given().auth().oauth2(Tokens.institution(a)).delete("/api/v1/institutions/" + a + "/delegates/" + id).then().statusCode(200);

        // An expired grant (written as if granted last month) stops it too.
        String b = Fixtures.registerInstitution(DIVISION, null);
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement("""
                insert into filing_grant (institution_uscc, delegate, granted_by, granted_by_role, granted_at, expires_at)
                values (?, ?, 'admin', 'admin', now() - interval '30 days', now() - interval '1 second')""")) {
            ps.setString(1, b);
            ps.setString(2, vendor);
            ps.executeUpdate();
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
        file(Tokens.delegate(vendor, b)).then().statusCode(403);
    }

    @Test
    void shouldLetOnlyTheInstitutionAndTheAdminManageItsGrants() {
        String a = Fixtures.registerInstitution(DIVISION, null);
        String other = Fixtures.registerInstitution(DIVISION, null);
        String body = grantBody("vendor-x", OffsetDateTime.now().plusMonths(1));
        String path = "/api/v1/institutions/" + a + "/delegates";
        given().auth().oauth2(Tokens.institution(other)).contentType("application/json").body(body).post(path).then().statusCode(404);
        given().auth().oauth2(Tokens.institution(other)).get(path).then().statusCode(404);
        given().auth().oauth2(Tokens.authority("HC-" + DIVISION)).contentType("application/json").body(body).post(path).then().statusCode(403);
        given().auth().oauth2(Tokens.authority("HC-" + DIVISION)).get(path).then().statusCode(403);
        given().contentType("application/json").body(body).post(path).then().statusCode(401);
        given().get("/api/v1/delegations").then().statusCode(401);
        given().auth().oauth2(Tokens.institution(a)).get("/api/v1/delegations").then().statusCode(403);
        given().auth().oauth2(Tokens.admin()).contentType("application/json").body(body)
                .post("/api/v1/institutions/" + Fixtures.uscc(DIVISION) + "/delegates").then().statusCode(404);
        long id = grant(Tokens.institution(a), a, "vendor-y");
        given().auth().oauth2(Tokens.institution(other)).delete(path + "/" + id).then().statusCode(404);
        given().auth().oauth2(Tokens.institution(other)).delete("/api/v1/institutions/" + other + "/delegates/" + id).then().statusCode(404);
        given().auth().oauth2(Tokens.institution(a)).get(path).then().statusCode(200).body("grants[0].active", equalTo(true));

        // Every error at once: no delegate, an expiry in the past; an expiry beyond three years.
        given().auth().oauth2(Tokens.institution(a)).contentType("application/json")
                .body("{\"expiresAt\": \"2020-01-01T00:00:00+08:00\"}").post(path).then().statusCode(400)
                .body("errors.field", hasItems("/delegate", "/expiresAt"));
        given().auth().oauth2(Tokens.institution(a)).contentType("application/json")
                .body(grantBody("vendor-z", OffsetDateTime.now().plusYears(5))).post(path).then().statusCode(400)
                .body("errors.code", equalTo(List.of("expiry_out_of_range")));
        Map<String, Object> grants = given().auth().oauth2(Tokens.institution(a)).get(path).then().extract().path("");
        assertEquals(1, ((List<?>) grants.get("grants")).size(), "nothing refused was stored");
    }
}
