package cn.healthsec.reporting.contract;

import cn.healthsec.reporting.support.Fixtures;
import cn.healthsec.reporting.support.Tokens;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.jboss.logging.Logger;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 11 §3: the conditional requirements a request schema states in {@code x-required-when} and
 * {@code x-forbidden-unless} are the ones the service enforces. For every such rule of every request
 * body, the test takes the body's own example, makes it break the rule (the condition met and the
 * field removed; the condition unmet and the field present) and expects 400 with a field error at
 * the rule's field. Institutions in 370102 (Jinan Lixia), so that nothing of it reaches another
 * test's inbox (every request is refused anyway).
 */
@QuarkusTest
class ConditionalRequirementsTest {

    private static final Logger LOG = Logger.getLogger(ConditionalRequirementsTest.class);

    @Test
    void shouldRefuseEveryViolationOfAConditionalRequirementTheContractStates() throws IOException {
        JsonNode contract = OpenApiContractTest.contract();
        String uscc = Fixtures.registerInstitution("370102", null);
        String institution = Tokens.institution(uscc);
        int checked = 0;
        List<String> schemasWithRules = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = contract.path("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            JsonNode post = path.getValue().path("post");
            JsonNode body = post.path("requestBody").path("content").path("application/json");
            String ref = body.path("schema").path("$ref").asText("");
            if (ref.isEmpty()) {
                continue;
            }
            JsonNode schema = contract.at(ref.substring(1));
            if (!schema.has("x-required-when") && !schema.has("x-forbidden-unless")) {
                continue;
            }
            schemasWithRules.add(ref.substring(ref.lastIndexOf('/') + 1));
            BiFunction<JsonNode, String, Response> send = sender(path.getKey(), uscc, institution);
            for (JsonNode rule : schema.path("x-required-when")) {
                JsonNode example = exampleReaching(body, rule.path("when").asText());
                ObjectNode broken = example.deepCopy();
                broken.remove("institution");
                set(broken, rule.path("when").asText(), TextNode.valueOf(rule.path("in").get(0).asText()));
                remove(broken, rule.path("field").asText());
                expectFieldError(send.apply(broken, "required-when " + rule), rule.path("field").asText(), "required");
                checked++;
            }
            for (JsonNode rule : schema.path("x-forbidden-unless")) {
                JsonNode example = exampleHolding(body, rule.path("field").asText(), rule.path("when").asText());
                ObjectNode broken = example.deepCopy();
                broken.remove("institution");
                set(broken, rule.path("when").asText(), TextNode.valueOf(otherValue(contract, schema, rule)));
                expectFieldError(send.apply(broken, "forbidden-unless " + rule), rule.path("field").asText(), "only_");
                checked++;
            }
        }
        LOG.infof("conditional requirements: %d rules of %d request schemas refused as stated (%s)", checked,
                schemasWithRules.size(), schemasWithRules);
        assertEquals(List.of("MlpsFilingRequest", "CatalogueReportRequest", "RiskAssessmentReportRequest", "SelfInspectionReportRequest",
                "DecisionRequest", "RectificationReportRequest"), schemasWithRules);
        assertEquals(14, checked);
    }

    /** Posts a body to the operation: a report as the institution; a decision as its supervisor, on a filing of its own. */
    private static BiFunction<JsonNode, String, Response> sender(String path, String uscc, String institution) {
        if (path.equals("/api/v1/submissions/{id}/decisions")) {
            Response filed = given().auth().oauth2(institution).contentType("application/json").body(Fixtures.sampleFiling())
                    .post("/api/v1/mlps-filings").then().statusCode(201).extract().response();
            String target = "/api/v1/submissions/" + filed.path("id") + "/decisions";
            String etag = filed.header("ETag");
            assertNotNull(etag);
            return (body, what) -> given().auth().oauth2(Tokens.authority("HC-370102")).header("If-Match", etag)
                    .contentType("application/json").body(body.toString()).post(target);
        }
        assertFalse(path.contains("{"), "no set-up for " + path);
        return (body, what) -> given().auth().oauth2(institution).contentType("application/json").body(body.toString()).post(path);
    }

    private static void expectFieldError(Response r, String field, String codePrefix) {
        String pointer = field.replace("*", "0");
        assertEquals(400, r.statusCode(), r.asString());
        List<Map<String, String>> errors = r.path("errors");
        assertTrue(errors.stream().anyMatch(e -> pointer.equals(e.get("field")) && e.get("code").startsWith(codePrefix)),
                pointer + " " + codePrefix + " in " + errors);
    }

    /** The first example whose arrays reach the pointer (its "*" resolved to the first item). */
    private static JsonNode exampleReaching(JsonNode body, String pointer) {
        for (JsonNode example : body.path("examples")) {
            JsonNode value = example.path("value");
            String parent = pointer.substring(0, pointer.lastIndexOf('/')).replace("*", "0");
            if (parent.isEmpty() || !value.at(parent).isMissingNode()) {
                return value;
            }
        }
        throw new AssertionError("no example reaches " + pointer);
    }

    /** The first example that holds the field (so that the rule can be broken by changing only the condition). */
    private static JsonNode exampleHolding(JsonNode body, String field, String when) {
        for (JsonNode example : body.path("examples")) {
            JsonNode value = example.path("value");
            JsonNode held = value.at(field.replace("*", "0"));
            if (!held.isMissingNode() && !held.isNull() && !value.at(when.replace("*", "0")).isMissingNode()) {
                return value;
            }
        }
        throw new AssertionError("no example holds " + field);
    }

    /** A value of the condition's enum outside the rule's {@code in}. */
    private static String otherValue(JsonNode contract, JsonNode schema, JsonNode rule) {
        JsonNode property = schema;
        for (String token : rule.path("when").asText().substring(1).split("/")) {
            property = resolve(contract, property);
            property = "*".equals(token) ? property.path("items") : property.path("properties").path(token);
        }
        property = resolve(contract, property);
        List<String> allowed = new ArrayList<>();
        rule.path("in").forEach(v -> allowed.add(v.asText()));
        for (JsonNode v : property.path("enum")) {
            if (!v.isNull() && !allowed.contains(v.asText())) {
                return v.asText();
            }
        }
        throw new AssertionError("no other value for " + rule);
    }

    private static JsonNode resolve(JsonNode contract, JsonNode schema) {
        return schema.has("$ref") ? contract.at(schema.path("$ref").asText().substring(1)) : schema;
    }

    private static void set(ObjectNode root, String pointer, JsonNode value) {
        String resolved = pointer.replace("*", "0");
        String parent = resolved.substring(0, resolved.lastIndexOf('/'));
        ((ObjectNode) (parent.isEmpty() ? root : root.at(parent))).set(resolved.substring(resolved.lastIndexOf('/') + 1), value);
    }

    private static void remove(ObjectNode root, String pointer) {
        String resolved = pointer.replace("*", "0");
        String parent = resolved.substring(0, resolved.lastIndexOf('/'));
        ((ObjectNode) (parent.isEmpty() ? root : root.at(parent))).remove(resolved.substring(resolved.lastIndexOf('/') + 1));
    }
}
