package cn.healthsec.reporting.submission;

import cn.healthsec.reporting.rules.LegalTime;
import cn.healthsec.reporting.rules.SubmissionType;
import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.Tuple;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Submissions counted per closed legal day (Asia/Shanghai), supervising commission, division and
 * type, for a commission's statistics at national volume ({@code submission_day_count}, V18).
 *
 * <p>A day is rolled up once, when it closed at least {@code healthsec.statistics.rollup-after} ago:
 * longer than a transaction may run (the transaction timeout, 30 s; an idle one is ended after
 * 60 s), so no filing of that day can still commit after it is counted. A submission's day, type and institution never change,
 * so a rolled-up day stays true; it is attributed to the commission and division the institution was
 * registered under when the day was rolled up, where the row-by-row count uses the registry as it is
 * at reading (the same unless an institution moved in between). Days are rolled up oldest first,
 * one transaction each, under the lock of the progress row, so two replicas take turns; counts for
 * an interrupted run's day are replaced, not added, when it runs again.
 *
 * <p>When a month's last day is rolled up, the month is summed from its days once
 * ({@code submission_month_count}, V21): a period reads its whole rolled-up months from there and
 * only the days at its edges from the day counts.
 */
@ApplicationScoped
public class SubmissionDayCounts {

    private static final Logger LOG = Logger.getLogger(SubmissionDayCounts.class);

    @ConfigProperty(name = "healthsec.statistics.rollup-after", defaultValue = "15m")
    Duration after;

    /** Set when the application begins to stop: a backfill ends after the day at hand (the next run goes on from there). */
    private volatile boolean stopping;

    void stopping(@Observes @Priority(1) ShutdownEvent event) {
        stopping = true;
    }

    @Scheduled(identity = "submission-day-counts", every = "${healthsec.statistics.rollup-every:10m}",
            delayed = "${healthsec.statistics.rollup-delay:1m}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void scheduled() {
        int days = rollUp(LegalTime.now());
        if (days > 0) {
            LOG.infof("submission day counts: %d days rolled up", days);
        }
    }

    /** Rolls up every day closed by {@code now} minus the margin and not rolled up yet; how many days. */
    public int rollUp(Instant now) {
        LocalDate last = LegalTime.dateOf(now.minus(after)).minusDays(1);
        int days = 0;
        while (!stopping && QuarkusTransaction.requiringNew().call(() -> rollUpNext(last))) {
            days++;
        }
        return days;
    }

    /** The first day not rolled up, if it is no later than {@code last}: counted, and the progress moved past it. */
    @Transactional(Transactional.TxType.MANDATORY)
    boolean rollUpNext(LocalDate last) {
        var em = Panache.getEntityManager();
        LocalDate through = (LocalDate) em.createNativeQuery("select rolled_through from submission_day_count_progress for update", LocalDate.class)
                .getSingleResult();
        LocalDate day = through != null ? through : firstDay().orElse(null);
        if (day == null || day.isAfter(last)) {
            return false;
        }
        em.createNativeQuery("delete from submission_day_count where day = :day").setParameter("day", day).executeUpdate();
        em.createNativeQuery("insert into submission_day_count (day, supervising_authority_id, division_code, type, n)"
                        + " select :day, r.supervising_authority_id, r.division_code, s.type, count(*) from submission s"
                        + " join registered_institution r on r.uscc = s.institution_uscc"
                        + " where s.received_at >= :from and s.received_at < :to group by r.supervising_authority_id, r.division_code, s.type")
                .setParameter("day", day).setParameter("from", LegalTime.endOf(day.minusDays(1))).setParameter("to", LegalTime.endOf(day))
                .executeUpdate();
        if (day.plusDays(1).getDayOfMonth() == 1) {
            // The month's last day: the month is summed once from its day counts (replaced on a rerun).
            LocalDate month = day.withDayOfMonth(1);
            em.createNativeQuery("delete from submission_month_count where month = :month").setParameter("month", month).executeUpdate();
            em.createNativeQuery("insert into submission_month_count (month, supervising_authority_id, division_code, type, n)"
                            + " select :month, supervising_authority_id, division_code, type, sum(n) from submission_day_count"
                            + " where day between :month and :day group by supervising_authority_id, division_code, type")
                    .setParameter("month", month).setParameter("day", day).executeUpdate();
        }
        em.createNativeQuery("update submission_day_count_progress set rolled_through = :next").setParameter("next", day.plusDays(1))
                .executeUpdate();
        return true;
    }

    private Optional<LocalDate> firstDay() {
        Object first = Panache.getEntityManager().createNativeQuery("select min(received_at) from submission").getSingleResult();
        return Optional.ofNullable(LegalTime.fromDriver(first)).map(LegalTime::dateOf);
    }

    /**
     * The submissions received on the legal days {@code from} to {@code to} (inclusive) of the
     * institutions whose supervising commission matches {@code supervisedPattern}, by division and
     * type: the rolled-up days from their counts, the days after them row by row. A pair may appear
     * twice (once from each part); the caller sums.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<TypeCount> supervised(String supervisedPattern, LocalDate from, LocalDate to) {
        var em = Panache.getEntityManager();
        LocalDate through = (LocalDate) em.createNativeQuery("select rolled_through from submission_day_count_progress", LocalDate.class)
                .getSingleResult();
        List<TypeCount> counts = new ArrayList<>();
        LocalDate liveFrom = from;
        if (through != null && from.isBefore(through)) {
            LocalDate rolledTo = to.isBefore(through) ? to : through.minusDays(1);
            // Whole months inside the rolled-up part from their month counts, the days at its edges from the day counts.
            LocalDate firstMonth = from.getDayOfMonth() == 1 ? from : from.withDayOfMonth(1).plusMonths(1);
            LocalDate afterMonths = rolledTo.plusDays(1).withDayOfMonth(1);
            StringBuilder sql = new StringBuilder("select division_code as division, type, month, sum(n) as n from (");
            Map<String, Object> p = new LinkedHashMap<>();
            p.put("scope", supervisedPattern);
            if (firstMonth.isBefore(afterMonths)) {
                sql.append("select division_code, type, month, n from submission_month_count where supervising_authority_id like :scope"
                        + " and month >= :firstMonth and month < :afterMonths union all ");
                sql.append("select division_code, type, date_trunc('month', day::timestamp)::date as month, n from submission_day_count"
                        + " where supervising_authority_id like :scope"
                        + " and (day >= :from and day < :firstMonth or day >= :afterMonths and day <= :rolledTo)");
                p.put("firstMonth", firstMonth);
                p.put("afterMonths", afterMonths);
            } else {
                sql.append("select division_code, type, date_trunc('month', day::timestamp)::date as month, n from submission_day_count"
                        + " where supervising_authority_id like :scope and day >= :from and day <= :rolledTo");
            }
            sql.append(") c group by division_code, type, month");
            p.put("from", from);
            p.put("rolledTo", rolledTo);
            var query = em.createNativeQuery(sql.toString(), Tuple.class);
            p.forEach(query::setParameter);
            @SuppressWarnings("unchecked")
            List<Tuple> rows = query.getResultList();
            rows.forEach(t -> counts.add(typeCount(t)));
            liveFrom = through;
        }
        if (!liveFrom.isAfter(to)) {
            @SuppressWarnings("unchecked")
            List<Tuple> rows = em.createNativeQuery("select r.division_code as division, s.type as type, " + LEGAL_MONTH
                            + " as month, count(*) as n from submission s"
                            + " join registered_institution r on r.uscc = s.institution_uscc where r.supervising_authority_id like :scope"
                            + " and s.received_at >= :from and s.received_at < :to group by r.division_code, s.type, 3", Tuple.class)
                    .setParameter("scope", supervisedPattern).setParameter("from", LegalTime.endOf(liveFrom.minusDays(1)))
                    .setParameter("to", LegalTime.endOf(to)).getResultList();
            rows.forEach(t -> counts.add(typeCount(t)));
        }
        return counts;
    }

    /** The legal month (its first day) a submission was received in: Asia/Shanghai, as every legal date. */
    static final String LEGAL_MONTH = "date_trunc('month', s.received_at at time zone 'Asia/Shanghai')::date";

    static TypeCount typeCount(Tuple t) {
        Object month = t.get("month");
        return new TypeCount(t.get("division", String.class), SubmissionType.valueOf(t.get("type", String.class)),
                month instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) month, ((Number) t.get("n")).longValue());
    }
}
