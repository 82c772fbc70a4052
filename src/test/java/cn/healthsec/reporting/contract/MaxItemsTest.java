package cn.healthsec.reporting.contract;

import cn.healthsec.reporting.support.Fixtures;
import cn.healthsec.reporting.support.Tokens;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.jboss.logging.Logger;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 12 §4: work per report is bounded. Every array of every request schema has a
 * {@code maxItems} in the contract, and the service refuses one item more with a {@code size} field
 * error at that array — checked for every array the reports' own examples hold, each made one item
 * longer than its limit. Institutions in 450102 (Nanning Xingning); every request is refused.
 */
@QuarkusTest
class MaxItemsTest {

    private static final Logger LOG = Logger.getLogger(MaxItemsTest.class);

    @Test
    void shouldBoundEveryArrayOfEveryRequestSchema() throws IOException {
        JsonNode contract = OpenApiContractTest.contract();
        List<String> unbounded = new ArrayList<>();
        contract.path("components").path("schemas").fields().forEachRemaining(e -> unboundedArrays(contract, e.getValue(), e.getKey(), unbounded, 0));
        // Response-only schemas may list as many items as they hold; the test is about what a request may carry.
        List<String> inRequests = unbounded.stream().filter(p -> requestSchemas(contract).contains(p.contains("/") ? p.substring(0, p.indexOf("/")) : p)).toList();
        assertEquals(List.of(), inRequests, "arrays of request schemas without maxItems");
    }

    @Test
    void shouldRefuseOneItemMoreThanTheContractAllows() throws IOException {
        JsonNode contract = OpenApiContractTest.contract();
        String uscc = Fixtures.registerInstitution("450102", null);
        String token = Tokens.institution(uscc);
        int checked = 0;
        for (Iterator<Map.Entry<String, JsonNode>> paths = contract.path("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            if (path.getKey().contains("{")) {
                continue;
            }
            JsonNode body = path.getValue().path("post").path("requestBody").path("content").path("application/json");
            if (!body.has("schema") || !path.getValue().path("post").path("x-roles").toString().contains("institution")) {
                continue;
            }
            JsonNode schema = resolve(contract, body.path("schema"));
            for (JsonNode example : body.path("examples")) {
                List<String> arrays = new ArrayList<>();
                arraysIn(example.path("value"), "", arrays);
                for (String pointer : arrays) {
                    int max = maxItems(contract, schema, pointer);
                    ObjectNode oversized = example.path("value").deepCopy();
                    ArrayNode array = (ArrayNode) oversized.at(pointer);
                    JsonNode item = array.get(0);
                    array.removeAll();
                    for (int i = 0; i <= max; i++) {
                        array.add(item.deepCopy());
                    }
                    Response r = given().auth().oauth2(token).contentType("application/json").body(oversized.toString()).post(path.getKey());
                    assertEquals(400, r.statusCode(), path.getKey() + pointer + ": " + r.asString().substring(0, Math.min(400, r.asString().length())));
                    List<Map<String, String>> errors = r.path("errors");
                    assertTrue(errors.stream().anyMatch(e -> pointer.equals(e.get("field")) && "size".equals(e.get("code"))),
                            path.getKey() + " " + pointer + " (max " + max + "): " + errors);
                    checked++;
                }
            }
        }
        LOG.infof("[limits] %d arrays of the reports' examples refused at maxItems + 1", checked);
        assertTrue(checked >= 10, "the examples hold the reports' arrays: " + checked);
    }

    private static List<String> requestSchemas(JsonNode contract) {
        List<String> names = new ArrayList<>();
        contract.path("paths").forEach(ops -> ops.forEach(op -> op.path("requestBody").path("content").forEach(c -> {
            String ref = c.path("schema").path("$ref").asText("");
            if (!ref.isEmpty()) {
                reachable(contract, ref.substring(ref.lastIndexOf('/') + 1), names);
            }
        })));
        return names;
    }

    private static void reachable(JsonNode contract, String name, List<String> names) {
        if (names.contains(name)) {
            return;
        }
        names.add(name);
        contract.path("components").path("schemas").path(name).findValues("$ref")
                .forEach(r -> reachable(contract, r.asText().substring(r.asText().lastIndexOf('/') + 1), names));
    }

    private static void unboundedArrays(JsonNode contract, JsonNode schema, String at, List<String> found, int depth) {
        if (depth > 8 || schema.has("$ref")) {
            return;
        }
        if ("array".equals(schema.path("type").asText()) && !schema.has("maxItems")) {
            found.add(at);
        }
        schema.path("properties").fields().forEachRemaining(p -> unboundedArrays(contract, p.getValue(), at + "/" + p.getKey(), found, depth + 1));
        if (schema.has("items")) {
            unboundedArrays(contract, schema.path("items"), at + "/*", found, depth + 1);
        }
    }

    private static void arraysIn(JsonNode value, String at, List<String> found) {
        if (value.isArray() && !value.isEmpty() && value.get(0).isContainerNode()) {
            found.add(at);
            arraysIn(value.get(0), at + "/0", found);
        } else if (value.isArray() && !value.isEmpty()) {
            found.add(at);
        } else if (value.isObject()) {
            value.fields().forEachRemaining(f -> arraysIn(f.getValue(), at + "/" + f.getKey(), found));
        }
    }

    private static int maxItems(JsonNode contract, JsonNode schema, String pointer) {
        JsonNode property = schema;
        for (String token : pointer.substring(1).split("/")) {
            property = resolve(contract, property);
            property = token.matches("\\d+") ? property.path("items") : property.path("properties").path(token);
        }
        property = resolve(contract, property);
        assertTrue(property.has("maxItems"), pointer + " has maxItems");
        return property.path("maxItems").asInt();
    }

    private static JsonNode resolve(JsonNode contract, JsonNode schema) {
        return schema.has("$ref") ? contract.at(schema.path("$ref").asText().substring(1)) : schema;
    }
}
