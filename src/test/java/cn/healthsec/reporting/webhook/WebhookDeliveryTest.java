package cn.healthsec.reporting.webhook;

import cn.healthsec.reporting.support.Fixtures;
import cn.healthsec.reporting.support.Tokens;
import cn.healthsec.reporting.support.WebhookReceiver;
import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 25 §4: an authority's inbox and an institution's events pushed to their portals as signed
 * CloudEvents, at least once and in order, retried, dead-lettered, redelivered, replayed, and never
 * sent twice at once. The receiver verifies every signature with the published scheme. The sender
 * runs when the test says ({@link WebhookSender#sendDue}), as the replica it names; time moves by
 * {@link WebhookClock#advance}, so an hour or a day of retries takes no time.
 */
@QuarkusTest
class WebhookDeliveryTest {

    private static final Logger LOG = Logger.getLogger(WebhookDeliveryTest.class);
    static final String INBOX_TYPE = "cn.healthsec.inbox.entry.created";
    static final String RETURN = """
            { "outcome": "RETURNED_FOR_CORRECTION", "comment": "第三级网络须附公安机关备案证明",
              "findings": [ { "field": "/publicSecurityFiling", "code": "CERTIFICATE_MISSING", "message": "请补充公安机关备案证明编号" } ] }
            """;

    @Inject
    WebhookSender sender;

    @Inject
    WebhookClock clock;

    WebhookReceiver portal;

    @BeforeEach
    void open() {
        portal = WebhookReceiver.start();
    }

    @Inject
    jakarta.persistence.EntityManager em;

    /** Each test's subscriptions end with it: the next test's sender sends only for its own. */
    @AfterEach
    void close() {
        portal.close();
        io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().run(() ->
                em.createNativeQuery("update webhook_subscription set deleted_at = now() where deleted_at is null").executeUpdate());
    }

    /** Made through the API as the authority's portal would; the answer holds the id and the secret, shown once. */
    static JsonPath subscribe(String authority, String url) {
        return given().auth().oauth2(Tokens.authority(authority)).contentType("application/json")
                .body(Map.of("url", url, "types", List.of(INBOX_TYPE), "description", "省平台接收"))
                .post("/api/v1/authorities/" + authority + "/subscriptions").then().statusCode(201).extract().jsonPath();
    }

    static String file(String uscc, String network) {
        return given().auth().oauth2(Tokens.institution(uscc)).contentType("application/json")
                .body(Fixtures.sampleFiling().replace("his-core", network)).post("/api/v1/mlps-filings").then().statusCode(201)
                .extract().path("id");
    }

    /** Sends until nothing more goes out now (each call drains what is due). */
    int sendNow(String replica) {
        int total = 0;
        int sent;
        do {
            sent = sender.sendDue(replica);
            total += sent;
        } while (sent > 0);
        return total;
    }

    static JsonPath deliveries(String authority, String subscription, String state) {
        var spec = given().auth().oauth2(Tokens.authority(authority));
        if (state != null) {
            spec.queryParam("state", state);
        }
        return spec.get("/api/v1/authorities/" + authority + "/subscriptions/" + subscription + "/deliveries").then().statusCode(200)
                .extract().jsonPath();
    }

    /** The test: 500 three times then 200: one event delivered once, 4 attempts recorded, every one signed. */
    @Test
    void shouldRetryUntilTheReceiverAcceptsAndDeliverOnceSigned() {
        String authority = "HC-320205";
        String uscc = Fixtures.registerInstitution("320205", null);
        JsonPath sub = subscribe(authority, portal.url("/retry"));
        String secret = sub.getString("secret");
        assertTrue(secret.startsWith("whsec_"));
        portal.script("/retry", 500, 500, 500);

        String filed = file(uscc, "his-core");
        for (int attempt = 1; attempt <= 4; attempt++) {
            sendNow("replica-a");
            assertEquals(attempt, portal.at("/retry").size(), "one attempt per retry, not sooner");
            sendNow("replica-a");
            assertEquals(attempt, portal.at("/retry").size(), "nothing before the backoff has passed");
            clock.advance(Duration.ofMinutes(10));
        }
        List<WebhookReceiver.Received> got = portal.at("/retry");
        assertEquals(List.of(500, 500, 500, 200), got.stream().map(WebhookReceiver.Received::answered).toList());
        assertEquals(1, Set.copyOf(got.stream().map(WebhookReceiver.Received::id).toList()).size(), "one event, the same id every attempt");
        got.forEach(r -> assertTrue(WebhookReceiver.verify(secret, r), "every attempt signed with the subscription's secret"));
        assertFalse(WebhookReceiver.verify("whsec_" + java.util.Base64.getEncoder().encodeToString(new byte[32]), got.get(0)),
                "and only with it");

        JsonNode event = got.get(3).json();
        assertEquals("1.0", event.path("specversion").asText());
        assertEquals(INBOX_TYPE, event.path("type").asText());
        assertEquals("/api/v1/authorities/" + authority + "/inbox", event.path("source").asText());
        assertEquals(got.get(3).id(), event.path("id").asText(), "webhook-id is the CloudEvents id");
        assertEquals(filed, event.path("data").path("submissionId").asText());
        assertEquals(filed, event.path("subject").asText());
        assertTrue(got.get(3).headers().get("content-type").startsWith("application/cloudevents+json"));
        // The event's cursor is its place in the inbox: reading on after it skips it, as a portal polling would.
        String cursor = event.path("cursor").asText();
        List<Object> after = given().auth().oauth2(Tokens.authority(authority)).queryParam("after", cursor)
                .get("/api/v1/authorities/" + authority + "/inbox").then().statusCode(200).extract().path("entries.submissionId");
        assertFalse(after.contains(filed));
        // The data is the inbox entry as the inbox serves it.
        Map<String, Object> served = given().auth().oauth2(Tokens.authority(authority)).get("/api/v1/authorities/" + authority + "/inbox")
                .then().statusCode(200).extract().path("entries.find { it.submissionId == '" + filed + "' }");
        assertEquals(served.get("id"), event.path("data").path("id").asInt());
        assertEquals(served.get("reason"), event.path("data").path("reason").asText());

        JsonPath d = deliveries(authority, sub.getString("id"), null);
        assertEquals(1, d.getList("entries").size());
        assertEquals("DELIVERED", d.getString("entries[0].state"));
        assertEquals(List.of(500, 500, 500, 200), d.getList("entries[0].attempts.status"));
        assertEquals(event.path("id").asText(), d.getString("entries[0].eventId"));
    }

    /** A portal down for an hour (the clock moved ahead) gets everything, in order, once it is back; nothing overtakes the head. */
    @Test
    void shouldCatchUpInOrderAPortalThatWasDownForAnHour() {
        String authority = "HC-320206";
        String uscc = Fixtures.registerInstitution("320206", null);
        JsonPath sub = subscribe(authority, portal.url("/down"));
        portal.always("/down", 503, null);
        List<String> filed = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            filed.add(file(uscc, "net-" + i));
        }
        for (int minutes = 0; minutes < 60; minutes += 5) {
            sendNow("replica-a");
            clock.advance(Duration.ofMinutes(5));
        }
        List<WebhookReceiver.Received> whileDown = portal.at("/down");
        assertTrue(whileDown.size() >= 4, "retried while down: " + whileDown.size());
        assertEquals(1, Set.copyOf(whileDown.stream().map(WebhookReceiver.Received::id).toList()).size(),
                "only the head was tried: nothing overtook it");

        portal.always("/down", 200, null);
        // Past the longest wait the schedule can give: an hour, plus 20% jitter.
        clock.advance(Duration.ofHours(1).plusMinutes(13));
        sendNow("replica-a");
        List<WebhookReceiver.Received> accepted = portal.at("/down").stream().filter(WebhookReceiver.Received::accepted).toList();
        assertEquals(filed, accepted.stream().map(r -> r.json().path("data").path("submissionId").asText()).toList(),
                "every event once, in inbox order");
        String secret = sub.getString("secret");
        accepted.forEach(r -> assertTrue(WebhookReceiver.verify(secret, r)));
        LOG.infof("[webhook] portal down for an hour: %d attempts of the head while down, then %d events in order",
                whileDown.size(), accepted.size());
    }

    /** Two replicas sending at once: a subscription has one sender at a time, so no event goes out twice concurrently, nor twice at all. */
    @Test
    void shouldNeverSendToOneSubscriptionFromTwoReplicasAtOnce() throws Exception {
        String authority = "HC-320211";
        String uscc = Fixtures.registerInstitution("320211", null);
        subscribe(authority, portal.url("/two"));
        portal.slow(Duration.ofMillis(150));
        List<String> filed = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            filed.add(file(uscc, "net-" + i));
        }
        List<CompletableFuture<Integer>> replicas = new ArrayList<>();
        for (String replica : List.of("replica-a", "replica-b")) {
            replicas.add(CompletableFuture.supplyAsync(() -> {
                int sent = 0;
                for (int round = 0; round < 40 && portal.accepted("/two").size() < filed.size(); round++) {
                    sent += sender.sendDue(replica);
                }
                return sent;
            }));
        }
        int a = replicas.get(0).get(60, TimeUnit.SECONDS);
        int b = replicas.get(1).get(60, TimeUnit.SECONDS);
        assertEquals(1, portal.maxInFlight("/two"), "never two requests at once to one subscription");
        List<String> ids = portal.accepted("/two");
        assertEquals(filed.size(), ids.size(), "each event delivered once: " + ids);
        assertEquals(filed.size(), new LinkedHashSet<>(ids).size());
        assertEquals(filed, portal.at("/two").stream().map(r -> r.json().path("data").path("submissionId").asText()).toList(), "in order");
        LOG.infof("[webhook] two replicas: replica a sent %d, replica b sent %d, at most %d in flight", a, b, portal.maxInFlight("/two"));
    }

    /** After its last retry an event is dead-lettered, visible as FAILED, the stream moves on; a redelivery sends it again. */
    @Test
    void shouldDeadLetterAfterADayOfRetriesAndRedeliverOnRequest() {
        String authority = "HC-320213";
        String uscc = Fixtures.registerInstitution("320213", null);
        JsonPath sub = subscribe(authority, portal.url("/dead"));
        String id = sub.getString("id");
        portal.always("/dead", 500, null);
        String first = file(uscc, "net-a");
        OffsetDateTime started = OffsetDateTime.now();
        for (int hour = 0; hour < 26; hour++) {
            sendNow("replica-a");
            clock.advance(Duration.ofHours(1).plusMinutes(15));
        }
        JsonPath failed = deliveries(authority, id, "FAILED");
        assertEquals(1, failed.getList("entries").size());
        int attempts = failed.getList("entries[0].attempts").size();
        assertTrue(attempts >= 10, "retried through the day: " + attempts);
        OffsetDateTime firstAttempt = OffsetDateTime.parse(failed.getString("entries[0].attempts[0].at"));
        OffsetDateTime lastAttempt = OffsetDateTime.parse(failed.getString("entries[0].attempts[-1].at"));
        assertTrue(Duration.between(firstAttempt, lastAttempt).compareTo(Duration.ofHours(24)) >= 0, "for at least 24 h");
        assertNotNull(started);

        // The stream moved on: the next event is tried, and once the portal is back, delivered.
        portal.always("/dead", 200, null);
        String second = file(uscc, "net-b");
        sendNow("replica-a");
        assertEquals(List.of(second), portal.at("/dead").stream().filter(WebhookReceiver.Received::accepted)
                .map(r -> r.json().path("data").path("submissionId").asText()).toList());

        long deliveryId = failed.getLong("entries[0].id");
        JsonPath redelivery = given().auth().oauth2(Tokens.authority(authority))
                .post("/api/v1/authorities/" + authority + "/subscriptions/" + id + "/deliveries/" + deliveryId + "/redeliver")
                .then().statusCode(202).extract().jsonPath();
        assertTrue(redelivery.getBoolean("redelivery"));
        assertEquals("PENDING", redelivery.getString("state"));
        sendNow("replica-a");
        List<String> accepted = portal.at("/dead").stream().filter(WebhookReceiver.Received::accepted)
                .map(r -> r.json().path("data").path("submissionId").asText()).toList();
        assertEquals(List.of(second, first), accepted, "the dead-lettered event, redelivered on request");
        JsonPath after = deliveries(authority, id, null);
        assertEquals("DELIVERED", after.getString("entries.find { it.id == " + redelivery.getLong("id") + " }.state"), after.prettify());
        LOG.infof("[webhook] dead-lettered after %d attempts over %s", attempts, Duration.between(firstAttempt, lastAttempt));
    }

    /** A Retry-After is honoured; a 410 ends the subscription, which then cannot be resumed. */
    @Test
    void shouldHonourRetryAfterAndEndTheSubscriptionOnGone() {
        String authority = "HC-320214";
        String uscc = Fixtures.registerInstitution("320214", null);
        String id = subscribe(authority, portal.url("/gone")).getString("id");
        portal.always("/gone", 503, "7200");
        file(uscc, "net-a");
        sendNow("replica-a");
        OffsetDateTime next = OffsetDateTime.parse(given().auth().oauth2(Tokens.authority(authority))
                .get("/api/v1/authorities/" + authority + "/subscriptions/" + id).then().statusCode(200).extract().path("nextAttemptAt"));
        OffsetDateTime tried = OffsetDateTime.parse(deliveries(authority, id, null).getString("entries[0].attempts[0].at"));
        assertTrue(Duration.between(tried, next).compareTo(Duration.ofSeconds(7200)) >= 0, "waits what the receiver asked: " + next);
        clock.advance(Duration.ofHours(1));
        sendNow("replica-a");
        assertEquals(1, portal.at("/gone").size(), "not before");

        portal.always("/gone", 410, null);
        clock.advance(Duration.ofHours(1).plusMinutes(1));
        sendNow("replica-a");
        assertEquals(2, portal.at("/gone").size());
        given().auth().oauth2(Tokens.authority(authority)).get("/api/v1/authorities/" + authority + "/subscriptions/" + id)
                .then().statusCode(200).body("state", org.hamcrest.Matchers.equalTo("ENDED"))
                .body("endedReason", org.hamcrest.Matchers.equalTo("gone"));
        file(uscc, "net-b");
        clock.advance(Duration.ofHours(2));
        sendNow("replica-a");
        assertEquals(2, portal.at("/gone").size(), "nothing more after a 410");
        given().auth().oauth2(Tokens.authority(authority)).post("/api/v1/authorities/" + authority + "/subscriptions/" + id + "/resume")
                .then().statusCode(409);
    }

    /** A replay from an inbox cursor sends everything after it again, in order, with the same ids. */
    @Test
    void shouldReplayFromAnInboxCursor() {
        String authority = "HC-320281";
        String uscc = Fixtures.registerInstitution("320281", null);
        JsonPath sub = subscribe(authority, portal.url("/replay"));
        List<String> filed = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            filed.add(file(uscc, "net-" + i));
        }
        sendNow("replica-a");
        List<WebhookReceiver.Received> first = portal.at("/replay");
        assertEquals(3, first.size());
        // The cursor of the first entry, as a portal paging its inbox one entry at a time would hold it.
        String cursor = given().auth().oauth2(Tokens.authority(authority)).queryParam("limit", 1)
                .get("/api/v1/authorities/" + authority + "/inbox").then().statusCode(200).extract().path("next");
        assertEquals(first.get(0).json().path("cursor").asText(), cursor, "the event's cursor is its inbox cursor");
        given().auth().oauth2(Tokens.authority(authority)).contentType("application/json").body(Map.of("after", cursor))
                .post("/api/v1/authorities/" + authority + "/subscriptions/" + sub.getString("id") + "/replay").then().statusCode(200);
        sendNow("replica-a");
        List<WebhookReceiver.Received> all = portal.at("/replay");
        assertEquals(5, all.size());
        assertEquals(List.of(first.get(1).id(), first.get(2).id()), List.of(all.get(3).id(), all.get(4).id()), "the same events, the same ids");
        assertEquals(filed.subList(1, 3), all.subList(3, 5).stream().map(r -> r.json().path("data").path("submissionId").asText()).toList());
    }

    /** During a rotation's overlap every event carries two signatures: the old secret and the new one each verify it. */
    @Test
    void shouldSignWithBothSecretsDuringARotation() {
        String authority = "HC-320282";
        String uscc = Fixtures.registerInstitution("320282", null);
        JsonPath sub = subscribe(authority, portal.url("/rotate"));
        String old = sub.getString("secret");
        String fresh = given().auth().oauth2(Tokens.authority(authority))
                .post("/api/v1/authorities/" + authority + "/subscriptions/" + sub.getString("id") + "/rotate-secret")
                .then().statusCode(200).body("previousSecretValidUntil", org.hamcrest.Matchers.notNullValue()).extract().path("secret");
        assertFalse(old.equals(fresh));
        file(uscc, "net-a");
        sendNow("replica-a");
        WebhookReceiver.Received r = portal.at("/rotate").get(0);
        assertEquals(2, r.headers().get("webhook-signature").split(" ").length);
        assertTrue(WebhookReceiver.verify(old, r));
        assertTrue(WebhookReceiver.verify(fresh, r));
        // After the overlap, only the new one signs.
        clock.advance(Duration.ofHours(25));
        file(uscc, "net-b");
        sendNow("replica-a");
        WebhookReceiver.Received later = portal.at("/rotate").get(1);
        assertEquals(1, later.headers().get("webhook-signature").split(" ").length);
        assertTrue(WebhookReceiver.verify(fresh, later));
        assertFalse(WebhookReceiver.verify(old, later));
    }

    /** An institution hears of its own decisions and returns, with the decision as its submission shows it; never another's. */
    @Test
    void shouldPushAnInstitutionItsDecisions() {
        String county = "320302";
        String uscc = Fixtures.registerInstitution(county, null);
        String other = Fixtures.registerInstitution(county, null);
        JsonPath sub = given().auth().oauth2(Tokens.institution(uscc)).contentType("application/json")
                .body(Map.of("url", portal.url("/his"), "types", List.of("cn.healthsec.submission.decided", "cn.healthsec.submission.returned")))
                .post("/api/v1/institutions/" + uscc + "/subscriptions").then().statusCode(201).extract().jsonPath();
        String mine = file(uscc, "net-a");
        String theirs = file(other, "net-a");
        for (String id : List.of(mine, theirs)) {
            String etag = given().auth().oauth2(Tokens.authority("HC-" + county)).get("/api/v1/submissions/" + id).then().statusCode(200)
                    .extract().header("ETag");
            given().auth().oauth2(Tokens.authority("HC-" + county)).contentType("application/json").header("If-Match", etag)
                    .body(RETURN)
                    .post("/api/v1/submissions/" + id + "/decisions").then().statusCode(201);
        }
        sendNow("replica-a");
        List<WebhookReceiver.Received> got = portal.at("/his");
        assertEquals(1, got.size(), "its own decision only");
        JsonNode event = got.get(0).json();
        assertEquals("cn.healthsec.submission.returned", event.path("type").asText());
        assertEquals("/api/v1/institutions/" + uscc, event.path("source").asText());
        assertEquals(mine, event.path("subject").asText());
        assertEquals(mine, event.path("data").path("submissionId").asText());
        assertEquals("RETURNED_FOR_CORRECTION", event.path("data").path("outcome").asText());
        Object shown = given().auth().oauth2(Tokens.institution(uscc)).get("/api/v1/submissions/" + mine).then().statusCode(200)
                .extract().path("decision.id");
        assertEquals(((Number) shown).longValue(), event.path("data").path("id").asLong(), "the decision its submission shows");
        assertTrue(WebhookReceiver.verify(sub.getString("secret"), got.get(0)));
    }
}
