package cn.healthsec.reporting.catalogue;

import cn.healthsec.reporting.support.Fixtures;
import cn.healthsec.reporting.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.List;

import static cn.healthsec.reporting.support.Fixtures.catalogueItem;
import static cn.healthsec.reporting.support.Fixtures.catalogueReport;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What a province compiles (2026 Data Measures art. 6 ¶1): the current catalogue of every
 * institution in its jurisdiction, as JSON and CSV. Jiangsu (32) is used by this class alone.
 */
@QuarkusTest
class AuthorityCatalogueTest {

    static void file(String uscc, String body) {
        given().auth().oauth2(Tokens.institution(uscc)).contentType("application/json").body(body)
                .post("/api/v1/data-catalogue-reports").then().statusCode(201);
    }

    @Test
    void shouldCompileTheCurrentCatalogueOfTheJurisdictionWithFiltersAndCsv() {
        String nanjing = Fixtures.registerInstitution("320102", null);
        String suzhou = Fixtures.registerInstitution("320505", null);
        file(nanjing, catalogueReport("PERIODIC_REVIEW", null, catalogueItem("emr", "IMPORTANT", "", null),
                catalogueItem("old", "GENERAL", "", null)));
        // A new periodic review is the complete catalogue: "old" is no longer held.
        file(nanjing, catalogueReport("PERIODIC_REVIEW", null, catalogueItem("emr", "IMPORTANT", "", null),
                catalogueItem("stats", "GENERAL", "", null).replace("\"name\": \"数据集 stats\"", "\"name\": \"统计, \\\"汇总\\\" 数据\"")));
        file(suzhou, catalogueReport("PERIODIC_REVIEW", null, catalogueItem("genome", "CORE", "", null)));

        String province = Tokens.authority("HC-320000");
        given().auth().oauth2(province).get("/api/v1/authorities/HC-320000/data-catalogue").then().statusCode(200)
                .body("entries.itemId", equalTo(orderedIds(nanjing, suzhou)))
                .body("entries.itemId", not(hasItem("old")));
        given().auth().oauth2(province).get("/api/v1/authorities/HC-320000/data-catalogue?grade=CORE").then().statusCode(200)
                .body("entries.itemId", equalTo(List.of("genome")))
                .body("entries[0].institution", equalTo(suzhou));
        given().auth().oauth2(province).get("/api/v1/authorities/HC-320000/data-catalogue?limit=1").then().statusCode(200)
                .body("entries.size()", equalTo(1)).body("next", org.hamcrest.Matchers.notNullValue());

        // The prefecture of Nanjing sees Nanjing's institution only.
        given().auth().oauth2(Tokens.authority("HC-320100")).get("/api/v1/authorities/HC-320100/data-catalogue").then()
                .statusCode(200).body("entries.institution", not(hasItem(suzhou))).body("entries.institution", hasItem(nanjing));
        // Another province sees none of it.
        given().auth().oauth2(Tokens.authority("HC-330000")).get("/api/v1/authorities/HC-330000/data-catalogue").then()
                .statusCode(200).body("entries.institution", not(hasItem(nanjing)));

        String csv = given().auth().oauth2(province).accept("text/csv").get("/api/v1/authorities/HC-320000/data-catalogue")
                .then().statusCode(200).contentType("text/csv").extract().asString();
        List<String> lines = csv.lines().toList();
        assertEquals("\uFEFF" + AuthorityCatalogueView.CSV_HEADER, lines.get(0));
        assertEquals(4, lines.size(), csv);
        assertTrue(lines.stream().anyMatch(l -> l.contains("\"统计, \"\"汇总\"\" 数据\"")), "RFC 4180 quoting of commas and quotes");
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("\"" + suzhou + "\"") && l.contains(",CORE,")));
        String coreCsv = given().auth().oauth2(province).accept("text/csv").get("/api/v1/authorities/HC-320000/data-catalogue?grade=CORE")
                .then().statusCode(200).extract().asString();
        assertEquals(2, coreCsv.lines().count());

        // The same file from an operation of its own, for generated clients; another authority's is refused.
        String exported = given().auth().oauth2(province).get("/api/v1/authorities/HC-320000/data-catalogue/export")
                .then().statusCode(200).contentType("text/csv").header("Content-Disposition", org.hamcrest.Matchers.containsString(".csv"))
                .extract().asString();
        assertEquals(csv, exported);
        given().auth().oauth2(Tokens.authority("HC-330000")).get("/api/v1/authorities/HC-320000/data-catalogue/export").then()
                .statusCode(403);
        given().get("/api/v1/authorities/HC-320000/data-catalogue/export").then().statusCode(401);
        given().auth().oauth2(province).accept("application/json").get("/api/v1/authorities/HC-320000/data-catalogue/export")
                .then().statusCode(406);
        // A generated client (Python's, default options) names only the error's type: the file all the same (issue 31).
        assertEquals(csv, given().auth().oauth2(province).accept("application/problem+json")
                .get("/api/v1/authorities/HC-320000/data-catalogue/export").then().statusCode(200).contentType("text/csv").extract().asString());
        given().auth().oauth2(Tokens.authority("HC-330000")).accept("application/problem+json")
                .get("/api/v1/authorities/HC-320000/data-catalogue/export").then().statusCode(403).contentType("application/problem+json");
    }

    /** Ordered by institution, then item id. */
    private static List<String> orderedIds(String nanjing, String suzhou) {
        return nanjing.compareTo(suzhou) < 0 ? List.of("emr", "stats", "genome") : List.of("genome", "emr", "stats");
    }

    @Test
    void shouldKeepEachCatalogueToItsHealthCommission() {
        given().auth().oauth2(Tokens.authority("HC-320100")).get("/api/v1/authorities/HC-320000/data-catalogue").then()
                .statusCode(403).contentType("application/problem+json");
        given().auth().oauth2(Tokens.authority("CAC-320000")).get("/api/v1/authorities/CAC-320000/data-catalogue").then()
                .statusCode(403);
        given().auth().oauth2(Tokens.institution(Fixtures.uscc("320102"))).get("/api/v1/authorities/HC-320000/data-catalogue")
                .then().statusCode(403);
        given().auth().oauth2(Tokens.authority("HC-320000")).get("/api/v1/authorities/HC-320000/data-catalogue?grade=SECRET&category=X")
                .then().statusCode(400).body("errors.field", equalTo(List.of("grade", "category")));
    }
}
