package cn.healthsec.reporting.obligation;

import cn.healthsec.reporting.rules.DeadlineState;
import cn.healthsec.reporting.rules.LegalTime;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 14 (growth): a commission's statistics read the obligations due in a period from their
 * counts (V20, {@link ObligationCounts}), which must always equal the ledger's rows counted one by
 * one with the state conditions of {@link ObligationQueries#stateCondition} (the oracle here).
 *
 * <p>Lhasa (540100) is written by hand here (no other test registers institutions in Tibet); its
 * rows are deleted after each test. The oracle is also compared for the whole nation, which holds
 * what every test before this one derived through the API.
 */
@QuarkusTest
class ObligationCountsTest {

    static final String PREFIX = "count-test:";
    static final Instant NOW = LegalTime.now();
    static final LocalDate TODAY = LegalTime.dateOf(NOW);
    static final List<String> PATTERNS = List.of("%", "HC-54%", "HC-5401%", "HC-540102%", "HC-540103%");

    @Inject
    EntityManager em;

    @Inject
    ObligationCounts counts;

    @AfterEach
    void deleteHandMadeRows() {
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("delete from obligation where id like :p")
                .setParameter("p", PREFIX + "%").executeUpdate());
        counts.fold();
    }

    /** One hand-made obligation of a Lhasa institution; a null {@code dueAt} makes it due on {@code dueOn}. */
    void insert(String id, String supervisor, String division, LocalDate dueOn, Instant dueAt, Instant overdueFrom, LocalDate metOn,
                boolean late) {
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("insert into obligation (id, institution_uscc,"
                        + " supervising_authority_id, division_code, kind, due_on, due_at, overdue_from, provisional, met_on, late, basis,"
                        + " policy, rule_id, derived_at) values (:id, '91540102MA6T000000', :supervisor, :division, 'MLPS_ASSESSMENT', :dueOn,"
                        + " :dueAt, :overdueFrom, false, :metOn, :late, 'test', false, 'test', now())")
                .setParameter("id", PREFIX + id).setParameter("supervisor", supervisor).setParameter("division", division)
                .setParameter("dueOn", dueOn).setParameter("dueAt", dueAt).setParameter("overdueFrom", overdueFrom)
                .setParameter("metOn", metOn).setParameter("late", late).executeUpdate());
    }

    /** A statement over the hand-made rows ({@code :p}, their ids' pattern, where it names them). */
    void sql(String statement) {
        QuarkusTransaction.requiringNew().run(() -> {
            var query = em.createNativeQuery(statement);
            if (statement.contains(":p")) {
                query.setParameter("p", PREFIX + "%");
            }
            query.executeUpdate();
        });
    }

    /** The ledger's rows due in the period, counted one by one, per division and state (divisions with none left out). */
    Map<String, Map<DeadlineState, Long>> oracle(String pattern, LocalDate from, LocalDate to, Instant now) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Map<String, Object> p = new HashMap<>();
            StringBuilder sql = new StringBuilder("select o.division_code as division");
            for (DeadlineState s : DeadlineState.values()) {
                sql.append(", count(*) filter (where ").append(ObligationQueries.stateCondition(s)).append(") as ").append(s.name());
            }
            sql.append(" from obligation o where ").append(ObligationQueries.supervisedBy(pattern, p))
                    .append(" and coalesce(o.due_on, (o.due_at at time zone 'Asia/Shanghai')::date) between :from and :to group by 1");
            var query = em.createNativeQuery(sql.toString(), Tuple.class).setParameter("from", from).setParameter("to", to)
                    .setParameter("now", now);
            p.forEach(query::setParameter);
            @SuppressWarnings("unchecked")
            List<Tuple> rows = query.getResultList();
            Map<String, Map<DeadlineState, Long>> out = new TreeMap<>();
            for (Tuple t : rows) {
                Map<DeadlineState, Long> byState = new EnumMap<>(DeadlineState.class);
                for (DeadlineState s : DeadlineState.values()) {
                    byState.put(s, ((Number) t.get(s.name())).longValue());
                }
                out.put(t.get("division", String.class), byState);
            }
            return out;
        });
    }

    Map<String, Map<DeadlineState, Long>> counted(String pattern, LocalDate from, LocalDate to, Instant now) {
        Map<String, Map<DeadlineState, Long>> out = new TreeMap<>();
        QuarkusTransaction.requiringNew().call(() -> counts.dueBetween(pattern, from, to, now)).stream()
                .filter(d -> d.byState().values().stream().anyMatch(n -> n != 0))
                .forEach(d -> out.put(d.divisionCode(), new EnumMap<>(d.byState())));
        return out;
    }

    /** The counts equal the oracle for every pattern, several periods and several moments of reading. */
    void assertCountsAreTheLedgers(String when) {
        List<LocalDate[]> periods = List.of(new LocalDate[] {TODAY.minusYears(3), TODAY.plusYears(3)},
                new LocalDate[] {TODAY.minusDays(10), TODAY.minusDays(10)}, new LocalDate[] {TODAY.minusDays(9), TODAY.plusDays(30)});
        for (String pattern : PATTERNS) {
            for (LocalDate[] period : periods) {
                for (Instant now : List.of(NOW, NOW.minus(Duration.ofDays(20)), NOW.plus(Duration.ofDays(40)))) {
                    assertEquals(oracle(pattern, period[0], period[1], now), counted(pattern, period[0], period[1], now),
                            when + ": " + pattern + " " + period[0] + ".." + period[1] + " at " + now);
                }
            }
        }
    }

    long countRows(String table) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery("select count(*) from " + table
                + " where supervising_authority_id like 'HC-54%'").getSingleResult()).longValue());
    }

    @Test
    void shouldCountWhatTheLedgerHoldsWhateverWritesIt() {
        Instant tenDaysAgo = NOW.minus(Duration.ofDays(10));
        // Pending, overdue, met on time, met late; due on a day and due at an instant (an incident's clock).
        insert("a", "HC-540102", "540102", TODAY.minusDays(10), null, tenDaysAgo, null, false);
        insert("b", "HC-540102", "540102", TODAY.plusDays(20), null, NOW.plus(Duration.ofDays(21)), null, false);
        insert("c", "HC-540102", "540102", TODAY.minusDays(10), null, tenDaysAgo, TODAY.minusDays(11), false);
        insert("d", "HC-540103", "540103", TODAY.minusDays(10), null, tenDaysAgo, TODAY.minusDays(2), true);
        insert("e", "HC-540100", "540103", null, NOW.minus(Duration.ofHours(30)), NOW.minus(Duration.ofHours(30)), null, false);
        insert("f", "HC-540102", "540102", null, null, null, null, false);
        insert("g", "HC-540102", "540102", TODAY.plusDays(5), null, null, null, false);
        assertCountsAreTheLedgers("inserted, before a fold");
        assertTrue(countRows("obligation_count_change") > 0, "the changes wait for the fold");

        // Met; met late; an institution moving to another county (its rows' supervisor and division change
        // in one statement); an update that changes nothing counted; a delete.
        sql("update obligation set met_on = current_date, late = false where id = '" + PREFIX + "a'");
        sql("update obligation set met_on = current_date, late = true where id = '" + PREFIX + "b'");
        sql("update obligation set supervising_authority_id = 'HC-540103', division_code = '540103' where id like :p"
                + " and supervising_authority_id = 'HC-540102'");
        sql("update obligation set basis = 'unchanged count' where id like :p");
        sql("delete from obligation where id = '" + PREFIX + "c'");
        assertCountsAreTheLedgers("changed, before a fold");

        assertTrue(counts.fold() > 0);
        assertEquals(0, countRows("obligation_count_change"), "folded");
        assertCountsAreTheLedgers("after a fold");
        assertEquals(0, counts.fold(), "nothing left to fold");

        // Read from the counts indeed: a count changed by hand shows (then put back).
        sql("update obligation_count set n = n + 100 where supervising_authority_id = 'HC-540103' and outcome = 'MET'");
        assertEquals(101, counted("HC-540103%", TODAY.minusDays(30), TODAY.plusDays(30), NOW).get("540103").get(DeadlineState.MET));
        sql("update obligation_count set n = n - 100 where supervising_authority_id = 'HC-540103' and outcome = 'MET'");
        assertCountsAreTheLedgers("put back");

        // Every hand-made row deleted: their counts fall to zero and the fold removes them.
        deleteHandMadeRows();
        assertEquals(0, countRows("obligation_count"), "counts at zero are removed");
        assertEquals(Map.of(), counted("HC-54%", TODAY.minusYears(3), TODAY.plusYears(3), NOW));
    }

    @Test
    void shouldNameEachJurisdictionByARangeOfItsCommissions() {
        Map<String, Object> p = new HashMap<>();
        assertEquals("true", ObligationCounts.supervisors("%", p));
        assertEquals(Map.of(), p);
        assertEquals("supervising_authority_id >= :lo and supervising_authority_id < :hi", ObligationCounts.supervisors("HC-36%", p));
        assertEquals(Map.of("lo", "HC-36", "hi", "HC-37"), p);
        ObligationCounts.supervisors("HC-3609%", p);
        assertEquals(Map.of("lo", "HC-3609", "hi", "HC-360:"), p, "the next prefix in byte order: '9' + 1");
        p.clear();
        assertEquals("supervising_authority_id = :lo", ObligationCounts.supervisors("HC-360102%", p), "a county: the one commission");
        assertEquals(Map.of("lo", "HC-360102"), p);
        assertEquals("supervising_authority_id = :lo", ObligationCounts.supervisors("HC-XPCC", p));
        assertEquals(Map.of("lo", "HC-XPCC"), p);
        assertThrows(IllegalArgumentException.class, () -> ObligationCounts.supervisors("HC-3_%", new HashMap<>()));
        assertFalse(ObligationCounts.supervisors("HC-36%", new HashMap<>()).contains("like"), "a range, whatever the plan");
    }
}
