package cn.healthsec.reporting.web;

import cn.healthsec.reporting.problem.ProblemResponses;
import cn.healthsec.reporting.support.Fixtures;
import cn.healthsec.reporting.support.LogCapture;
import cn.healthsec.reporting.support.PersonalData;
import cn.healthsec.reporting.support.RawHttp;
import cn.healthsec.reporting.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 7 items 8 and 10: what the HTTP layer refuses is answered like everything else —
 * application/problem+json in the caller's language — and a malformed Accept-Language is no reason
 * to fail. Before: 413, 414, 431 and 400 for a '{' in a path came with no content type and an empty
 * body; {@code Accept-Language: en;q=2} gave a plain-text 500 and a logged stack trace.
 */
@QuarkusTest
class HttpLayerProblemsTest {

    @Test
    void shouldAnswerABodyOverTwoMebibytesWith413Problem() {
        String uscc = Fixtures.registerInstitution("110105", null);
        byte[] body = new byte[HttpLimits.MAX_BODY_BYTES + 1];
        Arrays.fill(body, (byte) ' ');
        given().auth().oauth2(Tokens.institution(uscc)).contentType("application/json").header("Accept-Language", "en")
                .body(body)
                .post("/api/v1/mlps-filings")
                .then().statusCode(413).contentType("application/problem+json")
                .body("type", equalTo("https://healthsec.cn/problems/payload-too-large"))
                .body("status", equalTo(413))
                .body("detail", containsString(String.valueOf(HttpLimits.MAX_BODY_BYTES)));
    }

    @Test
    void shouldAnswerALongUriWith414ProblemInChinese() {
        given().auth().oauth2(Tokens.admin())
                .get("/api/v1/submissions?type=" + "A".repeat(HttpLimits.MAX_URI_LENGTH))
                .then().statusCode(414).contentType("application/problem+json")
                .header("Content-Language", "zh-CN")
                .body("type", equalTo("https://healthsec.cn/problems/uri-too-long"))
                .body("title", equalTo("请求地址过长"));
    }

    @Test
    void shouldAnswerOversizedHeadersWith431Problem() {
        given().auth().oauth2(Tokens.admin()).header("Accept-Language", "en")
                .header("X-Padding", "p".repeat(HttpLimits.MAX_HEADER_BYTES))
                .get("/api/v1/rules")
                .then().statusCode(431).contentType("application/problem+json")
                .body("type", equalTo("https://healthsec.cn/problems/headers-too-large"))
                .body("title", equalTo("The request headers are too large"));
    }

    @Test
    void shouldAnswerAnInvalidUriWith400Problem() throws Exception {
        for (String target : List.of("/api/v1/submissions/{x", "/api/v1/submissions/%zz", "/api/v1/institutions/%00",
                "/api/v1/institutions/%C0%AF", "/api/v1/submissions/a%0Ab",
                "/api/v1/submissions?since=%0D%0A")) {
            RawHttp.Answer a = RawHttp.send("GET " + target + " HTTP/1.1\r\nAccept-Language: en", null);
            assertEquals(400, a.status(), target);
            assertEquals("application/problem+json", a.header("Content-Type"), target);
            assertEquals("https://healthsec.cn/problems/malformed-request", a.json().path("type").asText(), target);
        }
    }

    @Test
    void shouldFallBackToChineseOnAMalformedAcceptLanguageWithAndWithoutAToken() {
        try (LogCapture log = new LogCapture()) {
            for (String header : List.of("en;q=2", "xx;q=abc", "en;q=", ",,,;;")) {
                given().header("Accept-Language", header).get("/api/v1/submissions")
                        .then().statusCode(401).contentType("application/problem+json")
                        .header("Content-Language", "zh-CN").body("title", equalTo("需要身份认证"));
                given().auth().oauth2(Tokens.admin()).header("Accept-Language", header).get("/api/v1/rules")
                        .then().statusCode(200);
                given().auth().oauth2(Tokens.admin()).header("Accept-Language", header).get("/api/v1/divisions/999999")
                        .then().statusCode(404).contentType("application/problem+json").header("Content-Language", "zh-CN");
            }
            String logged = String.join("\n", log.lines());
            assertFalse(logged.contains("q=2") || logged.contains("q=abc"), "the header is never logged, at any level");
            assertFalse(String.join("\n", log.printed()).contains("\tat "), "no stack trace printed");
        }
    }

    @Test
    void shouldBoundAndRedactWhatAPathEchoes() {
        String longPath = "/api/v1/divisions/" + "x".repeat(1000);
        Response r = given().auth().oauth2(Tokens.admin()).get(longPath).then().statusCode(404).extract().response();
        String instance = r.path("instance");
        assertTrue(instance.length() <= ProblemResponses.MAX_INSTANCE_LENGTH + 1, instance);
        String hidden = given().auth().oauth2(Tokens.admin())
                .get("/api/v1/divisions/ID" + fullwidth(PersonalData.RESIDENT_ID)).then().statusCode(404).extract().path("instance");
        assertEquals(ProblemResponses.REDACTED, hidden, "a disguised identity number in a path is not echoed");
    }

    private static String fullwidth(String s) {
        StringBuilder b = new StringBuilder();
        for (char c : s.toCharArray()) {
            b.append(c >= '0' && c <= '9' ? (char) (c - '0' + '０') : c);
        }
        return new String(b.toString().getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8);
    }
}
