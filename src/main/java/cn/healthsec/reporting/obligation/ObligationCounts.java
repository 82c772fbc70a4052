package cn.healthsec.reporting.obligation;

import cn.healthsec.reporting.rules.DeadlineState;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The obligations due in a period, counted per supervising commission, due day (legal day),
 * division and outcome ({@code obligation_count}, V20), for a commission's statistics at national
 * volume: a reading costs the days and divisions of its jurisdiction, not its obligations.
 *
 * <p>Every statement that writes the ledger appends its net change ({@code obligation_count_change},
 * by trigger, so no writer can forget it and two derivations never wait on one count); this job
 * folds the changes into the counts every few seconds, one replica at a time (an advisory lock). A
 * reading adds the counts and the changes not folded yet in one statement, so it is exact whether a
 * fold ran or not, and never sees a fold half done.
 *
 * <p>An open obligation is counted with the instant it falls overdue: PENDING before it, OVERDUE
 * from it, at the reading's own {@code now} — the same decision as
 * {@link ObligationQueries#stateCondition} over the ledger's rows.
 */
@ApplicationScoped
public class ObligationCounts {

    private static final Logger LOG = Logger.getLogger(ObligationCounts.class);
    /** Changes folded per transaction: a fold holds its count rows' locks only this long. */
    static final int FOLD_BATCH = 10_000;

    @Inject
    EntityManager em;

    /** Counts of one division: how many obligations due in the period are in each state now. */
    public record DivisionCounts(String divisionCode, Map<DeadlineState, Long> byState) {
    }

    @Scheduled(identity = "obligation-counts", every = "${healthsec.statistics.obligation-fold-every:5s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP, skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void scheduled() {
        int folded = fold();
        if (folded > 0) {
            LOG.debugf("obligation counts: %d changes folded", folded);
        }
    }

    /** Folds the changes appended so far into the counts; how many change rows it folded (none if another replica is folding). */
    public int fold() {
        int total = 0;
        int folded;
        do {
            folded = QuarkusTransaction.requiringNew().call(this::foldBatch);
            total += Math.max(folded, 0);
        } while (folded == FOLD_BATCH);
        return total;
    }

    /** One batch, oldest first; -1 when another replica holds the fold. */
    @Transactional(Transactional.TxType.MANDATORY)
    int foldBatch() {
        boolean mine = (Boolean) em.createNativeQuery("select pg_try_advisory_xact_lock(hashtextextended('obligation-count-fold', 0))")
                .getSingleResult();
        if (!mine) {
            return -1;
        }
        // Summed per count and inserted in key order: the upsert locks the count rows in one order.
        Number folded = (Number) em.createNativeQuery("with batch as (delete from obligation_count_change where id in"
                        + " (select id from obligation_count_change order by id limit :batch) returning *),"
                        + " summed as (select supervising_authority_id, due_day, division_code, outcome, overdue_from, sum(n) as n,"
                        + " count(*) as changes from batch group by 1, 2, 3, 4, 5),"
                        + " applied as (insert into obligation_count as c (supervising_authority_id, due_day, division_code, outcome,"
                        + " overdue_from, n) select supervising_authority_id, due_day, division_code, outcome, overdue_from, n from summed"
                        + " order by 1, 2, 3, 4, 5 on conflict (supervising_authority_id, due_day, division_code, outcome, overdue_from)"
                        + " do update set n = c.n + excluded.n)"
                        + " select coalesce(sum(changes), 0) from summed")
                .setParameter("batch", FOLD_BATCH).getSingleResult();
        em.createNativeQuery("delete from obligation_count where n = 0").executeUpdate();
        return folded.intValue();
    }

    /**
     * The obligations due on the legal days {@code from} to {@code to} (inclusive) of the commissions
     * a supervised pattern names ({@code AuthorityDirectory.supervisedPattern}), per division, in the
     * state they are in at {@code now}.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<DivisionCounts> dueBetween(String supervisedPattern, LocalDate from, LocalDate to, Instant now) {
        Map<String, Object> p = new LinkedHashMap<>();
        String scope = supervisors(supervisedPattern, p);
        String counts = "select division_code, outcome, overdue_from, n from %s where " + scope + " and due_day between :from and :to";
        var query = em.createNativeQuery("select division_code as division,"
                        + " coalesce(sum(n) filter (where outcome = 'MET'), 0) as met,"
                        + " coalesce(sum(n) filter (where outcome = 'LATE'), 0) as late,"
                        + " coalesce(sum(n) filter (where outcome = 'OPEN' and overdue_from <= :now), 0) as overdue,"
                        + " coalesce(sum(n) filter (where outcome = 'OPEN' and overdue_from > :now), 0) as pending"
                        + " from (" + counts.formatted("obligation_count") + " union all " + counts.formatted("obligation_count_change")
                        + ") c group by division_code", Tuple.class)
                .setParameter("from", from).setParameter("to", to).setParameter("now", now);
        p.forEach(query::setParameter);
        @SuppressWarnings("unchecked")
        List<Tuple> rows = query.getResultList();
        return rows.stream().map(t -> {
            Map<DeadlineState, Long> byState = new EnumMap<>(DeadlineState.class);
            byState.put(DeadlineState.MET, ((Number) t.get("met")).longValue());
            byState.put(DeadlineState.LATE, ((Number) t.get("late")).longValue());
            byState.put(DeadlineState.OVERDUE, ((Number) t.get("overdue")).longValue());
            byState.put(DeadlineState.PENDING, ((Number) t.get("pending")).longValue());
            return new DivisionCounts(t.get("division", String.class), byState);
        }).toList();
    }

    /**
     * A supervised pattern as a condition the counts' primary key answers with a range, bound or not
     * (the column is in the C collation): the nation everything, a province or prefecture the ids
     * from its prefix up to the next prefix, a county or the XPCC the one id.
     */
    static String supervisors(String pattern, Map<String, Object> p) {
        ObligationQueries.SupervisedScope j = ObligationQueries.SupervisedScope.of(pattern);
        switch (j.shape()) {
            case NATION:
                return "true";
            case PREFIX:
                String prefix = j.value();
                p.put("lo", prefix);
                p.put("hi", prefix.substring(0, prefix.length() - 1) + (char) (prefix.charAt(prefix.length() - 1) + 1));
                return "supervising_authority_id >= :lo and supervising_authority_id < :hi";
            case ONE:
                p.put("lo", j.value());
                return "supervising_authority_id = :lo";
            default:
                throw new IllegalArgumentException("not a supervised pattern");
        }
    }
}
