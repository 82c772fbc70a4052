package cn.healthsec.reporting.routing;

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
 * The inboxes' backlog, for operators: per authority, the entries not yet acknowledged
 * ({@code healthsec_inbox_unacknowledged}) and how long the oldest has waited
 * ({@code healthsec_inbox_oldest_unacknowledged_seconds}). One grouped query every
 * {@code healthsec.metrics.refresh-every}; every replica reports the same values, so dashboards and
 * alerts take the {@code max} across pods.
 */
@ApplicationScoped
public class InboxMetrics implements RefreshedGauges {

    @Inject
    MeterRegistry registry;

    @Inject
    EntityManager em;

    private MultiGauge unacknowledged;
    private MultiGauge oldest;

    @PostConstruct
    void register() {
        unacknowledged = MultiGauge.builder("healthsec.inbox.unacknowledged")
                .description("Inbox entries not yet acknowledged, per authority").register(registry);
        oldest = MultiGauge.builder("healthsec.inbox.oldest.unacknowledged").baseUnit("seconds")
                .description("How long the oldest unacknowledged inbox entry has waited, per authority").register(registry);
    }

    @Override
    public String subject() {
        return "inbox";
    }

    /** Reads the backlog again; the gauges show it until the next refresh. */
    @SuppressWarnings("unchecked")
    @Override
    public void refresh() {
        List<Tuple> rows = QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                "select authority_id, count(*) as n, min(received_at) as oldest from inbox_entry where acknowledged_at is null"
                        + " group by authority_id", Tuple.class).getResultList());
        Instant now = Instant.now();
        List<MultiGauge.Row<?>> counts = new ArrayList<>();
        List<MultiGauge.Row<?>> ages = new ArrayList<>();
        for (Tuple row : rows) {
            Tags tags = Tags.of("authority", row.get("authority_id", String.class));
            counts.add(MultiGauge.Row.of(tags, ((Number) row.get("n")).longValue()));
            Instant since = LegalTime.fromDriver(row.get("oldest"));
            ages.add(MultiGauge.Row.of(tags, Math.max(0, now.getEpochSecond() - since.getEpochSecond())));
        }
        unacknowledged.register(counts, true);
        oldest.register(ages, true);
    }
}
