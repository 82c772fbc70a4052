package cn.healthsec.reporting.webhook;

import cn.healthsec.reporting.support.Fixtures;
import cn.healthsec.reporting.support.Tokens;
import cn.healthsec.reporting.support.WebhookReceiver;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Issue 25 §4, "safe to run", with the production setting (private addresses not allowed; http for
 * the test's own host only): a subscription to a loopback, private, link-local, shared or metadata
 * address is refused, and a subscription whose host resolves inward later (DNS rebinding) is refused
 * at the attempt, which is recorded and sends nothing.
 */
@QuarkusTest
@TestProfile(WebhookAddressTest.Production.class)
class WebhookAddressTest {

    public static class Production implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("healthsec.db.schema", "healthsec_webhook_ssrf",
                    "healthsec.webhooks.allow-private-addresses", "false",
                    "healthsec.webhooks.allow-http-hosts", "127.0.0.1,localhost");
        }
    }

    static final String AUTHORITY = "HC-320324";

    @Inject
    WebhookSender sender;

    @Inject
    SecretBox box;

    @Inject
    EntityManager em;

    @Test
    void shouldRefuseASubscriptionToAPrivateAddress() {
        for (String url : List.of("https://127.0.0.1/hooks", "http://127.0.0.1:8080/hooks", "http://localhost:8080/hooks",
                "https://10.1.2.3/hooks", "https://192.168.1.20/hooks", "https://169.254.169.254/latest/meta-data",
                "https://100.100.100.200/latest/meta-data", "https://[::1]/hooks", "https://[fd00:ec2::254]/hooks",
                "https://[::ffff:10.0.0.1]/hooks")) {
            given().auth().oauth2(Tokens.authority(AUTHORITY)).contentType("application/json")
                    .body(Map.of("url", url, "types", List.of("cn.healthsec.inbox.entry.created")))
                    .post("/api/v1/authorities/" + AUTHORITY + "/subscriptions").then().statusCode(422)
                    .body("errors[0].field", equalTo("/url")).body("errors[0].code", equalTo("private_address"));
        }
        given().auth().oauth2(Tokens.authority(AUTHORITY)).get("/api/v1/authorities/" + AUTHORITY + "/subscriptions").then().statusCode(200)
                .body("subscriptions", equalTo(List.of()));
    }

    /** A host that resolved outward when subscribed and inward now: every attempt checks again, and sends nothing. */
    @Test
    void shouldRefuseAnInwardAddressAtEveryAttempt() {
        String county = "320381";
        String authority = "HC-" + county;
        String uscc = Fixtures.registerInstitution(county, null);
        try (WebhookReceiver inside = WebhookReceiver.start()) {
            UUID id = UUID.randomUUID();
            // What such a subscription looks like once its name points inward: stored as the service stores one.
            QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("insert into webhook_subscription (id, owner_kind, owner_id, url,"
                            + " types, secret_sealed, state, created_at, created_by, updated_at, cursor_txid, cursor_id)"
                            + " values (:id, 'AUTHORITY', :owner, :url, array['cn.healthsec.inbox.entry.created'], :secret, 'ACTIVE', now(),"
                            + " 'test', now(), -1, -1)")
                    .setParameter("id", id).setParameter("owner", authority).setParameter("url", inside.url("/rebound"))
                    .setParameter("secret", box.seal(Signature.newKey(), id)).executeUpdate());
            WebhookDeliveryTest.file(uscc, "net-a");
            sender.sendDue("replica-a");
            assertEquals(0, inside.at("/rebound").size(), "nothing reached the inward address");
            given().auth().oauth2(Tokens.authority(authority)).get("/api/v1/authorities/" + authority + "/subscriptions/" + id + "/deliveries")
                    .then().statusCode(200).body("entries[0].state", equalTo("PENDING"))
                    .body("entries[0].attempts[0].error", equalTo("private_address"))
                    .body("entries[0].attempts[0].status", equalTo(null));
        }
    }
}
