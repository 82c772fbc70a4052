package cn.healthsec.reporting.referenceapi;

import cn.healthsec.reporting.support.Fixtures;
import cn.healthsec.reporting.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

/** An admin replaces the division list without a rebuild; institutions' divisions cannot vanish. */
@QuarkusTest
class DivisionResourceTest {

    static String bundledCsv() throws IOException {
        try (InputStream in = DivisionResourceTest.class.getClassLoader().getResourceAsStream("reference/gbt2260-divisions.csv")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    static io.restassured.response.ValidatableResponse replace(String csv) {
        return given().auth().oauth2(Tokens.admin()).contentType("text/csv; charset=UTF-8").body(csv).put("/api/v1/divisions").then();
    }

    @Test
    void shouldReplaceTheListAndRefuseOneThatDropsADivisionInUse() throws IOException {
        String bundled = bundledCsv();
        Fixtures.registerInstitution("110105", null);
        // A new county (code made up for the test) becomes usable at once.
        replace(bundled + "110199,测试新区,county\n").statusCode(200).body("counties", equalTo(2847));
        given().auth().oauth2(Tokens.admin()).get("/api/v1/divisions/110199").then().statusCode(200).body("name", equalTo("测试新区"));
        Fixtures.registerInstitution("110199", null);
        // Dropping it again would orphan that institution.
        replace(bundled).statusCode(409).contentType("application/problem+json")
                .body("errors[0].code", equalTo("division_in_use"));
        replace("code,name\n").statusCode(400);
        // A supervising commission's division is in use too.
        Fixtures.registerInstitution("440103", "HC-440100");
        String withoutGuangzhou = bundled.lines().filter(l -> !l.startsWith("440100,")).collect(java.util.stream.Collectors.joining("\n"))
                + "\n110199,测试新区,county\n";
        replace(withoutGuangzhou).statusCode(409).body("errors[0].code", equalTo("division_in_use"));
    }

    /** Issue 7 item 9, before: a 1.9 MB division name answered 500 (the column holds 100 characters). */
    @Test
    void shouldRefuseAnOverlongOrControlCharacterNameWith400() throws IOException {
        String bundled = bundledCsv();
        replace(bundled + "110198," + "名".repeat(1_900_000 / 3) + ",county\n").statusCode(400).contentType("application/problem+json");
        replace(bundled + "110198,测试\u0000新区,county\n").statusCode(400);
        given().auth().oauth2(Tokens.admin()).get("/api/v1/divisions/110198").then().statusCode(404);
    }
}
