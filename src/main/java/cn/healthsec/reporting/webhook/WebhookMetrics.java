package cn.healthsec.reporting.webhook;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Push delivery for operators: per active subscription, how long its oldest undelivered event has
 * waited ({@code healthsec_webhook_oldest_undelivered_seconds{subscription}}, 0 when it is caught
 * up); the chart alerts past 15 minutes. Attempts ({@code healthsec_webhook_attempts_total{result}})
 * and finished deliveries ({@code healthsec_webhook_deliveries_total{outcome}}) are counted where
 * they happen ({@link WebhookSender}). Labels are subscription ids (a closed set an operator
 * manages) and closed sets of results: never a URL, an institution or anything an event carried.
 */
@ApplicationScoped
public class WebhookMetrics {

    private static final Logger LOG = Logger.getLogger(WebhookMetrics.class);

    @Inject
    MeterRegistry registry;

    @Inject
    Streams streams;

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

    @Scheduled(identity = "webhook-metrics", every = "${healthsec.metrics.refresh-every:60s}", delayed = "${healthsec.metrics.refresh-delay:10s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP, skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void scheduled() {
        try {
            refresh();
        } catch (RuntimeException e) {
            LOG.warnf("webhook metrics not refreshed: %s", e.getClass().getName());
        }
    }

    /** Reads every active subscription's backlog again; the gauge shows it until the next refresh. */
    public void refresh() {
        List<SubscriptionEntity> active = QuarkusTransaction.requiringNew().call(() -> SubscriptionEntity.<SubscriptionEntity>list(
                "state = ?1 and deletedAt is null", SubscriptionEntity.ACTIVE));
        Instant now = Instant.now();
        List<MultiGauge.Row<?>> rows = new ArrayList<>();
        for (SubscriptionEntity s : active) {
            Optional<Instant> first = streams.firstAfter(s.owner(), s.cursorTxid, s.cursorId);
            long age = first.map(t -> Math.max(0, now.getEpochSecond() - t.getEpochSecond())).orElse(0L);
            rows.add(MultiGauge.Row.of(Tags.of("subscription", s.id.toString()), age));
        }
        oldest.register(rows, true);
    }
}
