package cn.healthsec.reporting.obligation;

import cn.healthsec.reporting.audit.AuditLog;
import cn.healthsec.reporting.authority.AuthorityId;
import cn.healthsec.reporting.institution.Institution;
import cn.healthsec.reporting.institution.InstitutionService;
import cn.healthsec.reporting.institution.Jurisdiction;
import cn.healthsec.reporting.obligation.api.InstitutionCompliance;
import cn.healthsec.reporting.obligation.api.ObligationView;
import cn.healthsec.reporting.problem.ProblemException;
import cn.healthsec.reporting.reference.ReferenceData;
import cn.healthsec.reporting.rules.DeadlineState;
import cn.healthsec.reporting.rules.LegalTime;
import cn.healthsec.reporting.security.Caller;
import cn.healthsec.reporting.submission.SubmissionQueries;
import cn.healthsec.reporting.submission.api.SubmissionSummary;
import cn.healthsec.reporting.web.Cursor;
import cn.healthsec.reporting.web.Page;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Reading the ledger: an institution's obligations (the institution, the commissions above it, an
 * admin) and a commission's jurisdiction. The state is computed at the moment of reading.
 */
@ApplicationScoped
public class ObligationQueries {

    @Inject
    EntityManager em;

    @Inject
    Ledger ledger;

    @Inject
    InstitutionService institutions;

    @Inject
    SubmissionQueries submissions;

    @Inject
    ReferenceData referenceData;

    @Inject
    AuditLog audit;

    /** Filters of a listing; null fields do not filter. {@code divisionPrefix}: the leading digits of a division's codes. */
    public record Filter(DeadlineState state, ObligationKind kind, String divisionPrefix) {
    }

    /** The institution's obligations if the caller may see them; otherwise not found, so USCCs cannot be probed. */
    @Transactional
    public Page<ObligationView> forInstitution(String uscc, Caller caller, Filter filter, String after, int limit) {
        Institution institution = institutions.find(uscc).orElse(null);
        if (institution == null || !(caller.isAdmin() || Jurisdiction.covers(caller, institution, referenceData.authorities()))) {
            audit.denied(caller, "OBLIGATIONS_READ", "institution", uscc);
            throw ProblemException.notFound();
        }
        ledger.fresh(uscc);
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("uscc", uscc);
        Page<ObligationView> page = page("o.institution_uscc = :uscc", p, filter, after, limit);
        audit.record(caller, "OBLIGATIONS_READ", "institution", uscc);
        return page;
    }

    /** The obligations of every institution the commission supervises, directly or through the commissions below it. */
    @Transactional
    public Page<ObligationView> forJurisdiction(AuthorityId authority, Caller caller, Filter filter, String after, int limit) {
        String supervisors = supervisedPattern(authority, caller);
        ledger.freshWithin(supervisors);
        Map<String, Object> p = new LinkedHashMap<>();
        Page<ObligationView> page = page(supervisedBy(supervisors, p), p, filter, after, limit);
        audit.record(caller, "JURISDICTION_OBLIGATIONS_READ", "authority", authority.toString());
        return page;
    }

    /** Where an institution stands; see {@link InstitutionCompliance}. */
    public enum Compliance {
        OVERDUE, LATE, OK
    }

    /**
     * The institutions of the commission's jurisdiction with their open obligations, in USCC order;
     * {@code kind} narrows what counts to one kind of obligation.
     */
    @Transactional
    public Page<InstitutionCompliance> institutions(AuthorityId authority, Caller caller, Compliance compliance, ObligationKind kind,
                                                    String divisionPrefix, String after, int limit) {
        Instant now = LegalTime.now();
        String supervisors = supervisedPattern(authority, caller);
        ledger.freshWithin(supervisors);
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("supervisors", supervisors);
        p.put("now", now);
        p.put("yearAgo", LegalTime.dateOf(now).minusYears(1));
        String ofKind = kind == null ? "" : " and o.kind = :kind";
        if (kind != null) {
            p.put("kind", kind.name());
        }
        StringBuilder sql = new StringBuilder("select * from (select r.uscc as uscc, r.name as name, r.division_code as division,"
                + " r.supervising_authority_id as supervisor,"
                + " (select count(*) from obligation o where o.institution_uscc = r.uscc" + ofKind + " and "
                + stateCondition(DeadlineState.OVERDUE) + ") as overdue,"
                + " (select count(*) from obligation o where o.institution_uscc = r.uscc" + ofKind + " and o.late"
                + " and coalesce(o.due_on, (o.due_at at time zone 'Asia/Shanghai')::date) >= :yearAgo) as late"
                + " from registered_institution r where r.supervising_authority_id like :supervisors");
        if (divisionPrefix != null) {
            sql.append(" and r.division_code like :division");
            p.put("division", divisionPrefix + "%");
        }
        Cursor cursor = Cursor.after(after);
        if (cursor != null) {
            sql.append(" and r.uscc > :after");
            p.put("after", cursor.first());
        }
        sql.append(") x");
        if (compliance != null) {
            sql.append(switch (compliance) {
                case OVERDUE -> " where x.overdue > 0";
                case LATE -> " where x.overdue = 0 and x.late > 0";
                case OK -> " where x.overdue = 0 and x.late = 0";
            });
        }
        sql.append(" order by x.uscc limit :limit");
        p.put("limit", limit + 1);
        var query = em.createNativeQuery(sql.toString(), jakarta.persistence.Tuple.class);
        p.forEach(query::setParameter);
        @SuppressWarnings("unchecked")
        List<jakarta.persistence.Tuple> rows = query.getResultList();
        Map<String, List<ObligationEntity>> open = open(rows.stream().limit(limit).map(t -> t.get("uscc", String.class)).toList(), kind);
        Map<UUID, SubmissionSummary> none = Map.of();
        audit.record(caller, "JURISDICTION_INSTITUTIONS_READ", "authority", authority.toString());
        return Page.of(rows, limit, t -> {
            String uscc = t.get("uscc", String.class);
            long overdue = ((Number) t.get("overdue")).longValue();
            long late = ((Number) t.get("late")).longValue();
            return new InstitutionCompliance(uscc, t.get("name", String.class), t.get("division", String.class),
                    t.get("supervisor", String.class), (overdue > 0 ? Compliance.OVERDUE : late > 0 ? Compliance.LATE : Compliance.OK).name(),
                    overdue, late, open.getOrDefault(uscc, List.of()).stream().map(o -> view(o, now, none)).toList());
        }, t -> Cursor.of(t.get("uscc", String.class), "-"));
    }

    /** The obligations not yet met of these institutions, most urgent first (no due date last). */
    private Map<String, List<ObligationEntity>> open(List<String> usccs, ObligationKind kind) {
        if (usccs.isEmpty()) {
            return Map.of();
        }
        var query = em.createNativeQuery("select o.* from obligation o where o.institution_uscc in (:usccs)"
                        + " and o.met_on is null" + (kind == null ? "" : " and o.kind = :kind")
                        + " order by o.institution_uscc, o.overdue_from nulls last, o.id", ObligationEntity.class)
                .setParameter("usccs", usccs);
        if (kind != null) {
            query.setParameter("kind", kind.name());
        }
        @SuppressWarnings("unchecked")
        List<ObligationEntity> rows = query.getResultList();
        return rows.stream().collect(Collectors.groupingBy(o -> o.institutionUscc, LinkedHashMap::new, Collectors.toList()));
    }

    /** Only a health commission supervises institutions; a cybersecurity or public-security body sees what is routed to it. */
    String supervisedPattern(AuthorityId authority, Caller caller) {
        return referenceData.authorities().supervisedPattern(authority).orElseThrow(() -> {
            audit.denied(caller, "JURISDICTION_READ", "authority", authority.toString());
            return ProblemException.forbidden("not-health-commission");
        });
    }

    /**
     * What a supervised pattern ({@code AuthorityDirectory.supervisedPattern}) names: the nation
     * (every commission), a province ({@code HC-36%}) or a prefecture ({@code HC-3601%}) by the
     * prefix of the supervising commission, a county ({@code HC-360102%}) or the XPCC
     * ({@code HC-XPCC}) that one commission, or (never made by the directory) a LIKE pattern.
     */
    record SupervisedScope(Shape shape, String value) {
        enum Shape { NATION, PREFIX, ONE, PATTERN }

        static SupervisedScope of(String pattern) {
            if (pattern.equals("%")) {
                return new SupervisedScope(Shape.NATION, null);
            }
            String prefix = pattern.endsWith("%") ? pattern.substring(0, pattern.length() - 1) : pattern;
            if (prefix.isEmpty() || prefix.indexOf('%') >= 0 || prefix.indexOf('_') >= 0) {
                return new SupervisedScope(Shape.PATTERN, pattern);
            }
            if (pattern.endsWith("%") && (prefix.length() == 5 || prefix.length() == 7)) {
                return new SupervisedScope(Shape.PREFIX, prefix);
            }
            return new SupervisedScope(Shape.ONE, prefix);
        }
    }

    /**
     * The obligations (alias {@code o}) of the commissions a supervised pattern names
     * ({@link SupervisedScope}), as the condition its index answers in id order (V19): the nation all
     * of them; a province or a prefecture the prefix of the supervising commission; a county or the
     * XPCC that one.
     */
    static String supervisedBy(String pattern, Map<String, Object> p) {
        SupervisedScope j = SupervisedScope.of(pattern);
        if (j.shape() != SupervisedScope.Shape.NATION) {
            p.put("supervisors", j.value());
        }
        return switch (j.shape()) {
            case NATION -> "true";
            case PREFIX -> "left(o.supervising_authority_id, " + j.value().length() + ") = :supervisors";
            case ONE -> "o.supervising_authority_id = :supervisors";
            case PATTERN -> "o.supervising_authority_id like :supervisors";
        };
    }

    /**
     * The state of an obligation at {@code :now} as SQL over the ledger's columns (alias {@code o}),
     * the same decision {@link Obligation#stateAt} makes.
     */
    static String stateCondition(DeadlineState state) {
        return switch (state) {
            case MET -> "o.met_on is not null and not o.late";
            case LATE -> "o.met_on is not null and o.late";
            case PENDING -> "o.met_on is null and (o.overdue_from is null or o.overdue_from > :now)";
            case OVERDUE -> "o.met_on is null and o.overdue_from <= :now";
        };
    }

    private Page<ObligationView> page(String scope, Map<String, Object> p, Filter filter, String after, int limit) {
        Instant now = LegalTime.now();
        StringBuilder sql = new StringBuilder("select o.* from obligation o where ").append(scope);
        if (filter.state() != null) {
            sql.append(" and ").append(stateCondition(filter.state()));
            p.put("now", now);
        }
        if (filter.kind() != null) {
            sql.append(" and o.kind = :kind");
            p.put("kind", filter.kind().name());
        }
        if (filter.divisionPrefix() != null) {
            sql.append(" and o.division_code like :division");
            p.put("division", filter.divisionPrefix() + "%");
        }
        Cursor cursor = Cursor.after(after);
        if (cursor != null) {
            sql.append(" and o.id > :after");
            p.put("after", cursor.second());
        }
        sql.append(" order by o.id limit :limit");
        p.put("limit", limit + 1);
        var query = em.createNativeQuery(sql.toString(), ObligationEntity.class);
        p.forEach(query::setParameter);
        @SuppressWarnings("unchecked")
        List<ObligationEntity> rows = query.getResultList();
        Map<UUID, SubmissionSummary> metBy = submissions.summaries(rows.stream().map(o -> o.metBy).filter(Objects::nonNull)
                .collect(Collectors.toSet()));
        return Page.of(rows, limit, o -> view(o, now, metBy), o -> Cursor.of(o.institutionUscc, o.id));
    }

    static ObligationView view(ObligationEntity e, Instant now, Map<UUID, SubmissionSummary> metBy) {
        Obligation o = e.obligation();
        ObligationView.MetBy met = o.met() == null ? null : new ObligationView.MetBy(o.met().by(),
                o.met().by() == null || !metBy.containsKey(o.met().by()) ? null : metBy.get(o.met().by()).reference(),
                o.met().on(), o.met().at() == null ? null : LegalTime.local(o.met().at()));
        return new ObligationView(o.id(), o.kind().name(), e.institutionUscc, o.subject(), o.dueOn(),
                o.dueAt() == null ? null : LegalTime.local(o.dueAt()), o.provisional(), o.stateAt(now).name(), met, o.basis(),
                o.citation(), o.policy() ? "POLICY" : "STATUTORY", o.ruleId());
    }
}
