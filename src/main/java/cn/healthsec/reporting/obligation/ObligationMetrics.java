package cn.healthsec.reporting.obligation;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.jboss.logging.Logger;

import java.util.concurrent.atomic.AtomicLong;

/**
 * Obligations past due and not met, everywhere ({@code healthsec_obligations_overdue}), refreshed
 * every {@code healthsec.metrics.refresh-every} from the ledger's open obligations (an index on
 * {@code overdue_from} where unmet).
 */
@ApplicationScoped
public class ObligationMetrics {

    private static final Logger LOG = Logger.getLogger(ObligationMetrics.class);

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

    @Scheduled(identity = "obligation-metrics", every = "${healthsec.metrics.refresh-every:60s}", delayed = "${healthsec.metrics.refresh-delay:10s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP, skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void scheduled() {
        try {
            refresh();
        } catch (RuntimeException e) {
            LOG.warnf("obligation metrics not refreshed: %s", e.getClass().getName());
        }
    }

    public void refresh() {
        Number n = QuarkusTransaction.requiringNew().call(() -> (Number) em.createNativeQuery(
                "select count(*) from obligation where met_on is null and overdue_from <= now()").getSingleResult());
        overdue.set(n.longValue());
    }
}
