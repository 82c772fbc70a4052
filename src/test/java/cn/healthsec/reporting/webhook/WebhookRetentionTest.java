package cn.healthsec.reporting.webhook;

import cn.healthsec.reporting.support.Tokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** The delivery log is bounded: finished deliveries past the retention window go, with their attempts; a pending one never. */
@QuarkusTest
class WebhookRetentionTest {

    @Inject
    WebhookRetention retention;

    @Inject
    EntityManager em;

    @Test
    void shouldDeleteOnlyFinishedDeliveriesPastTheWindow() {
        String authority = "HC-320382";
        String sub = given().auth().oauth2(Tokens.authority(authority)).contentType("application/json")
                .body(Map.of("url", "http://127.0.0.1:9/retention", "types", List.of("cn.healthsec.inbox.entry.created")))
                .post("/api/v1/authorities/" + authority + "/subscriptions").then().statusCode(201).extract().path("id");
        Instant now = Instant.now();
        long old = delivery(sub, "ie_1", "DELIVERED", now.minus(Duration.ofDays(40)));
        long deadLetter = delivery(sub, "ie_2", "FAILED", now.minus(Duration.ofDays(31)));
        long recent = delivery(sub, "ie_3", "DELIVERED", now.minus(Duration.ofDays(1)));
        long pending = delivery(sub, "ie_4", "PENDING", null);

        assertEquals(2, retention.purge(now.minus(Duration.ofDays(30))));
        @SuppressWarnings("unchecked")
        List<Number> left = QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                "select id from webhook_delivery where subscription_id = cast(:s as uuid) order by id").setParameter("s", sub).getResultList());
        assertEquals(List.of(recent, pending), left.stream().map(Number::longValue).toList());
        long attempts = QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "select count(*) from webhook_attempt where delivery_id in (:a, :b)").setParameter("a", old).setParameter("b", deadLetter)
                .getSingleResult()).longValue());
        assertEquals(0, attempts, "their attempts went with them");
        given().auth().oauth2(Tokens.admin()).delete("/api/v1/authorities/" + authority + "/subscriptions/" + sub).then().statusCode(204);
    }

    private long delivery(String sub, String event, String state, Instant finished) {
        return QuarkusTransaction.requiringNew().call(() -> {
            long id = ((Number) em.createNativeQuery("insert into webhook_delivery (subscription_id, event_id, event_type, position_txid,"
                            + " position_id, state, attempts, created_at, finished_at) values (cast(:s as uuid), :e,"
                            + " 'cn.healthsec.inbox.entry.created', 0, 0, :state, 1, coalesce(:f, now()) - interval '1 minute', :f) returning id")
                    .setParameter("s", sub).setParameter("e", event).setParameter("state", state).setParameter("f", finished)
                    .getSingleResult()).longValue();
            em.createNativeQuery("insert into webhook_attempt (delivery_id, attempt, attempted_at, status, duration_ms)"
                    + " values (:d, 1, now(), 200, 3)").setParameter("d", id).executeUpdate();
            return id;
        });
    }
}
