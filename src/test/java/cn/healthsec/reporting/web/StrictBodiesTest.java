package cn.healthsec.reporting.web;

import cn.healthsec.reporting.problem.ProblemResponses;
import cn.healthsec.reporting.support.Fixtures;
import cn.healthsec.reporting.support.LogCapture;
import cn.healthsec.reporting.support.PersonalData;
import cn.healthsec.reporting.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 7: a body is read strictly and cheaply, and what it is refused for is said without
 * repeating it. Each test names the item it proves and what the code at filing did.
 * Its institutions are in 310101 (Shanghai Huangpu), so that its reports fill no other test's inbox.
 */
@QuarkusTest
class StrictBodiesTest {

    static Response file(String uscc, String body) {
        return given().auth().oauth2(Tokens.institution(uscc)).contentType("application/json").header("Accept-Language", "en")
                .body(body).post("/api/v1/mlps-filings");
    }

    static void nothingStored(String uscc) {
        given().auth().oauth2(Tokens.institution(uscc)).get("/api/v1/submissions").then().statusCode(200).body("entries", empty());
    }

    /** Item 5, before: all five were accepted (201) and stored as sent, "3" as 3 and 20000 as 2024-10-04. */
    @Test
    void shouldRefuseEveryValueOfTheWrongTypeAtOnce() {
        String uscc = Fixtures.registerInstitution("310101", null);
        String body = Fixtures.sampleFiling()
                .replace("\"protectionLevel\": 3", "\"protectionLevel\": \"3\"")
                .replace("\"levelDeterminedOn\": \"2026-02-13\"", "\"levelDeterminedOn\": 20000")
                .replace("\"processesCoreData\": false", "\"processesCoreData\": 7")
                .replace("\"criticalInformationInfrastructure\": false", "\"criticalInformationInfrastructure\": \"false\"")
                .replace("\"name\": \"医院信息系统\"", "\"name\": 12345")
                .replace("\"personalInformationSubjects\": 250000", "\"personalInformationSubjects\": 2.5e5")
                .replace("\"filingType\": \"INITIAL\"", "\"filingType\": 0");
        Response r = file(uscc, body).then().statusCode(400).contentType("application/problem+json").extract().response();
        List<String> fields = r.path("errors.field");
        List<String> codes = r.path("errors.code");
        assertTrue(codes.stream().allMatch(c -> List.of("invalid_type", "invalid_date", "invalid_value").contains(c)), codes.toString());
        assertFalse(r.asString().contains("12345"), "a value is never echoed");
        assertTrue(fields.containsAll(List.of("/filingType", "/network/name", "/network/personalInformationSubjects",
                "/network/processesCoreData", "/network/criticalInformationInfrastructure", "/protectionLevel",
                "/levelDeterminedOn")), fields.toString());
        nothingStored(uscc);
    }

    /** Item 5: a date is RFC 3339 with a four-digit year; a far-off year is a malformed date, not a database error. */
    @Test
    void shouldRefuseDatesOutsideRfc3339() {
        String uscc = Fixtures.registerInstitution("310101", null);
        for (String date : List.of("+999999999-12-31", "20260213", "2026-2-13", "2026-02-30", "")) {
            file(uscc, Fixtures.sampleFiling().replace("\"levelDeterminedOn\": \"2026-02-13\"", "\"levelDeterminedOn\": \"" + date + "\""))
                    .then().statusCode(400).body("errors.field", hasItem("/levelDeterminedOn"))
                    .body("errors.find { it.field == '/levelDeterminedOn' }.code", equalTo("invalid_date"));
        }
        String incident = Fixtures.ransomware(2, "GENERAL", 10, null)
                .replaceFirst("\"discoveredAt\": \"[^\"]+\"", "\"discoveredAt\": \"+999999999-12-31T00:00:00Z\"");
        given().auth().oauth2(Tokens.institution(uscc)).contentType("application/json").body(incident).post("/api/v1/incidents")
                .then().statusCode(400).body("errors.field", hasItem("/discoveredAt"));
        nothingStored(uscc);
    }

    /** Item 6, before: {@code {…}{"filingType":"WITHDRAWAL"}} answered 201 and filed the first document. */
    @Test
    void shouldRefuseTextAfterTheDocument() {
        String uscc = Fixtures.registerInstitution("310101", null);
        for (String tail : List.of("{\"filingType\":\"WITHDRAWAL\"}", "[]", "x", "1")) {
            file(uscc, Fixtures.sampleFiling() + tail).then().statusCode(400).contentType("application/problem+json")
                    .body("type", equalTo("https://healthsec.cn/problems/malformed-json"));
        }
        nothingStored(uscc);
    }

    /**
     * Item 7, before: a NUL answered 500, and PostgreSQL's error context — part of the body, with a
     * mobile number — was logged at WARN.
     */
    @Test
    void shouldRefuseControlCharactersWithoutLoggingTheBody() {
        String uscc = Fixtures.registerInstitution("310101", null);
        try (LogCapture log = new LogCapture()) {
            for (String control : List.of("\\u0000", "\\u0007", "\\u001b", "\\u007f", "\\u0085")) {
                file(uscc, Fixtures.sampleFiling().replace("\"organ\": \"北京市公安局朝阳分局\"",
                        "\"organ\": \"北京市公安局" + control + "朝阳分局 13987654321\""))
                        .then().statusCode(400).contentType("application/problem+json")
                        .body("errors.field", hasItem("/publicSecurityFiling/organ"))
                        .body("errors.find { it.field == '/publicSecurityFiling/organ' && it.code == 'invalid_character' }", not(equalTo(null)));
            }
            file(uscc, Fixtures.sampleFiling().replaceFirst("\\{", "{\"bad\\u0000name\": 1, "))
                    .then().statusCode(400).body("errors.code", hasItem("unknown_field"));
            String logged = String.join("\n", log.lines());
            assertFalse(logged.contains("13987654321") || logged.contains("朝阳分局"), "no part of a body is logged");
        }
        nothingStored(uscc);
        file(uscc, Fixtures.sampleFiling().replace("专家评审同意定为第三级", "专家评审\\t同意\\r\\n定为第三级")).then().statusCode(201);
    }

    /** Item 13, before: a lone surrogate was stored as '?', silently. */
    @Test
    void shouldRefuseALoneSurrogate() {
        String uscc = Fixtures.registerInstitution("310101", null);
        for (String s : List.of("\\ud800", "\\udfff", "\\udc00\\ud800")) {
            file(uscc, Fixtures.sampleFiling().replace("医院信息系统", "医院" + s + "信息系统"))
                    .then().statusCode(400).body("errors.find { it.field == '/network/name' }.code", equalTo("invalid_character"));
        }
        nothingStored(uscc);
        file(uscc, Fixtures.sampleFiling().replace("医院信息系统", "医院信息系统 \\ud83c\\udfe5")).then().statusCode(201);
    }

    /** Item 9, before: each answered 500. */
    @Test
    void shouldRefuseBodiesBeyondTheParserLimitsWith400() {
        String uscc = Fixtures.registerInstitution("310101", null);
        file(uscc, Fixtures.sampleFiling().replace("\"personalInformationSubjects\": 250000",
                "\"personalInformationSubjects\": " + "9".repeat(2000)))
                .then().statusCode(400).contentType("application/problem+json");
        file(uscc, Fixtures.sampleFiling().replace("\"personalInformationSubjects\": 250000",
                "\"personalInformationSubjects\": 99999999999999999999"))
                .then().statusCode(400).body("errors.find { it.field == '/network/personalInformationSubjects' }.code",
                        equalTo("number_out_of_range"));
        String deep = "[".repeat(5000) + "]".repeat(5000);
        file(uscc, Fixtures.sampleFiling().replaceFirst("\\{", "{\"deep\": " + deep + ", "))
                .then().statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("https://healthsec.cn/problems/malformed-json"));
        given().auth().oauth2(Tokens.institution(uscc)).get("/api/v1/submissions?since=%2B999999999-12-31T00:00:00Z")
                .then().statusCode(400).body("errors.field", equalTo(List.of("since")));
        given().auth().oauth2(Tokens.institution(uscc)).get("/api/v1/calendar/deadline?start=%2B999999999-12-31&workingDays=5")
                .then().statusCode(400).body("errors.field", equalTo(List.of("start")));
        nothingStored(uscc);
    }

    /** Item 9: a forged cursor is a bad parameter, not a database error. */
    @Test
    void shouldRefuseForgedCursors() {
        String uscc = Fixtures.registerInstitution("310101", null);
        java.util.Base64.Encoder b64 = java.util.Base64.getUrlEncoder().withoutPadding();
        for (String forged : List.of("+999999999-12-31T00:00:00Z|" + java.util.UUID.randomUUID(), "2026-01-01T00:00:00Z|\u0000",
                "x".repeat(600))) {
            given().auth().oauth2(Tokens.institution(uscc))
                    .get("/api/v1/submissions?after=" + b64.encodeToString(forged.getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                    .then().statusCode(400).body("errors.code", equalTo(List.of("invalid_cursor")));
        }
    }

    /**
     * Item 1, before: the personal-data scan ran on every value before length limits, in quadratic
     * time (a 40,000-letter name took 15.5 s). Now the schema's limits come first: an over-long
     * field is refused for its size and not scanned at all.
     */
    @Test
    void shouldRefuseAnOverlongFieldForItsSizeWithoutScanningIt() {
        String uscc = Fixtures.registerInstitution("310101", null);
        String huge = "医".repeat(40_000) + PersonalData.RESIDENT_ID;
        Response r = file(uscc, Fixtures.sampleFiling().replace("医院信息系统", huge)).then().statusCode(400).extract().response();
        assertEquals(List.of("size"), r.path("errors.findAll { it.field == '/network/name' }.code"), r.asString());
        file(uscc, Fixtures.sampleFiling().replace("医院信息系统", "a".repeat(40_000))).then().statusCode(400)
                .body("errors.field", equalTo(List.of("/network/name")));
        file(uscc, Fixtures.sampleFiling().replace("医院信息系统", "病人 " + PersonalData.RESIDENT_ID)).then().statusCode(422);
    }

    /** Item 13, before: unknown field names were echoed whole in errors[].field. */
    @Test
    void shouldBoundAndRedactUnknownFieldNames() {
        String uscc = Fixtures.registerInstitution("310101", null);
        String longName = "k".repeat(150);
        Response r = file(uscc, Fixtures.sampleFiling().replaceFirst("\\{", "{\"" + longName + "\": 1, \"ID"
                + PersonalData.RESIDENT_ID.substring(0, 6) + " " + PersonalData.RESIDENT_ID.substring(6) + "\": 2, "))
                .then().statusCode(400).extract().response();
        List<String> fields = r.path("errors.field");
        assertTrue(fields.stream().allMatch(f -> f.length() <= ProblemResponses.MAX_POINTER_SEGMENT + 2), fields.toString());
        assertFalse(r.asString().contains(PersonalData.RESIDENT_ID.substring(6)), "a field name that is personal data is not echoed");
        file(uscc, Fixtures.sampleFiling().replaceFirst("\\{", "{\"" + "k".repeat(StrictJson.MAX_NAME_LENGTH + 1) + "\": 1, "))
                .then().statusCode(400).body("type", equalTo("https://healthsec.cn/problems/malformed-json"));
    }

    /** Every error at once, but bounded: a body of a thousand unknown fields lists the first hundred and counts them all. */
    @Test
    void shouldListAtMostAHundredErrorsAndCountThemAll() {
        String uscc = Fixtures.registerInstitution("310101", null);
        StringBuilder extra = new StringBuilder();
        for (int i = 0; i < 1000; i++) {
            extra.append("\"unknown").append(i).append("\": ").append(i).append(", ");
        }
        file(uscc, Fixtures.sampleFiling().replaceFirst("\\{", "{" + extra))
                .then().statusCode(400).body("errors", hasSize(ProblemResponses.MAX_LISTED_ERRORS))
                .body("detail", equalTo("1000 field(s) are not valid (the first 100 are listed); nothing was stored."));
    }

    /** Issue 26: an unknown field whose value is an array or an object is named by its own pointer (it was "//1"). */
    @Test
    void shouldNameAnUnknownFieldHoldingAnArrayOrObjectByItsPointer() {
        String uscc = Fixtures.registerInstitution("310101", null);
        Response r = file(uscc, Fixtures.sampleFiling().replaceFirst("\\{", "{\"x\": [1], \"y\": {\"z\": 2}, \"w\": [{\"v\": 3}], "))
                .then().statusCode(400).extract().response();
        List<String> fields = r.path("errors.field");
        assertEquals(List.of("/x", "/y", "/w"), fields);
        r = file(uscc, Fixtures.sampleFiling().replaceFirst("\"network\": \\{", "\"network\": {\"extra\": [1, 2], "))
                .then().statusCode(400).extract().response();
        assertEquals(List.of("/network/extra"), r.path("errors.field"));
    }

    /** Issue 26: 10,000 unknown fields and the required ones missing: the detail counts them all (it said 1004). */
    @Test
    void shouldCountEveryErrorBeyondThoseKept() {
        String uscc = Fixtures.registerInstitution("310101", null);
        int missing = ((List<?>) file(uscc, "{}").then().statusCode(400).extract().path("errors")).size();
        StringBuilder body = new StringBuilder("{");
        for (int i = 0; i < 10_000; i++) {
            body.append(i == 0 ? "" : ", ").append("\"unknown").append(i).append("\": ").append(i);
        }
        file(uscc, body.append('}').toString()).then().statusCode(400).body("errors", hasSize(ProblemResponses.MAX_LISTED_ERRORS))
                .body("detail", equalTo((10_000 + missing) + " field(s) are not valid (the first 100 are listed); nothing was stored."));
        assertTrue(missing >= 4, "an empty filing misses its required fields: " + missing);
    }
}
