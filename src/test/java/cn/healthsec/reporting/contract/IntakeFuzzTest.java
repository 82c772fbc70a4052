package cn.healthsec.reporting.contract;

import cn.healthsec.reporting.support.Fixtures;
import cn.healthsec.reporting.support.JsonPointers;
import cn.healthsec.reporting.support.RawHttp;
import cn.healthsec.reporting.support.Tokens;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.jboss.logging.Logger;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 7: the fuzz table, part of the suite. Every body-carrying operation gets every field
 * replaced by every kind of wrong value (wrong types, extremes, control characters, lone
 * surrogates, numbers beyond the parser, far-off dates, deep nesting), every field removed, and
 * every structural fault (unknown and duplicate keys, trailing text, truncation, wrong root,
 * invalid UTF-8, wrong media type, bad Idempotency-Key); every query and path parameter gets
 * garbage. Whatever is sent: no 5xx, every refusal a problem document that the contract declares
 * (each response is checked against openapi/openapi.yaml by {@link ResponsesMatchContract}), no
 * value echoed. The table prints its size and the statuses it got.
 */
@QuarkusTest
class IntakeFuzzTest {

    private static final Logger LOG = Logger.getLogger(IntakeFuzzTest.class);

    static final ObjectMapper JSON = new ObjectMapper();
    static final String MARKER = "ZQXJ";
    /** Chengdu's Jinjiang district: the hundreds of reports this table files fill no other test's inbox. */
    static final String DIVISION = "510104";

    private final Map<Integer, Integer> statuses = new TreeMap<>();
    private int requests;

    /**
     * Replacement values for a field, as JSON text: each must be refused or, where the field allows
     * it, accepted — never a 5xx. Wrong types, empty and huge strings, control characters, a lone
     * surrogate, a bidirectional override, numbers as strings and beyond every range, impossible and
     * far-off dates, deep nesting, containers where scalars belong.
     */
    static final List<String> WRONG_VALUES = List.of(
            "null", "\"\"", "\"" + MARKER + "-value\"", "\"" + MARKER + "x".repeat(5000) + "\"", "\"" + MARKER + "\\u0000nul\"",
            "\"" + MARKER + "\\u001b[31m\"", "\"" + MARKER + "\\ud800\"", "\"3\"", "\"+999999999-12-31\"", "\"2026-02-30\"",
            "12345", "-1", "1.5", "123456789012345678901234567890", "true", "[]", "{\"" + MARKER + "\": 1}",
            "[".repeat(40) + "]".repeat(40), "\"true\"", "\" \"", "\"" + MARKER + "\\u202Eevil\"", "\"" + MARKER + "ＡＢＣ🏥\"",
            "\"2026-13-01\"", "\"2026-03-06T25:00:00Z\"", "\"9223372036854775808\"", "9223372036854775808",
            "-9223372036854775809", "1e309", "-0", String.valueOf(Integer.MAX_VALUE), "[\"" + MARKER + "\", 1, null]");

    static List<JsonNode> wrongValues() throws Exception {
        List<JsonNode> values = new ArrayList<>();
        for (String json : WRONG_VALUES) {
            values.add(JSON.readTree(json));
        }
        return values;
    }

    @Test
    void shouldAnswerEveryMalformedRequestWithADeclaredProblemAndNever5xx() throws Exception {
        String uscc = Fixtures.registerInstitution(DIVISION, null);
        String institution = Tokens.institution(uscc);
        String admin = Tokens.admin();

        fuzzBody("POST", "/api/v1/mlps-filings", institution, Fixtures.sampleFiling());
        fuzzBody("POST", "/api/v1/data-catalogue-reports", institution,
                Fixtures.catalogueReport("PERIODIC_REVIEW", null, Fixtures.catalogueItem("emr", "IMPORTANT", "", null)));
        fuzzBody("POST", "/api/v1/risk-assessment-reports", institution, Fixtures.riskAssessment("ANNUAL", null));
        fuzzBody("POST", "/api/v1/self-inspection-reports", institution, """
                {"year": 2025, "completedOn": "2026-01-20", "methods": ["DOCUMENT_REVIEW"],
                 "networks": [{"id": "his-core", "name": "医院信息系统", "protectionLevel": 3, "filingStatus": "FILED",
                               "lastAssessmentOn": "2025-06-30"}],
                 "findings": [{"id": "F-1", "summary": "端口暴露", "severity": "HIGH", "networkId": "his-core"}],
                 "rectification": [{"id": "R-1", "findingId": "F-1", "summary": "关闭", "targetDate": "2026-02-28", "state": "DONE",
                                    "completedOn": "2026-02-01"}],
                 "summary": "完成"}""");
        fuzzBody("POST", "/api/v1/incidents", institution, Fixtures.ransomware(1, "GENERAL", 10,
                "\"contact\": {\"name\": \"王主任\", \"phone\": \"13800138000\", \"email\": \"it@hospital.example.cn\"},"
                        + " \"trend\": \"已受控\", \"causeAnalysis\": \"弱口令\", \"nextMeasures\": \"加固\""));
        Supplier<String> openIncident = () -> given().auth().oauth2(institution).contentType("application/json")
                .body(Fixtures.ransomware(1, "GENERAL", 10, null)).post("/api/v1/incidents").then().statusCode(201).extract().path("id");
        String incident = openIncident.get();
        fuzzBody("POST", "/api/v1/incidents/" + incident + "/updates", institution,
                "{\"summary\": \"已确认加密范围\", \"causeAnalysis\": \"弱口令\", \"trend\": \"已受控\","
                        + " \"individualsNotified\": {\"notified\": true, \"methods\": [\"SMS\"]}}");
        fuzzBody("POST", "/api/v1/incidents/" + openIncident.get() + "/final-report", institution, """
                {"handlingEndedAt": "%s", "cause": "弱口令", "responseMeasures": "隔离", "harm": "停摆", "accountability": "诫勉",
                 "rectification": "整改", "lessons": "检查"}""".formatted(java.time.Instant.now().minusSeconds(60)));
        fuzzBody("PUT", "/api/v1/institutions/" + Fixtures.uscc(DIVISION), admin,
                Fixtures.institutionJson("测试医院", DIVISION, null));
        fuzzBody("PUT", "/api/v1/calendar/years/2031", admin,
                "{\"source\": \"国务院办公厅通知\", \"holidays\": {\"2031-01-01\": \"元旦\"}, \"makeUpWorkdays\": {}}");

        fuzzParameters(institution, admin, incident);
        LOG.infof("fuzz table: %d requests, statuses %s", requests, statuses);
        assertTrue(requests >= 4000, "the table covers every field of every operation: " + requests);
        assertFalse(statuses.keySet().stream().anyMatch(s -> s >= 500), statuses.toString());

        given().auth().oauth2(institution).queryParam("limit", 500).get("/api/v1/submissions").then().statusCode(200);
    }

    private void fuzzBody(String method, String path, String token, String valid) throws Exception {
        JsonNode template = JSON.readTree(valid);
        List<String> pointers = JsonPointers.all(template, node -> true);
        for (String pointer : pointers) {
            for (JsonNode wrong : wrongValues()) {
                JsonNode body = template.deepCopy();
                JsonPointers.set(body, pointer, wrong);
                send(method, path, token, body.toString().getBytes(StandardCharsets.UTF_8), "application/json", null);
            }
            JsonNode without = template.deepCopy();
            JsonPointers.remove(without, pointer);
            send(method, path, token, without.toString().getBytes(StandardCharsets.UTF_8), "application/json", null);
        }
        String text = template.toString();
        List<String> structural = List.of(
                text.replaceFirst("\\{", "{\"" + MARKER + "Unknown\": 1, "),
                text.replaceFirst("\\{", "{\"" + text.substring(2, text.indexOf('"', 2)) + "\": null, "),
                text + "{\"filingType\": \"WITHDRAWAL\"}", text + "]", text.substring(0, text.length() / 2),
                "[" + text + "]", "\"" + MARKER + "\"", "42", "null", "", "{", "}", "{\"a\":}", "{'a': 1}",
                "{\"a\": 1,}", "{\"a\": NaN}", "{\"a\": 0x10}", "{\"a\": 01}", "\uFEFF" + text);
        for (String s : structural) {
            send(method, path, token, s.getBytes(StandardCharsets.UTF_8), "application/json", null);
        }
        byte[] invalidUtf8 = text.replaceFirst("\\{", "{\"x\": \"\u0001\u0001\", ").getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < invalidUtf8.length; i++) {
            if (invalidUtf8[i] == 1) {
                invalidUtf8[i] = (byte) 0xC3;
                invalidUtf8[i + 1] = (byte) 0x28;
                break;
            }
        }
        send(method, path, token, invalidUtf8, "application/json", null);
        send(method, path, token, text.getBytes(StandardCharsets.UTF_8), "text/plain", null);
        send(method, path, token, text.getBytes(StandardCharsets.UTF_8), "application/xml", null);
        for (String key : List.of("a b", "k".repeat(101), "ключ", MARKER + "\u0000")) {
            send(method, path, token, text.getBytes(StandardCharsets.UTF_8), "application/json", key);
        }
    }

    private void fuzzParameters(String institution, String admin, String incident) {
        String authority = Tokens.authority("HC-" + DIVISION);
        List<String> garbage = List.of("-1", "0", "501", "abc", "99999999999999999999", "1.5", "%00", "%ZZ", MARKER + "%0A",
                "%2B999999999-12-31T00:00:00Z", "x".repeat(300), "%E4%B8", "%F0%9F%8F%A5");
        for (String g : garbage) {
            get(institution, "/api/v1/submissions?limit=" + g);
            get(institution, "/api/v1/submissions?type=" + g);
            get(institution, "/api/v1/submissions?since=" + g);
            get(institution, "/api/v1/submissions?after=" + g);
            get(institution, "/api/v1/submissions/" + g);
            get(institution, "/api/v1/incidents?open=" + g);
            get(institution, "/api/v1/incidents?limit=" + g);
            get(institution, "/api/v1/incidents?after=" + g);
            get(institution, "/api/v1/incidents/" + g);
            get(authority, "/api/v1/authorities/HC-" + DIVISION + "/inbox?after=" + g);
            get(authority, "/api/v1/authorities/HC-" + DIVISION + "/inbox?limit=" + g);
            get(authority, "/api/v1/authorities/HC-" + DIVISION + "/inbox?acknowledged=" + g);
            get(authority, "/api/v1/authorities/" + g + "/inbox");
            get(Tokens.authority("HC-510000"), "/api/v1/authorities/HC-510000/data-catalogue?grade=" + g);
            get(Tokens.authority("HC-510000"), "/api/v1/authorities/HC-510000/data-catalogue?after=" + g);
            get(Tokens.authority("HC-510000"), "/api/v1/authorities/HC-510000/data-catalogue?limit=" + g);
            get(institution, "/api/v1/institutions/" + g + "/obligations");
            get(institution, "/api/v1/institutions/" + Fixtures.uscc(DIVISION) + "/obligations?state=" + g + "&kind=" + g + "&after=" + g);
            get(authority, "/api/v1/authorities/HC-" + DIVISION + "/obligations?division=" + g + "&after=" + g + "&limit=" + g);
            get(authority, "/api/v1/authorities/HC-" + DIVISION + "/institutions?compliance=" + g + "&type=" + g + "&after=" + g);
            get(authority, "/api/v1/authorities/HC-" + DIVISION + "/statistics?from=" + g + "&to=" + g);
            get(admin, "/api/v1/calendar/deadline?start=" + g + "&workingDays=5");
            get(admin, "/api/v1/calendar/deadline?start=2026-03-02&workingDays=" + g);
            get(admin, "/api/v1/calendar/years/" + g);
            get(admin, "/api/v1/divisions/" + g);
            get(admin, "/api/v1/institutions/" + g);
            get(admin, "/api/v1/rules?x=" + g);
            call("POST", authority, "/api/v1/authorities/HC-" + DIVISION + "/inbox/" + g + "/ack");
            count(given().auth().oauth2(admin).urlEncodingEnabled(false).contentType("text/csv")
                    .body("code,name,level\n" + "110000," + g + ",province\n").put("/api/v1/divisions"));
        }
        get(institution, "/api/v1/incidents/" + incident + "?x=" + MARKER);
    }

    private void get(String token, String uri) {
        call("GET", token, uri);
    }

    private void call(String method, String token, String uri) {
        if (uri.contains("%ZZ")) {
            // No client library sends a malformed escape: sent as raw bytes, checked the same way.
            try {
                RawHttp.Answer a = RawHttp.send(method + " " + uri + " HTTP/1.1\r\nAuthorization: Bearer " + token, null);
                requests++;
                statuses.merge(a.status(), 1, Integer::sum);
                assertEquals(400, a.status(), uri);
                assertEquals("application/problem+json", a.header("Content-Type"), uri);
                assertFalse(a.body().contains(MARKER), uri);
            } catch (java.io.IOException e) {
                throw new AssertionError(e);
            }
            return;
        }
        RequestSpecification r = given().auth().oauth2(token).urlEncodingEnabled(false).header("Accept-Language", "en");
        count("POST".equals(method) ? r.post(uri) : r.get(uri));
    }

    private void send(String method, String path, String token, byte[] body, String contentType, String key) {
        RequestSpecification r = given().auth().oauth2(token).contentType(contentType).header("Accept-Language", "en").body(body);
        if (key != null) {
            r.header("Idempotency-Key", key);
        }
        count("PUT".equals(method) ? r.put(path) : r.post(path));
    }

    private void count(Response r) {
        requests++;
        statuses.merge(r.statusCode(), 1, Integer::sum);
        assertTrue(r.statusCode() < 500, () -> "a 5xx: " + r.statusCode() + " " + r.asString());
        if (r.statusCode() >= 400) {
            assertEquals("application/problem+json", r.contentType(), () -> r.statusCode() + " " + r.asString());
            String body = r.asString();
            // Pointers and the path name what the request named (bounded, redacted); values never appear.
            String withoutFields = body.replaceAll("\"(field|instance)\":\"[^\"]*\"", "");
            assertFalse(withoutFields.contains(MARKER), () -> "a refusal echoes a value: " + body);
        }
    }
}
