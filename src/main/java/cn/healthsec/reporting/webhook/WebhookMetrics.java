package cn.healthsec.reporting.webhook;

import cn.healthsec.reporting.config.RefreshedGauges;
import cn.healthsec.reporting.rules.LegalTime;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Push delivery for operators: per active subscription, how long its oldest undelivered event has
 * waited ({@code healthsec_webhook_oldest_undelivered_seconds{subscription}}, 0 when it is caught
 * up); the chart alerts past 15 minutes. Attempts ({@code healthsec_webhook_attempts_total{result}})
 * and finished deliveries ({@code healthsec_webhook_deliveries_total{outcome}}) are counted where
 * they happen ({@link WebhookSender}). Labels are subscription ids (a closed set an operator
 * manages) and closed sets of results: never a URL, an institution or anything an event carried.
 */
@ApplicationScoped
public class WebhookMetrics implements RefreshedGauges {

    @Inject
    MeterRegistry registry;

    @Inject
    EntityManager em;

    private MultiGauge oldest;

    @PostConstruct
    void register() {
        oldest = MultiGauge.builder("healthsec.webhook.oldest.undelivered").baseUnit("seconds")
                .description("How long the oldest event not yet delivered to an active subscription has waited (0: caught up)")
                .register(registry);
        for (String result : List.of("success", "gone", "http_3xx", "http_4xx", "http_5xx", "timeout", "connection", "tls",
                "private_address", "unresolvable_host")) {
            registry.counter(WebhookSender.ATTEMPTS, "result", result);
        }
        for (String outcome : List.of("delivered", "failed", "gone")) {
            registry.counter(WebhookSender.DELIVERIES, "outcome", outcome);
        }
    }

    @Override
    public String subject() {
        return "webhook";
    }

    /**
     * Reads every active subscription's backlog again, in one statement: when the first event after
     * its position was written (routing's published {@code inbox_stream}, or {@code institution_event}).
     * The gauge shows it until the next refresh.
     */
    @Override
    public void refresh() {
        @SuppressWarnings("unchecked")
        List<Tuple> rows = QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery("""
                select s.id as id, coalesce(a.at, i.at) as oldest from webhook_subscription s
                left join lateral (select e.created_at as at from inbox_stream e
                                   where s.owner_kind = 'AUTHORITY' and e.authority_id = s.owner_id
                                     and (e.txid, e.id) > (s.cursor_txid, s.cursor_id) order by e.txid, e.id limit 1) a on true
                left join lateral (select e.occurred_at as at from institution_event e
                                   where s.owner_kind = 'INSTITUTION' and e.institution_uscc = s.owner_id
                                     and (e.txid, e.id) > (s.cursor_txid, s.cursor_id) order by e.txid, e.id limit 1) i on true
                where s.state = 'ACTIVE' and s.deleted_at is null""", Tuple.class).getResultList());
        Instant now = Instant.now();
        List<MultiGauge.Row<?>> gauge = new ArrayList<>();
        for (Tuple row : rows) {
            Object oldestAt = row.get("oldest");
            long age = oldestAt == null ? 0 : Math.max(0, now.getEpochSecond() - LegalTime.fromDriver(oldestAt).getEpochSecond());
            gauge.add(MultiGauge.Row.of(Tags.of("subscription", row.get("id").toString()), age));
        }
        oldest.register(gauge, true);
    }
}
