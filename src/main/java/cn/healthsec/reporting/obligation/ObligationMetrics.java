package cn.healthsec.reporting.obligation;

import cn.healthsec.reporting.config.RefreshedGauges;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import java.util.concurrent.atomic.AtomicLong;

/**
 * Obligations past due and not met, everywhere ({@code healthsec_obligations_overdue}), refreshed
 * every {@code healthsec.metrics.refresh-every} from the ledger's open obligations (an index on
 * {@code overdue_from} where unmet).
 */
@ApplicationScoped
public class ObligationMetrics implements RefreshedGauges {

    @Inject
    MeterRegistry registry;

    @Inject
    EntityManager em;

    private final AtomicLong overdue = new AtomicLong();

    @PostConstruct
    void register() {
        Gauge.builder("healthsec.obligations.overdue", overdue, AtomicLong::get)
                .description("Obligations past their due moment and not met").register(registry);
    }

    @Override
    public String subject() {
        return "obligation";
    }

    @Override
    public void refresh() {
        Number n = QuarkusTransaction.requiringNew().call(() -> (Number) em.createNativeQuery(
                "select count(*) from obligation where met_on is null and overdue_from <= now()").getSingleResult());
        overdue.set(n.longValue());
    }
}
