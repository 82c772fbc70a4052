package cn.healthsec.reporting;

import cn.healthsec.reporting.support.Fixtures;
import cn.healthsec.reporting.support.RawHttp;
import cn.healthsec.reporting.support.Tokens;
import io.quarkus.test.junit.QuarkusIntegrationTest;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The packaged jar, prod profile, configured only by QUARKUS_DATASOURCE_* and QUARKUS_OIDC_*
 * environment variables (see the failsafe configuration): migrates at start and serves.
 */
@QuarkusIntegrationTest
class PackagedJarIT {

    @Test
    void shouldMigrateCheckTokensAndServeFromEnvironmentConfigurationAlone() {
        given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
        given().get("/api/v1/submissions").then().statusCode(401);
        String uscc = Fixtures.registerInstitution("110105", null);
        given().auth().oauth2(Tokens.institution(uscc)).contentType("application/json").body(Fixtures.sampleFiling())
                .post("/api/v1/mlps-filings").then().statusCode(201).body("routes[0].authorityId", equalTo("HC-110105"));
    }

    /** The packaged main hands Quarkus's URI check to the service's: a malformed URI gets a problem document there too. */
    @Test
    void shouldAnswerAMalformedUriWithAProblemDocument() throws Exception {
        RawHttp.Answer a = RawHttp.send("GET /api/v1/submissions/{x HTTP/1.1", null);
        assertEquals(400, a.status());
        assertEquals("application/problem+json", a.header("Content-Type"));
        assertEquals("https://healthsec.cn/problems/malformed-request", a.json().path("type").asText());
    }
}
