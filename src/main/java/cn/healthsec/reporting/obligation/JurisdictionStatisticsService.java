package cn.healthsec.reporting.obligation;

import cn.healthsec.reporting.audit.AuditLog;
import cn.healthsec.reporting.authority.AuthorityId;
import cn.healthsec.reporting.division.Division;
import cn.healthsec.reporting.division.DivisionLevel;
import cn.healthsec.reporting.division.DivisionList;
import cn.healthsec.reporting.obligation.api.JurisdictionStatistics;
import cn.healthsec.reporting.reference.ReferenceData;
import cn.healthsec.reporting.routing.InboxService;
import cn.healthsec.reporting.rules.DeadlineState;
import cn.healthsec.reporting.rules.LegalTime;
import cn.healthsec.reporting.rules.SubmissionType;
import cn.healthsec.reporting.security.Caller;
import cn.healthsec.reporting.submission.SubmissionQueries;
import cn.healthsec.reporting.submission.TypeCount;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import jakarta.transaction.Transactional;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * A commission's statistics over a period, for its jurisdiction and each unit one level down:
 * obligations that fell due and how they were met, submissions by type, the inbox backlog. A body
 * that supervises no institutions (cybersecurity, public security) sees only what was routed to it.
 */
@ApplicationScoped
public class JurisdictionStatisticsService {

    @Inject
    EntityManager em;

    @Inject
    Ledger ledger;

    @Inject
    ReferenceData referenceData;

    @Inject
    SubmissionQueries submissions;

    @Inject
    ObligationCounts obligationCounts;

    @Inject
    InboxService inbox;

    @Inject
    AuditLog audit;

    /** One division's counts before they are summed into units. */
    private static final class Counts {
        long institutions;
        long metOnTime;
        long metLate;
        long overdue;
        long pending;
        final Map<String, Long> submissions = new LinkedHashMap<>();

        Counts() {
            for (SubmissionType t : SubmissionType.values()) {
                submissions.put(t.name(), 0L);
            }
        }

        void add(Counts other) {
            institutions += other.institutions;
            metOnTime += other.metOnTime;
            metLate += other.metLate;
            overdue += other.overdue;
            pending += other.pending;
            other.submissions.forEach((k, v) -> submissions.merge(k, v, Long::sum));
        }
    }

    @Transactional
    public JurisdictionStatistics of(AuthorityId authority, Caller caller, LocalDate from, LocalDate to) {
        Instant now = LegalTime.now();
        Optional<String> supervised = referenceData.authorities().supervisedPattern(authority);
        Map<String, Counts> byDivision = new LinkedHashMap<>();
        supervised.ifPresent(pattern -> {
            ledger.freshWithin(pattern);
            countInstitutions(pattern, byDivision);
            countObligations(pattern, from, to, now, byDivision);
        });
        Map<java.time.YearMonth, Map<String, Long>> months = new java.util.TreeMap<>();
        for (java.time.YearMonth m = java.time.YearMonth.from(from); !m.isAfter(java.time.YearMonth.from(to)); m = m.plusMonths(1)) {
            Map<String, Long> types = new LinkedHashMap<>();
            for (SubmissionType t : SubmissionType.values()) {
                types.put(t.name(), 0L);
            }
            months.put(m, types);
        }
        for (TypeCount c : submissions.countsByDivision(supervised.orElse(null), authority.toString(), from, to)) {
            byDivision.computeIfAbsent(String.valueOf(c.divisionCode()), k -> new Counts()).submissions.merge(c.type().name(), c.count(), Long::sum);
            months.get(java.time.YearMonth.from(c.month())).merge(c.type().name(), c.count(), Long::sum);
        }
        List<Division> units = supervised.isPresent() ? unitsBelow(authority) : List.of();
        List<String> inboxes = new ArrayList<>();
        inboxes.add(authority.toString());
        units.forEach(u -> inboxes.add(AuthorityId.healthCommission(u.code()).toString()));
        Map<String, InboxService.Backlog> backlogs = inbox.backlogs(inboxes, now);

        Counts whole = new Counts();
        byDivision.values().forEach(whole::add);
        String area = authority.area();
        JurisdictionStatistics.Unit jurisdiction = unit(area, area == null ? null : referenceData.divisions().find(area).map(Division::name)
                .orElse(null), authority.toString(), whole, backlogs, now);
        List<JurisdictionStatistics.Unit> unitViews = units.stream().map(u -> {
            Counts sum = new Counts();
            Predicate<String> inside = prefix(u);
            byDivision.forEach((code, counts) -> {
                if (inside.test(code)) {
                    sum.add(counts);
                }
            });
            return unit(u.code(), u.name(), AuthorityId.healthCommission(u.code()).toString(), sum, backlogs, now);
        }).toList();
        audit.record(caller, "JURISDICTION_STATISTICS_READ", "authority", authority.toString());
        return new JurisdictionStatistics(authority.toString(), from, to, LegalTime.local(now), jurisdiction, unitViews,
                months.entrySet().stream().map(m -> new JurisdictionStatistics.Month(m.getKey().toString(), java.util.Collections.unmodifiableMap(m.getValue()))).toList());
    }

    private void countInstitutions(String pattern, Map<String, Counts> byDivision) {
        @SuppressWarnings("unchecked")
        List<Tuple> rows = em.createNativeQuery("select r.division_code as division, count(*) as n from registered_institution r"
                + " where r.supervising_authority_id like :pattern group by r.division_code", Tuple.class)
                .setParameter("pattern", pattern).getResultList();
        rows.forEach(t -> byDivision.computeIfAbsent(t.get("division", String.class), k -> new Counts()).institutions =
                ((Number) t.get("n")).longValue());
    }

    /**
     * The obligations due in the period (their due day, or the legal day of their due instant), by
     * the state they are in now, from the ledger's counts ({@link ObligationCounts}).
     */
    private void countObligations(String pattern, LocalDate from, LocalDate to, Instant now, Map<String, Counts> byDivision) {
        for (ObligationCounts.DivisionCounts d : obligationCounts.dueBetween(pattern, from, to, now)) {
            Counts c = byDivision.computeIfAbsent(d.divisionCode(), k -> new Counts());
            c.metOnTime += d.byState().get(DeadlineState.MET);
            c.metLate += d.byState().get(DeadlineState.LATE);
            c.overdue += d.byState().get(DeadlineState.OVERDUE);
            c.pending += d.byState().get(DeadlineState.PENDING);
        }
    }

    private static JurisdictionStatistics.Unit unit(String code, String name, String authorityId, Counts c,
                                                    Map<String, InboxService.Backlog> backlogs, Instant now) {
        long due = c.metOnTime + c.metLate + c.overdue;
        BigDecimal rate = due == 0 ? null : BigDecimal.valueOf(c.metOnTime).divide(BigDecimal.valueOf(due), 4, RoundingMode.HALF_EVEN);
        InboxService.Backlog backlog = backlogs.getOrDefault(authorityId, InboxService.Backlog.NONE);
        Instant oldest = backlog.oldestUnacknowledgedAt();
        return new JurisdictionStatistics.Unit(code, name, authorityId, c.institutions,
                new JurisdictionStatistics.Obligations(due, c.metOnTime, c.metLate, c.overdue, c.pending, rate), Map.copyOf(c.submissions),
                new JurisdictionStatistics.Inbox(backlog.unacknowledged(), oldest == null ? null : LegalTime.local(oldest),
                        oldest == null ? null : Duration.between(oldest, now).toSeconds(), ages(backlog.byAge())));
    }

    private static JurisdictionStatistics.Ages ages(List<Long> bands) {
        return new JurisdictionStatistics.Ages(bands.get(0), bands.get(1), bands.get(2), bands.get(3), bands.get(4));
    }

    /** The divisions one level down with a commission of their own: a province's prefectures and the counties it governs directly; a prefecture's counties. */
    List<Division> unitsBelow(AuthorityId authority) {
        DivisionList divisions = referenceData.divisions();
        if (authority.isNational()) {
            return divisions.all().stream().filter(d -> d.level() == DivisionLevel.PROVINCE).sorted(java.util.Comparator.comparing(Division::code))
                    .toList();
        }
        if (authority.isXpcc()) {
            return List.of();
        }
        String area = authority.area();
        Division self = divisions.find(area).orElse(null);
        if (self == null || self.level() == DivisionLevel.COUNTY) {
            return List.of();
        }
        List<Division> out = new ArrayList<>();
        for (Division d : divisions.all()) {
            if (self.level() == DivisionLevel.PROVINCE && d.code().startsWith(area.substring(0, 2))) {
                boolean prefecture = DivisionList.isGoverningPrefecture(d);
                boolean direct = d.level() == DivisionLevel.COUNTY
                        && divisions.find(d.prefectureCode()).filter(DivisionList::isGoverningPrefecture).isEmpty();
                if (prefecture || direct) {
                    out.add(d);
                }
            } else if (self.level() == DivisionLevel.PREFECTURE && d.level() == DivisionLevel.COUNTY
                    && d.code().startsWith(area.substring(0, 4))) {
                out.add(d);
            }
        }
        out.sort(java.util.Comparator.comparing(Division::code));
        return out;
    }

    /** Whether a county code lies in the unit: a province's two leading digits, a prefecture's four, a county's six. */
    private static Predicate<String> prefix(Division unit) {
        String p = switch (unit.level()) {
            case PROVINCE -> unit.code().substring(0, 2);
            case PREFECTURE -> unit.code().substring(0, 4);
            case COUNTY -> unit.code();
        };
        return code -> code != null && code.startsWith(p);
    }
}
