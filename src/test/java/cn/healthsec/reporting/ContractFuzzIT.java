package cn.healthsec.reporting;

import cn.healthsec.reporting.support.ContractOperations;
import cn.healthsec.reporting.support.Fixtures;
import cn.healthsec.reporting.support.JsonPointers;
import cn.healthsec.reporting.support.PersonalData;
import cn.healthsec.reporting.support.Tokens;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.quarkus.test.junit.QuarkusIntegrationTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.jboss.logging.Logger;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 12 §6: fuzzing generated from the contract, against the packaged service. For every
 * operation of {@code openapi/openapi.yaml}, as a caller its {@code x-roles} allow: every field of
 * its first request example replaced by each wrong value and removed, structural faults of the body,
 * every declared query, path and header parameter given garbage, and query strings the operation does
 * not define (unknown names, repeated parameters, a flood). Each value carries a marker
 * (and some a resident identity number). Whatever is sent: no 5xx, every 4xx a problem document,
 * no refusal echoing a planted value, and no line of the service's log holding one. Prints how many
 * requests and the statuses. Tokens are renewed as the per-client rate limit would otherwise answer
 * 429 (which stays on: a 429 is a problem document too).
 */
@QuarkusIntegrationTest
class ContractFuzzIT {

    private static final Logger LOG = Logger.getLogger(ContractFuzzIT.class);

    static final ObjectMapper JSON = new ObjectMapper();
    static final String MARKER = "QZFUZZ";
    static final String DIVISION = "360104";
    static final int REQUESTS_PER_TOKEN = 80;

    static final List<String> WRONG_VALUES = List.of(
            "null", "\"\"", "\"" + MARKER + "-v\"", "\"" + MARKER + "x".repeat(3000) + "\"", "\"" + MARKER + "\\u0000\"",
            "\"" + MARKER + "\\ud800\"", "\"3\"", "\"2026-02-30\"", "-1", "1.5", "123456789012345678901234567890", "true",
            "[]", "{\"" + MARKER + "\": 1}", "[" + "[".repeat(40) + "]".repeat(40) + "]", "\"" + MARKER + "\\u202E\"",
            "\"病人" + PersonalData.RESIDENT_ID + MARKER + "\"", "1e309", "[\"" + MARKER + "\", 1, null]");
    static final List<String> GARBAGE = List.of("-1", "0", "abc" + MARKER, "99999999999999999999", "1.5", "%00" + MARKER,
            MARKER + "%0A", "x".repeat(300), "%E4%B8", PersonalData.RESIDENT_ID + MARKER, "%27%20or%201%3D1--" + MARKER);

    private final Map<Integer, Integer> statuses = new TreeMap<>();
    private int requests;
    private final Map<String, String> tokens = new java.util.HashMap<>();
    private final Map<String, Integer> uses = new java.util.HashMap<>();
    private String uscc;

    @Test
    void shouldAnswerEveryGeneratedMalformedRequestWithAProblemAndNeverEchoIt() throws Exception {
        JsonNode contract = new YAMLMapper().readTree(Paths.get("openapi/openapi.yaml").toFile());
        uscc = Fixtures.registerInstitution(DIVISION, null);
        String submission = given().auth().oauth2(token("institution")).contentType("application/json").body(Fixtures.sampleFiling())
                .post("/api/v1/mlps-filings").then().statusCode(201).extract().path("id");
        String incident = given().auth().oauth2(token("institution")).contentType("application/json")
                .body(Fixtures.ransomware(1, "GENERAL", 10, null)).post("/api/v1/incidents").then().statusCode(201).extract().path("id");
        Map<String, String> params = Map.of("uscc", uscc, "id", submission, "authorityId", "HC-" + DIVISION, "entryId", "1",
                "grantId", "1", "year", "2031", "code", DIVISION, "subscriptionId", java.util.UUID.randomUUID().toString(), "deliveryId", "1");

        int operations = 0;
        for (ContractOperations.Operation op : ContractOperations.all(contract)) {
            operations++;
            String role = op.spec().path("x-roles").get(0).asText();
            String method = op.method().toUpperCase();
            String url = op.filled(params);
            if (op.path().startsWith("/api/v1/incidents/{id}")) {
                url = url.replace(submission, incident);
            }
            fuzzParameters(method, op.path(), url, op.spec(), role);
            JsonNode json = op.spec().path("requestBody").path("content").path("application/json");
            if (json.has("examples")) {
                fuzzBody(method, url, role, json.path("examples").elements().next().path("value"));
            } else if (op.spec().path("requestBody").path("content").has("text/csv")) {
                for (String g : GARBAGE) {
                    send(method, url, role, ("code,name,level\n110000," + g + ",province\n").getBytes(StandardCharsets.UTF_8), "text/csv");
                }
            }
        }
        List<String> echoed = logLinesWithMarker();
        LOG.infof("[fuzz] %d requests generated from the contract over %d operations against the packaged service; "
                + "statuses %s; 5xx: %d; log lines holding a planted value: %d", requests, operations, statuses,
                statuses.entrySet().stream().filter(e -> e.getKey() >= 500).mapToInt(Map.Entry::getValue).sum(), echoed.size());
        assertFalse(statuses.keySet().stream().anyMatch(s -> s >= 500), statuses.toString());
        assertEquals(List.of(), echoed, "log lines holding a planted value");
        assertTrue(requests >= 3000, "every field and parameter of every operation: " + requests);
    }

    private void fuzzBody(String method, String url, String role, JsonNode template) throws Exception {
        for (String pointer : JsonPointers.all(template, node -> true)) {
            for (String wrong : WRONG_VALUES) {
                JsonNode body = template.deepCopy();
                JsonPointers.set(body, pointer, JSON.readTree(wrong));
                send(method, url, role, body.toString().getBytes(StandardCharsets.UTF_8), "application/json");
            }
            JsonNode without = template.deepCopy();
            JsonPointers.remove(without, pointer);
            send(method, url, role, without.toString().getBytes(StandardCharsets.UTF_8), "application/json");
        }
        String text = template.toString();
        for (String s : List.of(text.replaceFirst("\\{", "{\"" + MARKER + "\": 1, "), text + "]", text.substring(0, text.length() / 2),
                "[" + text + "]", "\"" + MARKER + "\"", "", "{\"a\": NaN}", "\uFEFF" + text)) {
            send(method, url, role, s.getBytes(StandardCharsets.UTF_8), "application/json");
        }
        send(method, url, role, text.getBytes(StandardCharsets.UTF_8), "application/xml");
    }

    private void fuzzParameters(String method, String template, String url, JsonNode op, String role) {
        for (JsonNode parameter : op.path("parameters")) {
            String name = parameter.path("name").asText();
            String in = parameter.path("in").asText();
            if (parameter.has("$ref")) {
                String ref = parameter.path("$ref").asText();
                name = ref.substring(ref.lastIndexOf('/') + 1);
                in = name.equals("AcceptLanguage") ? "header" : name.equals("After") ? "query" : "path";
                name = switch (name) {
                    case "AcceptLanguage" -> "Accept-Language";
                    case "After" -> "after";
                    case "AuthorityId" -> "authorityId";
                    case "Uscc" -> "uscc";
                    default -> name.substring(0, 1).toLowerCase() + name.substring(1);
                };
            }
            for (String g : GARBAGE) {
                RequestSpecification r = given().auth().oauth2(token(role)).urlEncodingEnabled(false);
                String target = url;
                switch (in) {
                    case "query" -> target = url + "?" + name + "=" + g;
                    case "path" -> target = template.contains("{" + name + "}") ? pathWith(template, url, name, g) : url;
                    case "header" -> r.header(name, g.replace("%", ""));
                    default -> { }
                }
                record(r.request(method, target));
            }
        }
        // Issue 26: the query string is read strictly — names the operation does not define (a marker, personal data,
        // a flood of them) and a parameter given twice.
        StringBuilder flood = new StringBuilder();
        for (int i = 0; i < 200; i++) {
            flood.append(i == 0 ? "" : "&").append('q').append(i).append('=').append(MARKER);
        }
        for (String q : List.of(MARKER + "=1", PersonalData.RESIDENT_ID + "=" + MARKER, "limit=1&limit=2", "after=" + MARKER + "&after=x",
                MARKER + "a=1&" + MARKER + "a=2", flood.toString())) {
            record(given().auth().oauth2(token(role)).urlEncodingEnabled(false).request(method, url + (url.contains("?") ? "&" : "?") + q));
        }
    }

    /** The URL with one path parameter replaced by garbage (the others as filled). */
    private static String pathWith(String template, String url, String name, String garbage) {
        String[] t = template.split("/");
        String[] u = url.split("/");
        for (int i = 0; i < t.length; i++) {
            if (t[i].equals("{" + name + "}")) {
                u[i] = garbage;
            }
        }
        return String.join("/", u);
    }

    private void send(String method, String url, String role, byte[] body, String contentType) {
        RequestSpecification r = given().auth().oauth2(token(role)).contentType(contentType).header("Accept-Language", "en")
                .header("Idempotency-Key", "fuzz-" + requests).body(body);
        if (url.contains("/submissions/") && "POST".equals(method)) {
            r.header("If-Match", "\"0\"");
        }
        record(r.request(method, url));
    }

    private void record(Response r) {
        requests++;
        statuses.merge(r.statusCode(), 1, Integer::sum);
        assertTrue(r.statusCode() < 500, () -> "a 5xx: " + r.statusCode() + " " + r.asString());
        if (r.statusCode() >= 400) {
            assertEquals("application/problem+json", r.contentType(), () -> r.statusCode() + " " + r.asString());
            String body = r.asString().replaceAll("\"(field|instance)\":\"[^\"]*\"", "");
            assertFalse(body.contains(MARKER) || body.contains(PersonalData.RESIDENT_ID), () -> "a refusal echoes a value: " + r.asString());
        }
    }

    /** A token for the role, renewed before the rate limit would refuse it. */
    private String token(String role) {
        int used = uses.merge(role, 1, Integer::sum);
        if (used % REQUESTS_PER_TOKEN == 1 || !tokens.containsKey(role)) {
            tokens.put(role, switch (role) {
                case "institution" -> Tokens.institution(uscc);
                case "delegate" -> Tokens.institution(uscc);
                case "authority" -> Tokens.authority("HC-" + DIVISION);
                default -> Tokens.admin();
            });
        }
        return tokens.get(role);
    }

    private static List<String> logLinesWithMarker() throws Exception {
        Path log = Paths.get("target/quarkus.log");
        assertTrue(Files.exists(log), "the packaged service's log is at " + log);
        List<String> found = new ArrayList<>();
        for (String line : Files.readAllLines(log, StandardCharsets.UTF_8)) {
            if (line.contains(MARKER) || line.contains(PersonalData.RESIDENT_ID)) {
                found.add(line.length() > 300 ? line.substring(0, 300) : line);
            }
        }
        return found;
    }
}
