package cn.healthsec.reporting.webhook;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.jboss.logging.Logger;

import java.time.Instant;

/**
 * Keeps the delivery log bounded: a delivery finished (delivered or dead-lettered) more than
 * {@code healthsec.webhooks.keep-deliveries} ago is deleted with its attempts, in batches, by every
 * replica (deleting is idempotent, so two replicas at once only share the work). What was sent stays
 * in its stream — the inbox, the institution's events — and can be replayed; a delivery still being
 * tried is never deleted.
 */
@ApplicationScoped
public class WebhookRetention {

    private static final Logger LOG = Logger.getLogger(WebhookRetention.class);
    static final int BATCH = 5000;

    @Inject
    WebhookConfig config;

    @Inject
    EntityManager em;

    @Scheduled(identity = "webhook-retention", every = "${healthsec.webhooks.retention-every:1h}", delayed = "60s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP, skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void scheduled() {
        try {
            int purged = purge(Instant.now().minus(config.keepDeliveries()));
            if (purged > 0) {
                LOG.infof("webhook deliveries: %d finished before the retention window deleted", purged);
            }
        } catch (RuntimeException e) {
            LOG.warnf("webhook deliveries not purged: %s", e.getClass().getName());
        }
    }

    /** Deletes the deliveries finished before {@code before}, and their attempts; how many. One transaction per batch. */
    public int purge(Instant before) {
        int total = 0;
        int deleted;
        do {
            deleted = QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery("""
                            with gone as (select id from webhook_delivery where state <> 'PENDING' and finished_at < :before
                                          order by id limit :batch),
                                 attempts as (delete from webhook_attempt where delivery_id in (select id from gone))
                            delete from webhook_delivery where id in (select id from gone)""")
                    .setParameter("before", before).setParameter("batch", BATCH).executeUpdate());
            total += deleted;
        } while (deleted == BATCH);
        return total;
    }
}
