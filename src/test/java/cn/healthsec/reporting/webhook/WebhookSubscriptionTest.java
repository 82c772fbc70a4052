package cn.healthsec.reporting.webhook;

import cn.healthsec.reporting.support.Fixtures;
import cn.healthsec.reporting.support.LogCapture;
import cn.healthsec.reporting.support.Tokens;
import cn.healthsec.reporting.support.WebhookReceiver;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 25 §4: the subscription operations — every error of a body at once, the owner's alone,
 * the secret shown once and never stored or logged in clear, every change audited, a paused
 * subscription catching up in order when resumed.
 */
@QuarkusTest
class WebhookSubscriptionTest {

    static final String INBOX_TYPE = "cn.healthsec.inbox.entry.created";

    @Inject
    EntityManager em;

    @Inject
    WebhookSender sender;

    @AfterEach
    void end() {
        QuarkusTransaction.requiringNew().run(() ->
                em.createNativeQuery("update webhook_subscription set deleted_at = now() where deleted_at is null").executeUpdate());
    }

    static String path(String authority) {
        return "/api/v1/authorities/" + authority + "/subscriptions";
    }

    @Test
    void shouldRefuseABadSubscriptionWithEveryErrorAtOnce() {
        String authority = "HC-320303";
        given().auth().oauth2(Tokens.authority(authority)).contentType("application/json").header("Accept-Language", "en")
                .body(Map.of("url", "http://portal.example.cn/hooks", "types",
                        List.of(INBOX_TYPE, "cn.healthsec.submission.decided", INBOX_TYPE, "cn.example.unknown"),
                        "description", "x".repeat(501)))
                .post(path(authority)).then().statusCode(400)
                .body("errors.collect { it.field + ' ' + it.code }", containsInAnyOrder("/url https_required",
                        "/types/1 unknown_event_type", "/types/2 duplicate_id", "/types/3 unknown_event_type", "/description size"));
        given().auth().oauth2(Tokens.authority(authority)).contentType("application/json")
                .body(Map.of("url", "https://user:pw@portal.example.cn/hooks", "types", List.of(INBOX_TYPE)))
                .post(path(authority)).then().statusCode(400).body("errors[0].field", equalTo("/url"))
                .body("errors[0].code", equalTo("credentials_in_url"));
        given().auth().oauth2(Tokens.authority(authority)).contentType("application/json").body("{\"types\": [], \"extra\": 1}")
                .post(path(authority)).then().statusCode(400)
                .body("errors.collect { it.field + ' ' + it.code }", hasItems("/url required", "/types size", "/extra unknown_field"));
        // A host that does not resolve is refused before anything is stored.
        given().auth().oauth2(Tokens.authority(authority)).contentType("application/json")
                .body(Map.of("url", "https://portal.invalid/hooks", "types", List.of(INBOX_TYPE)))
                .post(path(authority)).then().statusCode(422).body("errors[0].code", equalTo("unresolvable_host"));
        given().auth().oauth2(Tokens.authority(authority)).get(path(authority)).then().statusCode(200).body("subscriptions", equalTo(List.of()));
    }

    @Test
    void shouldShowTheSecretOnceAndNeverStoreOrLogItInClear() {
        String authority = "HC-320305";
        String secret;
        String id;
        try (LogCapture logs = new LogCapture()) {
            JsonPath created = given().auth().oauth2(Tokens.authority(authority)).contentType("application/json")
                    .body(Map.of("url", "http://127.0.0.1:9/once", "types", List.of(INBOX_TYPE)))
                    .post(path(authority)).then().statusCode(201)
                    .header("Location", org.hamcrest.Matchers.containsString(path(authority) + "/")).extract().jsonPath();
            secret = created.getString("secret");
            id = created.getString("id");
            String rotated = given().auth().oauth2(Tokens.authority(authority)).post(path(authority) + "/" + id + "/rotate-secret")
                    .then().statusCode(200).extract().path("secret");
            for (String s : List.of(secret, rotated)) {
                String key = s.substring("whsec_".length());
                assertTrue(logs.lines().stream().noneMatch(l -> l.contains(key)), "a secret in the log");
                byte[] raw = Base64.getDecoder().decode(key);
                byte[] stored = QuarkusTransaction.requiringNew().call(() -> (byte[]) em.createNativeQuery(
                        "select secret_sealed from webhook_subscription where id = cast(:id as uuid)").setParameter("id", id).getSingleResult());
                assertFalse(new String(stored, StandardCharsets.ISO_8859_1).contains(new String(raw, StandardCharsets.ISO_8859_1)),
                        "never stored in clear");
            }
        }
        assertTrue(secret.startsWith("whsec_") && Base64.getDecoder().decode(secret.substring(6)).length >= 24);
        given().auth().oauth2(Tokens.authority(authority)).get(path(authority) + "/" + id).then().statusCode(200).body("$", not(hasKey("secret")));
        given().auth().oauth2(Tokens.authority(authority)).get(path(authority)).then().statusCode(200)
                .body("subscriptions[0]", not(hasKey("secret")));
    }

    @Test
    void shouldKeepEachOwnersSubscriptionsItsOwn() {
        String authority = "HC-320311";
        String id = given().auth().oauth2(Tokens.authority(authority)).contentType("application/json")
                .body(Map.of("url", "http://127.0.0.1:9/own", "types", List.of(INBOX_TYPE)))
                .post(path(authority)).then().statusCode(201).extract().path("id");
        // Another authority: 403, as its inbox; an institution or a delegate: 403 by role; an admin: allowed.
        given().auth().oauth2(Tokens.authority("HC-320312")).get(path(authority) + "/" + id).then().statusCode(403);
        given().auth().oauth2(Tokens.authority("HC-320312")).get(path("HC-320312") + "/" + id).then().statusCode(404);
        String uscc = Fixtures.registerInstitution("320311", null);
        given().auth().oauth2(Tokens.institution(uscc)).get(path(authority)).then().statusCode(403);
        given().auth().oauth2(Tokens.admin()).get(path(authority) + "/" + id).then().statusCode(200);
        given().auth().oauth2(Tokens.admin()).post(path(authority) + "/" + id + "/pause").then().statusCode(200).body("state", equalTo("PAUSED"));

        // An institution's: its own token or an admin's; another institution is told it does not exist.
        String other = Fixtures.registerInstitution("320311", null);
        String mine = given().auth().oauth2(Tokens.institution(uscc)).contentType("application/json")
                .body(Map.of("url", "http://127.0.0.1:9/his", "types", List.of("cn.healthsec.obligation.overdue")))
                .post("/api/v1/institutions/" + uscc + "/subscriptions").then().statusCode(201).extract().path("id");
        given().auth().oauth2(Tokens.institution(other)).get("/api/v1/institutions/" + uscc + "/subscriptions").then().statusCode(404);
        given().auth().oauth2(Tokens.institution(other)).get("/api/v1/institutions/" + other + "/subscriptions/" + mine).then().statusCode(404);
        given().auth().oauth2(Tokens.delegate("webhook-vendor", uscc)).get("/api/v1/institutions/" + uscc + "/subscriptions").then().statusCode(403);
        given().auth().oauth2(Tokens.authority(authority)).get("/api/v1/institutions/" + uscc + "/subscriptions").then().statusCode(403);
        given().auth().oauth2(Tokens.admin()).get("/api/v1/institutions/" + uscc + "/subscriptions").then().statusCode(200)
                .body("subscriptions.id", equalTo(List.of(mine)));
        // An authority's event type is not an institution's.
        given().auth().oauth2(Tokens.institution(uscc)).contentType("application/json")
                .body(Map.of("url", "http://127.0.0.1:9/his", "types", List.of(INBOX_TYPE)))
                .post("/api/v1/institutions/" + uscc + "/subscriptions").then().statusCode(400)
                .body("errors[0].code", equalTo("unknown_event_type"));
        // Ids that name nothing, and parameters out of range.
        given().auth().oauth2(Tokens.authority(authority)).get(path(authority) + "/not-a-uuid").then().statusCode(404);
        given().auth().oauth2(Tokens.authority(authority)).post(path(authority) + "/" + id + "/deliveries/abc/redeliver").then().statusCode(404);
        given().auth().oauth2(Tokens.authority(authority)).post(path(authority) + "/" + id + "/deliveries/123456789/redeliver").then().statusCode(404);
        given().auth().oauth2(Tokens.authority(authority)).queryParam("state", "LOST").queryParam("limit", "0")
                .get(path(authority) + "/" + id + "/deliveries").then().statusCode(400)
                .body("errors.field", containsInAnyOrder("state", "limit"));
        given().auth().oauth2(Tokens.authority(authority)).contentType("application/json").body("{\"after\": \"bm9wZQ\"}")
                .post(path(authority) + "/" + id + "/replay").then().statusCode(400).body("errors[0].field", equalTo("/after"));
    }

    @Test
    void shouldAuditEveryChangeAndDeleteForGood() {
        String authority = "HC-320312";
        String id = given().auth().oauth2(Tokens.authority(authority)).contentType("application/json")
                .body(Map.of("url", "http://127.0.0.1:9/audit", "types", List.of(INBOX_TYPE)))
                .post(path(authority)).then().statusCode(201).extract().path("id");
        given().auth().oauth2(Tokens.authority(authority)).post(path(authority) + "/" + id + "/pause").then().statusCode(200);
        given().auth().oauth2(Tokens.authority(authority)).post(path(authority) + "/" + id + "/pause").then().statusCode(200);
        given().auth().oauth2(Tokens.authority(authority)).post(path(authority) + "/" + id + "/resume").then().statusCode(200)
                .body("state", equalTo("ACTIVE"));
        given().auth().oauth2(Tokens.authority(authority)).post(path(authority) + "/" + id + "/rotate-secret").then().statusCode(200);
        given().auth().oauth2(Tokens.authority(authority)).contentType("application/json").body("{}")
                .post(path(authority) + "/" + id + "/replay").then().statusCode(200);
        given().auth().oauth2(Tokens.authority(authority)).delete(path(authority) + "/" + id).then().statusCode(204);
        given().auth().oauth2(Tokens.authority(authority)).delete(path(authority) + "/" + id).then().statusCode(204);
        given().auth().oauth2(Tokens.authority(authority)).get(path(authority) + "/" + id).then().statusCode(404);
        @SuppressWarnings("unchecked")
        List<String> actions = QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                "select action from audit_record where target_type = 'webhook_subscription' and target_id = :id order by id")
                .setParameter("id", id).getResultList());
        assertEquals(List.of("WEBHOOK_SUBSCRIPTION_CREATED", "WEBHOOK_SUBSCRIPTION_PAUSED", "WEBHOOK_SUBSCRIPTION_RESUMED",
                "WEBHOOK_SECRET_ROTATED", "WEBHOOK_SUBSCRIPTION_REPLAYED", "WEBHOOK_SUBSCRIPTION_DELETED"), actions,
                "each change once (pausing twice is one change)");
    }

    @Test
    void shouldLimitTheSubscriptionsOfOneOwner() {
        String authority = "HC-320321";
        for (int i = 0; i < 10; i++) {
            given().auth().oauth2(Tokens.authority(authority)).contentType("application/json")
                    .body(Map.of("url", "http://127.0.0.1:9/n" + i, "types", List.of(INBOX_TYPE))).post(path(authority)).then().statusCode(201);
        }
        given().auth().oauth2(Tokens.authority(authority)).contentType("application/json")
                .body(Map.of("url", "http://127.0.0.1:9/n10", "types", List.of(INBOX_TYPE))).post(path(authority)).then().statusCode(409);
    }

    /** Paused, nothing goes out; resumed, what arrived meanwhile goes out in order. Events before the subscription are not sent. */
    @Test
    void shouldHoldEventsWhilePausedAndSendThemInOrderOnceResumed() {
        String county = "320322";
        String authority = "HC-" + county;
        String uscc = Fixtures.registerInstitution(county, null);
        String before = WebhookDeliveryTest.file(uscc, "net-before");
        try (WebhookReceiver portal = WebhookReceiver.start()) {
            String id = given().auth().oauth2(Tokens.authority(authority)).contentType("application/json")
                    .body(Map.of("url", portal.url("/paused"), "types", List.of(INBOX_TYPE))).post(path(authority)).then().statusCode(201)
                    .extract().path("id");
            given().auth().oauth2(Tokens.authority(authority)).post(path(authority) + "/" + id + "/pause").then().statusCode(200);
            List<String> filed = List.of(WebhookDeliveryTest.file(uscc, "net-0"), WebhookDeliveryTest.file(uscc, "net-1"));
            sender.sendDue("replica-a");
            assertEquals(0, portal.at("/paused").size(), "nothing while paused");
            given().auth().oauth2(Tokens.authority(authority)).post(path(authority) + "/" + id + "/resume").then().statusCode(200);
            sender.sendDue("replica-a");
            List<String> got = portal.at("/paused").stream().map(r -> r.json().path("data").path("submissionId").asText()).toList();
            assertEquals(filed, got, "in order, and nothing from before the subscription: " + before);
        }
    }
}
