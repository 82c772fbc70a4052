package cn.healthsec.reporting.obligation;

import cn.healthsec.reporting.routing.Deliveries;
import cn.healthsec.reporting.rules.LegalTime;
import cn.healthsec.reporting.webhook.EventType;
import cn.healthsec.reporting.webhook.InstitutionEvents;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The ledger's job, run by every replica: first the ledgers that are stale (never derived, derived
 * under another policy or calendar, or before this year began) are derived again; then each
 * obligation that has passed its due date becomes <b>exactly one</b> {@code OVERDUE_NOTICE} in the
 * inbox of the commission supervising the institution.
 *
 * <p>Exactly once, whatever runs: the notice and its inbox entry are written in one transaction,
 * keyed by the obligation and its due instant ({@code overdue_notice}'s primary key, inserted
 * {@code on conflict do nothing}); the obligations of a batch are locked {@code for update skip
 * locked}, so two replicas or two overlapping runs share the work instead of waiting, and a run that
 * dies leaves its batch uncommitted for the next.
 */
@ApplicationScoped
public class LedgerJob {

    private static final Logger LOG = Logger.getLogger(LedgerJob.class);
    static final int BATCH = 200;
    /** Every supervisor: the scope of the scheduled run. */
    static final String EVERYWHERE = "%";

    @Inject
    InstitutionEvents events;

    @Inject
    EntityManager em;

    @Inject
    Ledger ledger;

    @Inject
    Deliveries deliveries;

    /**
     * Set when the application begins to stop: a round in progress ends after the ledger or batch
     * at hand instead of running on while the connection pool and the beans it uses are closed
     * under it (which held a replica's stop past its grace period). What it leaves stale, the next
     * round on any replica, or the first read, derives.
     */
    private volatile boolean stopping;

    void stopping(@Observes @Priority(1) ShutdownEvent event) {
        stopping = true;
    }

    @Scheduled(identity = "obligation-ledger", every = "${healthsec.obligations.job-every:5m}", delayed = "${healthsec.obligations.job-delay:30s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP, skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void run() {
        Instant now = LegalTime.now();
        int derived = refreshStale(now, BATCH);
        int noticed = stopping ? 0 : sweep(EVERYWHERE, now, BATCH);
        if (derived > 0 || noticed > 0) {
            LOG.infof("obligation ledger: %d ledgers derived again, %d overdue notices delivered", derived, noticed);
        }
    }

    /**
     * The catch-up: derives the ledgers that filings changed ({@code stale}), oldest institutions
     * first, {@code BATCH} at a time, each in its own transaction; a ledger another replica is
     * deriving waits on its lock and is then derived again at no harm. Reads derive what they need
     * themselves ({@link Ledger#fresh}); this keeps what they find to do small.
     */
    @Scheduled(identity = "obligation-ledger-catch-up", every = "${healthsec.obligations.catch-up-every:2s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP, skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void catchUp() {
        String after = "";
        List<String> changed;
        do {
            String from = after;
            changed = QuarkusTransaction.requiringNew().call(() -> changed(from, BATCH));
            for (String uscc : changed) {
                if (stopping) {
                    return;
                }
                try {
                    QuarkusTransaction.requiringNew().run(() -> ledger.fresh(uscc));
                } catch (RuntimeException e) {
                    // One ledger that cannot be derived now must not hold back the others; its readers
                    // and the next round try again. The failure's class only: its message can quote data.
                    LOG.warnf("obligation ledger catch-up: one ledger not derived (%s); tried again next round", e.getClass().getName());
                }
            }
            after = changed.isEmpty() ? after : changed.get(changed.size() - 1);
        } while (changed.size() == BATCH);
    }

    /** The next {@code batch} ledgers with a change waiting, in USCC order after {@code after}: each round walks them once. */
    @SuppressWarnings("unchecked")
    List<String> changed(String after, int batch) {
        return em.createNativeQuery("select institution_uscc from obligation_ledger where stale and institution_uscc > :after"
                        + " order by institution_uscc limit :batch", String.class)
                .setParameter("after", after).setParameter("batch", batch).getResultList();
    }

    /** Derives every stale ledger again, {@code batch} institutions per round; how many were derived. */
    public int refreshStale(Instant now, int batch) {
        String derivation = ledger.derivation();
        Instant yearStart = LocalDate.of(LegalTime.dateOf(now).getYear(), 1, 1).atStartOfDay(LegalTime.ZONE).toInstant();
        int total = 0;
        String after = "";
        while (true) {
            String from = after;
            List<String> stale = QuarkusTransaction.requiringNew().call(() -> stale(derivation, yearStart, from, batch));
            for (String uscc : stale) {
                if (stopping) {
                    return total;
                }
                QuarkusTransaction.requiringNew().run(() -> ledger.derive(uscc));
                total++;
            }
            if (stale.size() < batch) {
                return total;
            }
            after = stale.get(stale.size() - 1);
        }
    }

    @SuppressWarnings("unchecked")
    List<String> stale(String derivation, Instant yearStart, String after, int batch) {
        return em.createNativeQuery("select r.uscc from registered_institution r left join obligation_ledger l"
                        + " on l.institution_uscc = r.uscc where (l.institution_uscc is null or l.stale or l.derivation <> :derivation"
                        + " or l.derived_at < :yearStart) and r.uscc > :after order by r.uscc limit :batch", String.class)
                .setParameter("derivation", derivation).setParameter("after", after).setParameter("yearStart", yearStart).setParameter("batch", batch)
                .getResultList();
    }

    /**
     * Notices every obligation past due at {@code now} of the institutions whose supervisor matches
     * {@code supervisors} (a LIKE pattern; {@value #EVERYWHERE} for all), one transaction per batch;
     * how many notices were delivered.
     */
    public int sweep(String supervisors, Instant now, int batch) {
        // What filings changed is derived first: an obligation a filing created or met is noticed as it stands.
        QuarkusTransaction.requiringNew().run(() -> ledger.freshWithin(supervisors));
        int total = 0;
        while (true) {
            Batch done = QuarkusTransaction.requiringNew().call(() -> noticeBatch(supervisors, now, batch));
            total += done.noticed();
            if (done.selected() < batch) {
                return total;
            }
        }
    }

    /** What one batch did: obligations selected (and locked), notices delivered. */
    public record Batch(int selected, int noticed) {
    }

    /** One batch, in the caller's transaction: the notices and inbox entries commit together or not at all. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Batch noticeBatch(String supervisors, Instant now, int batch) {
        @SuppressWarnings("unchecked")
        List<ObligationEntity> due = em.createNativeQuery("select o.* from obligation o where o.met_on is null"
                        + " and o.overdue_from <= :now and o.supervising_authority_id like :supervisors"
                        + " and not exists (select 1 from overdue_notice n where n.obligation_id = o.id and n.overdue_from = o.overdue_from)"
                        + " order by o.overdue_from, o.id limit :batch for update of o skip locked", ObligationEntity.class)
                .setParameter("now", now).setParameter("supervisors", supervisors).setParameter("batch", batch)
                .getResultList();
        int noticed = 0;
        for (ObligationEntity o : due) {
            int claimed = em.createNativeQuery("insert into overdue_notice (obligation_id, overdue_from, institution_uscc, authority_id,"
                            + " noticed_at) values (:id, :from, :uscc, :authority, :now) on conflict do nothing")
                    .setParameter("id", o.id).setParameter("from", o.overdueFrom).setParameter("uscc", o.institutionUscc)
                    .setParameter("authority", o.supervisingAuthorityId).setParameter("now", now)
                    .executeUpdate();
            if (claimed == 1) {
                deliveries.notice(new Deliveries.Notice(o.supervisingAuthorityId, o.institutionUscc, o.id, o.kind, o.subject,
                        o.dueOn != null ? o.dueOn.toString() : LegalTime.local(o.dueAt).toString(), o.basis, o.basisKey, o.ruleId, now));
                // The institution's push subscribers hear of it too, with the obligation as its own listing shows it (unmet: no submission).
                events.publish(o.institutionUscc, EventType.OBLIGATION_OVERDUE, o.id, ObligationQueries.view(o, now, Map.of()));
                noticed++;
            }
        }
        return new Batch(due.size(), noticed);
    }
}
