package cn.healthsec.reporting.contract;

import cn.healthsec.reporting.support.ContractOperations;
import cn.healthsec.reporting.support.Fixtures;
import cn.healthsec.reporting.support.Tokens;
import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import io.smallrye.jwt.util.KeyUtils;
import org.jboss.logging.Logger;
import org.junit.jupiter.api.Test;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.security.PublicKey;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 12 §3: the authorization matrix, over every operation of the contract. Each cell is one
 * request — an operation, with the path parameters of institution A's resources (in 360102,
 * Nanchang Donghu), by one caller — and has an expected answer:
 *
 * <ul>
 *   <li>no token, an expired one, one of another issuer, one signed by another key, {@code alg: none},
 *   and HS256 signed with the service's public key: 401;</li>
 *   <li>a role the operation's {@code x-roles} does not name: 403;</li>
 *   <li>institution B (in 360402) on A's resources, an authority outside A's jurisdiction
 *   (HC-360402), and the cybersecurity administration and public security organ at A's county on
 *   what was not routed to them (the PSB receives A's incident, so it reads that one): 404 on a
 *   submission, an incident or an institution's records (no enumeration), 403 on another
 *   authority's resources;</li>
 *   <li>a delegate naming A without A's grant: 403 on everything but the reference data, which acts
 *   for no one;</li>
 *   <li>an important-data determination by an authority that is not a health commission: 403 (2026
 *   Data Measures art. 6 ¶1: health commissions "at each level" confirm important data); a decision on a submission by any
 *   commission but the one it was filed with (the supervisor decides; those above read); a
 *   rectification notice by the CAC or PSB, whatever the institution: 403 (health commissions
 *   issue them);</li>
 *   <li>A itself, its delegate under a grant, its supervising commission (HC-360102), the commissions
 *   above it (HC-360100, HC-360000), an admin, each where its role is named: <b>authorized</b> — an
 *   answer the operation documents, neither 401, 403 nor 404, and no 5xx (the body may still be
 *   refused as invalid: authorization is what is tested). The lifecycle operations on a submission
 *   carry the filing's ETag in {@code If-Match}, so that they reach the visibility check.</li>
 * </ul>
 *
 * Every cell that differs is listed and fails the test; the count of cells is printed.
 */
@QuarkusTest
class AuthorizationMatrixTest {

    private static final Logger LOG = Logger.getLogger(AuthorizationMatrixTest.class);

    static final String DIVISION = "360102";
    static final String OTHER_DIVISION = "360402";
    static final String AUTHORIZED = "authorized";

    /** Who calls, with what token, and the answer expected per kind of resource. */
    record Caller(String name, String role, String token, Expect expect, String authority) {
        Caller(String name, String role, String token, Expect expect) {
            this(name, role, token, expect, null);
        }
    }

    /** A caller's relation to A's resources. */
    enum Expect { OWNER, STRANGER }

    @Test
    void shouldAnswerEveryCellOfTheMatrixAsExpected() throws Exception {
        JsonNode contract = OpenApiContractTest.contract();
        String a = Fixtures.registerInstitution(DIVISION, null);
        String b = Fixtures.registerInstitution(OTHER_DIVISION, null);
        String tokenA = Tokens.institution(a);
        Response filed = given().auth().oauth2(tokenA).contentType("application/json").body(Fixtures.sampleFiling())
                .post("/api/v1/mlps-filings").then().statusCode(201).extract().response();
        String submission = filed.path("id");
        Response reported = given().auth().oauth2(tokenA).contentType("application/json")
                .body(Fixtures.ransomware(0.5, "GENERAL", 10, null)).post("/api/v1/incidents").then().statusCode(201).extract().response();
        String incident = reported.path("id");
        Set<String> routedIncident = new java.util.HashSet<>(reported.jsonPath().getList("routes.authorityId", String.class));
        assertTrue(!routedIncident.contains("CAC-" + DIVISION) && routedIncident.contains("PSB-" + DIVISION), "routes: " + routedIncident);
        List<String> routedFiling = filed.jsonPath().getList("routes.authorityId", String.class);
        assertTrue(!routedFiling.contains("CAC-" + DIVISION) && !routedFiling.contains("PSB-" + DIVISION), "routes: " + routedFiling);
        String vendor = "matrix-vendor-" + System.nanoTime();
        grant(tokenA, a, vendor);
        long revocable = grant(tokenA, a, vendor + "-revocable");
        long entry = ((Number) given().auth().oauth2(Tokens.authority("HC-" + DIVISION)).get("/api/v1/authorities/HC-" + DIVISION + "/inbox")
                .then().statusCode(200).extract().path("entries[0].id")).longValue();

        // Push subscriptions (issue 25): one of A's commission and one of A, each with a finished delivery to redeliver,
        // and one of each to delete (deleting twice answers the same, but what is deleted answers 404 afterwards).
        Subscribed commission = subscribe("/api/v1/authorities/HC-" + DIVISION, Tokens.authority("HC-" + DIVISION), INBOX_EVENT);
        Subscribed institution = subscribe("/api/v1/institutions/" + a, tokenA, "cn.healthsec.submission.returned");
        Map<String, String> params = Map.ofEntries(Map.entry("uscc", a), Map.entry("id", submission), Map.entry("authorityId", "HC-" + DIVISION),
                Map.entry("entryId", String.valueOf(entry)), Map.entry("grantId", String.valueOf(revocable)), Map.entry("year", "2026"),
                Map.entry("code", DIVISION), Map.entry("incident", incident), Map.entry("etag", filed.header("ETag")),
                Map.entry("subscriptionId", commission.id()), Map.entry("deliveryId", String.valueOf(commission.delivery())),
                Map.entry("deletableSubscriptionId", commission.deletable()),
                Map.entry("institutionSubscriptionId", institution.id()), Map.entry("institutionDeliveryId", String.valueOf(institution.delivery())),
                Map.entry("institutionDeletableSubscriptionId", institution.deletable()));

        List<Caller> invalid = List.of(
                new Caller("no token", null, null, null),
                new Caller("expired", null, Tokens.expired(a), null),
                new Caller("wrong issuer", null, Tokens.wrongIssuer(a), null),
                new Caller("bad signature", null, Tokens.foreignKey(a), null),
                new Caller("alg none", null, unsigned(a), null),
                new Caller("HS256 keyed with the public key (PEM)", null, hs256WithPublicKey(a, 0), null),
                new Caller("HS256 keyed with the public key (DER)", null, hs256WithPublicKey(a, 1), null));
        List<Caller> callers = List.of(
                new Caller("institution A", "institution", tokenA, Expect.OWNER),
                new Caller("delegate of A", "delegate", Tokens.delegate(vendor, a), Expect.OWNER),
                new Caller("commission of A", "authority", Tokens.authority("HC-" + DIVISION), Expect.OWNER, "HC-" + DIVISION),
                new Caller("prefecture above A", "authority", Tokens.authority("HC-360100"), Expect.OWNER, "HC-360100"),
                new Caller("province above A", "authority", Tokens.authority("HC-360000"), Expect.OWNER, "HC-360000"),
                new Caller("admin", "admin", Tokens.admin(), Expect.OWNER),
                new Caller("institution B", "institution", Tokens.institution(b), Expect.STRANGER),
                new Caller("delegate without grant", "delegate", Tokens.delegate("matrix-stranger", a), Expect.STRANGER),
                new Caller("commission outside", "authority", Tokens.authority("HC-" + OTHER_DIVISION), Expect.STRANGER, "HC-" + OTHER_DIVISION),
                new Caller("CAC of A's county", "authority", Tokens.authority("CAC-" + DIVISION), Expect.STRANGER, "CAC-" + DIVISION),
                new Caller("PSB of A's county", "authority", Tokens.authority("PSB-" + DIVISION), Expect.STRANGER, "PSB-" + DIVISION));

        int cells = 0;
        List<String> wrong = new ArrayList<>();
        Map<String, Integer> byExpectation = new LinkedHashMap<>();
        for (ContractOperations.Operation o : ContractOperations.all(contract)) {
            Operation operation = new Operation(o.path(), o.method(), o.spec(), params);
            for (Caller c : invalid) {
                cells++;
                check(operation, c, "401", wrong, byExpectation);
            }
            // Issue 26: who the caller is comes first, whatever else is wrong with the request — unknown and
            // repeated query parameters, a body of a media type the operation does not take (one answered 415 first).
            for (Variant v : List.of(Variant.UNKNOWN_QUERY, Variant.OTHER_MEDIA_TYPE)) {
                if (v == Variant.OTHER_MEDIA_TYPE && operation.spec().path("requestBody").isMissingNode()) {
                    continue;
                }
                cells++;
                check(operation, invalid.get(0), "401", v, wrong, byExpectation);
            }
            for (Caller c : callers) {
                cells++;
                check(operation, c, expected(operation, c, routedIncident), wrong, byExpectation);
                // A role the operation does not name is refused first; for everyone else a malformed query is
                // refused before the resource is looked up, so the 400 says nothing about whose it is.
                cells++;
                check(operation, c, operation.roles().contains(c.role()) ? "400" : "403", Variant.UNKNOWN_QUERY, wrong, byExpectation);
            }
        }
        LOG.infof("[matrix] %d cells over %d callers: %s; %d differ", cells, invalid.size() + callers.size(),
                byExpectation, wrong.size());
        assertEquals(List.of(), wrong, "cells whose answer differs from the expected one");
        assertTrue(cells >= 67 * (7 + 1 + 11 * 2) + 20, "every operation with every caller, and the variants: " + cells);
    }

    static long grant(String token, String uscc, String delegate) {
        return ((Number) given().auth().oauth2(token).contentType("application/json")
                .body("{\"delegate\": \"" + delegate + "\", \"expiresAt\": \"" + OffsetDateTime.now().plusMonths(6) + "\"}")
                .post("/api/v1/institutions/" + uscc + "/delegates").then().statusCode(201).extract().path("id")).longValue();
    }

    static final String INBOX_EVENT = "cn.healthsec.inbox.entry.created";

    /** A subscription to keep, its finished delivery, and a subscription to delete. */
    record Subscribed(String id, long delivery, String deletable) {
    }

    @Inject
    jakarta.persistence.EntityManager em;

    private Subscribed subscribe(String owner, String token, String type) {
        String body = "{\"url\": \"http://127.0.0.1:9/matrix\", \"types\": [\"" + type + "\"]}";
        String kept = given().auth().oauth2(token).contentType("application/json").body(body).post(owner + "/subscriptions")
                .then().statusCode(201).extract().path("id");
        String deletable = given().auth().oauth2(token).contentType("application/json").body(body).post(owner + "/subscriptions")
                .then().statusCode(201).extract().path("id");
        // A finished delivery of the kept one, as the sender records a dead-lettered event.
        long delivery = io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                        "insert into webhook_delivery (subscription_id, event_id, event_type, position_txid, position_id, state, attempts,"
                                + " created_at, finished_at) values (cast(:s as uuid), 'ie_0', :t, 0, 0, 'FAILED', 1, now(), now()) returning id")
                .setParameter("s", kept).setParameter("t", type).getSingleResult()).longValue());
        return new Subscribed(kept, delivery, deletable);
    }

    /** What a caller with a valid token should get. */
    static String expected(Operation op, Caller c, Set<String> routedIncident) {
        if (!op.roles().contains(c.role())) {
            return "403";
        }
        if (op.path().equals("/api/v1/institutions/{uscc}/important-data-determinations") && op.method().equals("post")
                && c.authority() != null && !c.authority().startsWith("HC-") && !c.authority().equals("NHC")) {
            return "403";
        }
        if (op.path().equals("/api/v1/submissions/{id}/decisions") && c.authority() != null
                && !c.authority().equals(op.params().get("authorityId"))) {
            return c.expect() == Expect.OWNER ? "403" : "404";
        }
        if (op.path().equals("/api/v1/institutions/{uscc}/rectification-notices") && op.method().equals("post")
                && c.authority() != null && !c.authority().startsWith("HC-")) {
            return "403";
        }
        if (c.name().equals("delegate without grant")) {
            return op.path().startsWith("/api/v1/calendar/") || op.path().startsWith("/api/v1/divisions/")
                    || op.path().equals("/api/v1/rules") ? AUTHORIZED : "403";
        }
        if (c.expect() == Expect.OWNER || op.path().startsWith("/api/v1/incidents/{id}") && routedIncident.contains(c.authority())) {
            // Every authority above A (and A's own) may act on A's submissions and institution record,
            // but an authority's own resources (its inbox, its jurisdiction) are its own only.
            // An admin manages an authority's push subscriptions too (issue 25 §4), not its inbox.
            if (op.path().contains("{authorityId}") && !op.params().get("authorityId").equals(c.authority())
                    && !("admin".equals(c.role()) && op.path().contains("/subscriptions"))) {
                return "403";
            }
            return AUTHORIZED;
        }
        if (op.path().startsWith("/api/v1/submissions/{id}") || op.path().startsWith("/api/v1/incidents/{id}")
                || op.path().contains("{uscc}")) {
            return "404";
        }
        if (op.path().contains("{authorityId}")) {
            return "403";
        }
        // Collections (a listing, a new report): a stranger is served its own (empty) share, or files for itself.
        return AUTHORIZED;
    }

    /** How a request departs from the operation's contract besides its caller. */
    enum Variant { AS_DOCUMENTED, UNKNOWN_QUERY, OTHER_MEDIA_TYPE }

    private static void check(Operation op, Caller c, String expected, List<String> wrong, Map<String, Integer> tally) {
        check(op, c, expected, Variant.AS_DOCUMENTED, wrong, tally);
    }

    private static void check(Operation op, Caller c, String expected, Variant variant, List<String> wrong, Map<String, Integer> tally) {
        Response r = op.send(c.token(), variant);
        int status = r.statusCode();
        boolean ok = AUTHORIZED.equals(expected)
                ? status != 401 && status != 403 && status != 404 && status < 500 && op.documents(status)
                : String.valueOf(status).equals(expected);
        tally.merge(expected, 1, Integer::sum);
        if (!ok) {
            wrong.add(op.method().toUpperCase() + " " + op.path() + " by " + c.name()
                    + (variant == Variant.AS_DOCUMENTED ? "" : " (" + variant + ")") + ": expected " + expected + ", got " + status);
        }
    }

    /** One operation of the contract, with the path parameters filled and its first example body. */
    record Operation(String path, String method, JsonNode spec, Map<String, String> params) {

        Set<String> roles() {
            Set<String> roles = new java.util.HashSet<>();
            spec.path("x-roles").forEach(r -> roles.add(r.asText()));
            return roles;
        }

        boolean documents(int status) {
            return spec.path("responses").has(String.valueOf(status));
        }

        Response send(String token, Variant variant) {
            String url = new ContractOperations.Operation(path, method, spec).filled(params);
            if (path.contains("/subscriptions/{subscriptionId}")) {
                // Each owner's own subscription (and its delivery); a delete takes the one kept for it.
                boolean institution = path.startsWith("/api/v1/institutions/");
                String sub = params.get(institution ? "institutionSubscriptionId" : "subscriptionId");
                if (method.equals("delete")) {
                    sub = params.get(institution ? "institutionDeletableSubscriptionId" : "deletableSubscriptionId");
                }
                url = url.replace("/subscriptions/" + params.get("subscriptionId"), "/subscriptions/" + sub)
                        .replace("/deliveries/" + params.get("deliveryId"), "/deliveries/" + params.get(institution ? "institutionDeliveryId" : "deliveryId"));
            }
            if (path.startsWith("/api/v1/incidents/{id}")) {
                url = url.replace("/incidents/" + params.get("id"), "/incidents/" + params.get("incident"));
            }
            RequestSpecification request = given();
            if (token != null) {
                request.auth().oauth2(token);
            }
            if (path.startsWith("/api/v1/submissions/{id}/") && method.equals("post")) {
                request.header("If-Match", params.get("etag"));
            }
            if (variant == Variant.UNKNOWN_QUERY) {
                url += (url.contains("?") ? "&" : "?") + "matrixUnknown=1&limit=1&limit=2";
            }
            JsonNode content = spec.path("requestBody").path("content");
            if (variant == Variant.OTHER_MEDIA_TYPE) {
                request.contentType("application/xml").body("<report/>");
            } else if (method.equals("put") && path.equals("/api/v1/institutions/{uscc}")) {
                // Re-registered as it is: the matrix must not move A out of its jurisdiction.
                request.contentType("application/json").body(Fixtures.institutionJson("测试医院", DIVISION, null));
            } else if (method.equals("put") && path.startsWith("/api/v1/calendar/")) {
                // An empty body: refused as invalid, the year's calendar untouched.
                request.contentType("application/json").body("{}");
            } else if (content.has("application/json")) {
                JsonNode examples = content.path("application/json").path("examples");
                String body = examples.isEmpty() ? "{}" : examples.elements().next().path("value").toString();
                request.contentType("application/json").body(body);
            } else if (content.has("text/csv")) {
                request.contentType("text/csv").body("code,name,level\n");
            }
            return request.request(method.toUpperCase(), url);
        }
    }

    /** A token of A with {@code alg: none} and no signature. */
    static String unsigned(String uscc) {
        String header = b64("{\"alg\":\"none\",\"typ\":\"JWT\"}");
        return header + "." + b64(claims(uscc)) + ".";
    }

    /** The classic key-confusion forgery: HS256 keyed with the RS256 public key the service trusts. */
    static String hs256WithPublicKey(String uscc, int variant) throws Exception {
        String signingInput = b64("{\"alg\":\"HS256\",\"typ\":\"JWT\"}") + "." + b64(claims(uscc));
        byte[] pem = Files.readAllBytes(Paths.get("src/test/resources/dev-keys/public.pem"));
        PublicKey key = KeyUtils.readPublicKey("dev-keys/public.pem");
        List<String> forgeries = new ArrayList<>();
        for (byte[] secret : List.of(pem, key.getEncoded())) {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            forgeries.add(signingInput + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(
                    mac.doFinal(signingInput.getBytes(StandardCharsets.US_ASCII))));
        }
        return forgeries.get(variant);
    }

    private static String claims(String uscc) {
        long now = System.currentTimeMillis() / 1000;
        return "{\"iss\":\"" + Tokens.ISSUER + "\",\"sub\":\"forger\",\"groups\":[\"institution\",\"admin\",\"authority\"],"
                + "\"uscc\":\"" + uscc + "\",\"authority_id\":\"NHC\",\"iat\":" + now + ",\"exp\":" + (now + 300) + "}";
    }

    private static String b64(String json) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }
}
