package cn.healthsec.reporting.config;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

/**
 * Reads every {@link RefreshedGauges} again every {@code healthsec.metrics.refresh-every} (60 s; off
 * in tests, which refresh by hand), one after another on this replica; a refresh that fails is
 * logged by its subject and exception class (never its message, which may quote a row) and the
 * others still run. The gauges show what was read until the next refresh.
 */
@ApplicationScoped
public class GaugeRefresher {

    private static final Logger LOG = Logger.getLogger(GaugeRefresher.class);

    @Inject
    Instance<RefreshedGauges> gauges;

    @Scheduled(identity = "gauge-refresh", every = "${healthsec.metrics.refresh-every:60s}", delayed = "${healthsec.metrics.refresh-delay:10s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP, skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void refreshAll() {
        for (RefreshedGauges g : gauges) {
            try {
                g.refresh();
            } catch (RuntimeException e) {
                LOG.warnf("%s metrics not refreshed: %s", g.subject(), e.getClass().getName());
            }
        }
    }
}
