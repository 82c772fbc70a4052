package cn.healthsec.reporting.web;

import cn.healthsec.reporting.audit.AuditLog;
import cn.healthsec.reporting.audit.Refusal;
import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

/**
 * Every refusal is audited before it is answered, whichever layer refused: the HTTP layer
 * (413, 414, 431, a malformed URI), authentication (401), a role or claims check (403),
 * validation and the personal-data scan (400, 422), conflicts (409). 404 is not a refusal (the
 * services audit the reads they hide). Role checks run on the event loop, where a database write
 * must not block: there the record is written on a worker thread and the answer waits for it.
 */
@ApplicationScoped
public class RefusalAudit {

    private static final Logger LOG = Logger.getLogger(RefusalAudit.class);
    public static final String REFUSALS = "healthsec.refusals";

    @Inject
    AuditLog audit;

    @Inject
    MeterRegistry registry;

    public static boolean isRefusal(int status) {
        return status >= 400 && status < 500 && status != 404;
    }

    /** Completes once the refusal is recorded, or once recording it failed (the refusal stands either way). */
    public Uni<Void> record(Refusal refusal) {
        return record(refusal, true);
    }

    /**
     * Counts the refusal by its problem type ({@code healthsec_refusals_total}) and, when {@code audit},
     * records it; a 429 past the first of its minute is counted only.
     */
    public Uni<Void> record(Refusal refusal, boolean audited) {
        registry.counter(REFUSALS, "problem", refusal.reason() == null ? "unknown" : refusal.reason()).increment();
        if (!audited) {
            return Uni.createFrom().voidItem();
        }
        Uni<Void> write = Uni.createFrom().item(() -> {
            audit.refused(refusal);
            return null;
        });
        if (io.vertx.core.Context.isOnEventLoopThread()) {
            write = write.runSubscriptionOn(Infrastructure.getDefaultWorkerPool());
        }
        return write.onFailure().recoverWithItem(failure -> {
            // Only the class: a driver's message can quote data.
            LOG.errorf("could not audit a refusal: %s", failure.getClass().getName());
            return null;
        }).replaceWithVoid();
    }
}
