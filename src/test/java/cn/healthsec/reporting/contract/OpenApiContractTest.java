package cn.healthsec.reporting.contract;

import cn.healthsec.reporting.support.Fixtures;
import cn.healthsec.reporting.support.Tokens;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * openapi/openapi.yaml is the contract: /q/openapi serves exactly it, it documents every endpoint
 * the code has and no other, every operation is complete, and its request examples really work.
 */
@QuarkusTest
class OpenApiContractTest {

    static final java.nio.file.Path CONTRACT = Paths.get("openapi/openapi.yaml");
    static final Set<String> HTTP_METHODS = Set.of("get", "put", "post", "delete", "patch");

    static JsonNode contract() throws IOException {
        return new YAMLMapper().readTree(CONTRACT.toFile());
    }

    @Test
    void shouldServeExactlyTheCommittedContract() throws IOException {
        JsonNode served = new ObjectMapper().readTree(given().get("/q/openapi?format=json").then().statusCode(200).extract().asString());
        assertEquals(contract(), served);
    }

    @Test
    void shouldDocumentEveryEndpointOfTheCodeAndNoOther() throws IOException {
        Set<String> documented = new TreeSet<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = contract().path("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            path.getValue().fieldNames().forEachRemaining(m -> {
                if (HTTP_METHODS.contains(m)) {
                    documented.add(m.toUpperCase() + " " + path.getKey());
                }
            });
        }
        assertEquals(implemented(), documented);
    }

    @Test
    void shouldMakeEveryOperationComplete() throws IOException {
        JsonNode contract = contract();
        assertTrue(contract.path("components").path("securitySchemes").has("bearerAuth"));
        assertTrue(contract.path("security").toString().contains("bearerAuth"), "bearer auth is the default for every operation");
        Set<String> operationIds = new HashSet<>();
        List<String> problems = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = contract.path("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            for (Iterator<Map.Entry<String, JsonNode>> ops = path.getValue().fields(); ops.hasNext(); ) {
                Map.Entry<String, JsonNode> op = ops.next();
                String where = op.getKey() + " " + path.getKey();
                JsonNode o = op.getValue();
                if (!operationIds.add(o.path("operationId").asText())) {
                    problems.add(where + ": missing or duplicate operationId");
                }
                if (o.path("tags").isEmpty() || o.path("summary").asText().isBlank()) {
                    problems.add(where + ": tags and summary are required");
                }
                for (String status : List.of("401", "403", "500")) {
                    if (!o.path("responses").path(status).path("$ref").asText().startsWith("#/components/responses/")) {
                        problems.add(where + ": " + status + " must use a shared problem response");
                    }
                }
                o.path("requestBody").path("content").forEach(media -> {
                    if (!media.has("examples")) {
                        problems.add(where + ": request body without examples");
                    }
                });
                o.path("responses").fields().forEachRemaining(r -> {
                    if (r.getKey().startsWith("2")) {
                        r.getValue().path("content").forEach(media -> {
                            if (!media.has("examples")) {
                                problems.add(where + " " + r.getKey() + ": response without examples");
                            }
                        });
                    }
                });
            }
        }
        contract.path("components").path("responses").fields().forEachRemaining(r -> {
            if (!r.getValue().path("content").has("application/problem+json")) {
                problems.add("shared response " + r.getKey() + " is not application/problem+json");
            }
        });
        assertEquals(List.of(), problems);
    }

    @Test
    void shouldAcceptTheContractsOwnRequestExamples() throws IOException {
        JsonNode contract = contract();
        String uscc = Fixtures.registerInstitution("110105", null);
        for (String report : List.of("/api/v1/mlps-filings", "/api/v1/data-catalogue-reports", "/api/v1/risk-assessment-reports",
                "/api/v1/incidents", "/api/v1/hazard-reports", "/api/v1/external-provision-reports", "/api/v1/cross-border-applications",
                "/api/v1/level-approval-requests")) {
            JsonNode examples = contract.at("/paths/" + report.replace("/", "~1") + "/post/requestBody/content/application~1json/examples");
            assertTrue(examples.size() > 0, report);
            examples.forEach(example ->
                    given().auth().oauth2(Tokens.institution(uscc)).contentType("application/json").body(example.path("value").toString())
                            .post(report).then().statusCode(201));
        }
        String incident = given().auth().oauth2(Tokens.institution(uscc)).contentType("application/json")
                .body(contract.at("/paths/~1api~1v1~1incidents/post/requestBody/content/application~1json/examples/ransomwareTertiaryHospital/value").toString())
                .post("/api/v1/incidents").then().statusCode(201).extract().path("id");
        for (String stage : List.of("updates", "final-report")) {
            contract.at("/paths/~1api~1v1~1incidents~1{id}~1" + stage + "/post/requestBody/content/application~1json/examples").forEach(example ->
                    given().auth().oauth2(Tokens.institution(uscc)).contentType("application/json").body(example.path("value").toString())
                            .post("/api/v1/incidents/" + incident + "/" + stage).then().statusCode(201));
        }
        contract.at("/paths/~1api~1v1~1institutions~1{uscc}/put/requestBody/content/application~1json/examples").forEach(example ->
                given().auth().oauth2(Tokens.admin()).contentType("application/json").body(example.path("value").toString())
                        .put("/api/v1/institutions/" + Fixtures.uscc(example.path("value").path("divisionCode").asText()))
                        .then().statusCode(201));
    }

    /**
     * Issue 9 §3: a generated client can switch on finding codes, field-error codes and obligation
     * kinds. Every code the sources can emit has a message (MessagesTest); every message's code is
     * in the contract's enum, documented in its description, and nothing else is.
     */
    @Test
    void shouldEnumerateAndDocumentEveryCodeAClientCanSwitchOn() throws IOException {
        JsonNode schemas = contract().path("components").path("schemas");
        java.util.Properties messages = new java.util.Properties();
        try (var in = java.nio.file.Files.newBufferedReader(Paths.get("src/main/resources/i18n/messages_en.properties"),
                java.nio.charset.StandardCharsets.UTF_8)) {
            messages.load(in);
        }
        Map<String, Set<String>> expected = Map.ofEntries(
                Map.entry("/Finding/properties/code", codes(messages, "finding.")),
                Map.entry("/FieldError/properties/code", codes(messages, "field.")),
                Map.entry("/RouteReason", codes(messages, "route.")),
                Map.entry("/ProblemType", java.util.Arrays.stream(cn.healthsec.reporting.problem.ProblemType.values()).map(cn.healthsec.reporting.problem.ProblemType::uri)
                        .collect(java.util.stream.Collectors.toCollection(java.util.TreeSet::new))),
                Map.entry("/ObligationKind", java.util.Arrays.stream(cn.healthsec.reporting.obligation.ObligationKind.values()).map(Enum::name)
                        .collect(java.util.stream.Collectors.toCollection(java.util.TreeSet::new))),
                Map.entry("/ObligationState", java.util.Arrays.stream(cn.healthsec.reporting.rules.DeadlineState.values()).map(Enum::name)
                        .collect(java.util.stream.Collectors.toCollection(java.util.TreeSet::new))),
                Map.entry("/LegalInstrument", java.util.Arrays.stream(cn.healthsec.reporting.rules.Source.values()).map(Enum::name)
                        .collect(java.util.stream.Collectors.toCollection(java.util.TreeSet::new))),
                Map.entry("/Provenance", java.util.Arrays.stream(cn.healthsec.reporting.rules.Provenance.values()).map(Enum::name)
                        .collect(java.util.stream.Collectors.toCollection(java.util.TreeSet::new))),
                // Nullable twins of referenced enums (OAS 3.0 cannot make a $ref nullable): the same values plus null.
                Map.entry("/InboxSubmissionType", java.util.Arrays.stream(cn.healthsec.reporting.rules.SubmissionType.values()).map(Enum::name)
                        .collect(java.util.stream.Collectors.toCollection(java.util.TreeSet::new))),
                Map.entry("/StandingDecision", java.util.Arrays.stream(cn.healthsec.reporting.submission.api.DecisionOutcome.values()).map(Enum::name)
                        .collect(java.util.stream.Collectors.toCollection(java.util.TreeSet::new))),
                Map.entry("/ContentType", java.util.Arrays.stream(cn.healthsec.reporting.submission.api.ContentType.values()).map(Enum::name)
                        .collect(java.util.stream.Collectors.toCollection(java.util.TreeSet::new))),
                Map.entry("/AuditBreakKind", java.util.Arrays.stream(cn.healthsec.reporting.audit.AuditVerification.Kind.values()).map(Enum::name)
                        .collect(java.util.stream.Collectors.toCollection(java.util.TreeSet::new))),
                Map.entry("/AuditVerificationStatus", java.util.Arrays.stream(cn.healthsec.reporting.audit.AuditVerification.Status.values()).map(Enum::name)
                        .collect(java.util.stream.Collectors.toCollection(java.util.TreeSet::new))),
                Map.entry("/AuditOutcome", java.util.Set.of(cn.healthsec.reporting.audit.AuditLog.SUCCESS, cn.healthsec.reporting.audit.AuditLog.DENIED)
                        .stream().collect(java.util.stream.Collectors.toCollection(java.util.TreeSet::new))));
        expected.forEach((pointer, codes) -> {
            JsonNode schema = schemas.at(pointer);
            Set<String> declared = new java.util.TreeSet<>();
            schema.path("enum").forEach(v -> {
                if (!v.isNull()) {
                    declared.add(v.asText());
                }
            });
            assertEquals(codes, declared, pointer);
            String description = schema.path("description").asText();
            codes.forEach(code -> assertTrue(description.contains("`" + code + "`"), pointer + " documents " + code));
        });
    }

    private static Set<String> codes(java.util.Properties messages, String prefix) {
        return messages.stringPropertyNames().stream().filter(k -> k.startsWith(prefix)).map(k -> k.substring(prefix.length()))
                .collect(java.util.stream.Collectors.toCollection(java.util.TreeSet::new));
    }

    @Test
    void shouldKeepTheReadmeExampleEqualToTheContractsExample() throws IOException {
        JsonNode readmeExample = new ObjectMapper().readTree(Paths.get("src/test/resources/examples/mlps-filing.json").toFile());
        assertEquals(contract().at("/paths/~1api~1v1~1mlps-filings/post/requestBody/content/application~1json/examples/initialLevel3/value"),
                readmeExample);
    }

    /** "METHOD /path" for every JAX-RS resource method compiled into the service. */
    /**
     * Each operation's {@code x-roles} — what an integrator reads to know who may call it — are the
     * roles its resource method allows ({@code @RolesAllowed} on the method, else on the class).
     */
    @Test
    void shouldNameTheRolesEachOperationAllows() throws IOException {
        Map<String, Set<String>> documented = new java.util.TreeMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = contract().path("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            path.getValue().fields().forEachRemaining(op -> {
                if (HTTP_METHODS.contains(op.getKey())) {
                    Set<String> roles = new TreeSet<>();
                    op.getValue().path("x-roles").forEach(r -> roles.add(r.asText()));
                    documented.merge(op.getKey().toUpperCase() + " " + path.getKey(), roles, (a, b) -> a);
                }
            });
        }
        assertEquals(allowedRoles(), documented);
    }

    static Set<String> implemented() throws IOException {
        return allowedRoles().keySet();
    }

    static Map<String, Set<String>> allowedRoles() throws IOException {
        Map<String, Set<String>> out = new java.util.TreeMap<>();
        java.nio.file.Path classes = Paths.get("target/classes");
        try (Stream<java.nio.file.Path> files = Files.walk(classes)) {
            for (java.nio.file.Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                String name = classes.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
                Class<?> type;
                try {
                    type = Class.forName(name, false, OpenApiContractTest.class.getClassLoader());
                } catch (ClassNotFoundException | NoClassDefFoundError e) {
                    continue;
                }
                Path base = type.getAnnotation(Path.class);
                // The console's pages (/console, issue 30) are HTML for browsers, not operations of the API's contract.
                if (base == null || base.value().startsWith("/console")) {
                    continue;
                }
                for (Method m : type.getDeclaredMethods()) {
                    String verb = m.isAnnotationPresent(GET.class) ? "GET" : m.isAnnotationPresent(POST.class) ? "POST"
                            : m.isAnnotationPresent(PUT.class) ? "PUT" : m.isAnnotationPresent(DELETE.class) ? "DELETE"
                            : m.isAnnotationPresent(PATCH.class) ? "PATCH" : null;
                    if (verb != null) {
                        Path sub = m.getAnnotation(Path.class);
                        jakarta.annotation.security.RolesAllowed allowed = m.isAnnotationPresent(jakarta.annotation.security.RolesAllowed.class)
                                ? m.getAnnotation(jakarta.annotation.security.RolesAllowed.class)
                                : type.getAnnotation(jakarta.annotation.security.RolesAllowed.class);
                        out.computeIfAbsent(verb + " " + base.value() + (sub == null ? "" : sub.value()), k -> new TreeSet<>())
                                .addAll(allowed == null ? List.of() : List.of(allowed.value()));
                    }
                }
            }
        }
        return out;
    }
}
