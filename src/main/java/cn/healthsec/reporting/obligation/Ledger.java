package cn.healthsec.reporting.obligation;

import cn.healthsec.reporting.catalogue.CatalogueRecord;
import cn.healthsec.reporting.config.Policy;
import cn.healthsec.reporting.incident.IncidentQueries;
import cn.healthsec.reporting.institution.Institution;
import cn.healthsec.reporting.institution.InstitutionChanged;
import cn.healthsec.reporting.institution.InstitutionService;
import cn.healthsec.reporting.institution.ProvinceDates;
import cn.healthsec.reporting.mlps.NetworkLevels;
import cn.healthsec.reporting.rectification.RectificationNoticeIssued;
import cn.healthsec.reporting.rectification.RectificationService;
import cn.healthsec.reporting.reference.ReferenceData;
import cn.healthsec.reporting.riskassessment.RiskAssessmentRecord;
import cn.healthsec.reporting.rules.LegalTime;
import cn.healthsec.reporting.selfinspection.SelfInspectionService;
import cn.healthsec.reporting.submission.RecordedEvents;
import cn.healthsec.reporting.submission.SubmissionFiled;
import cn.healthsec.reporting.submission.SubmissionLifecycle;
import cn.healthsec.reporting.submission.SubmissionStateChanged;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.hibernate.FlushMode;
import org.hibernate.Session;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

/**
 * The obligation ledger: derives every obligation of an institution from its record
 * ({@link ObligationRules}) and replaces its rows, in the transaction that changed the record — a
 * filing, a registry entry — so the record and the ledger commit together. Derivations of one
 * institution are taken one after the other (an advisory lock on its USCC).
 */
@ApplicationScoped
public class Ledger {

    private static final org.jboss.logging.Logger LOG = org.jboss.logging.Logger.getLogger(Ledger.class);

    /** Bumped when the rules change what they derive: every ledger is then derived again. */
    static final String RULES_VERSION = "2";

    @Inject
    EntityManager em;

    @Inject
    InstitutionService institutions;

    /** Every report type's dated facts (hazards, provisions, planned exports and go-lives, audits). */
    @Inject
    jakarta.enterprise.inject.Instance<RecordedEvents> recordedEvents;

    @Inject
    NetworkLevels networkLevels;

    @Inject
    CatalogueRecord catalogues;

    @Inject
    RiskAssessmentRecord riskAssessments;

    @Inject
    ProvinceDates provinceDates;

    @Inject
    IncidentQueries incidents;

    @Inject
    SelfInspectionService selfInspections;

    @Inject
    SubmissionLifecycle lifecycle;

    @Inject
    RectificationService rectification;

    @Inject
    ReferenceData referenceData;

    @Inject
    Policy policy;

    /**
     * A filing counts a change on its institution's ledger and leaves the derivation to the
     * catch-up job ({@link LedgerJob}) or to the first read that needs it ({@link #fresh}): one
     * statement in the filing's transaction instead of reading the institution's whole record
     * (issue 14: the derivation was half of a filing's statements). Rarer changes — a decision, a
     * notice, the registry — still derive at once.
     */
    void onFiled(@Observes SubmissionFiled filed) {
        em.createNativeQuery("insert into obligation_ledger (institution_uscc, derived_at, derivation, stale, changes)"
                        + " values (:uscc, :now, '', true, 1) on conflict (institution_uscc) do update"
                        + " set stale = true, changes = obligation_ledger.changes + 1")
                .setParameter("uscc", filed.institutionUscc()).setParameter("now", LegalTime.now())
                .executeUpdate();
    }

    /** Derives the institution's ledger if a change is waiting, in the caller's transaction: a read then sees every filing. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void fresh(String uscc) {
        @SuppressWarnings("unchecked")
        List<String> stale = em.createNativeQuery("select institution_uscc from obligation_ledger where institution_uscc = :uscc and stale",
                String.class).setParameter("uscc", uscc).getResultList();
        stale.forEach(this::derive);
    }

    /**
     * Derives every ledger with a change waiting among the institutions supervised by
     * {@code supervisors} (a LIKE pattern), in the caller's transaction. The catch-up job keeps
     * these few: it runs every {@code healthsec.obligations.catch-up-every}.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void freshWithin(String supervisors) {
        @SuppressWarnings("unchecked")
        List<String> stale = em.createNativeQuery("select l.institution_uscc from obligation_ledger l join registered_institution r"
                        + " on r.uscc = l.institution_uscc where l.stale and r.supervising_authority_id like :supervisors"
                        + " order by l.institution_uscc", String.class)
                .setParameter("supervisors", supervisors).getResultList();
        stale.forEach(this::derive);
    }

    void onStateChanged(@Observes SubmissionStateChanged changed) {
        derive(changed.institutionUscc());
    }

    void onNotice(@Observes RectificationNoticeIssued issued) {
        derive(issued.institutionUscc());
    }

    void onRegistryChanged(@Observes InstitutionChanged changed) {
        derive(changed.uscc());
    }

    /** Derives the institution's obligations again and stores them; an unregistered institution has none. */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<Obligation> derive(String uscc) {
        em.flush();
        // The lock, and the count of changes this derivation covers: read before the record, so a
        // filing that commits meanwhile leaves the ledger stale (see store).
        long seen = ((Number) em.createNativeQuery("select coalesce((select changes from obligation_ledger where institution_uscc = :uscc), 0)"
                        + " from (select pg_advisory_xact_lock(hashtextextended(:key, 0))) l")
                .setParameter("uscc", uscc).setParameter("key", "obligation:" + uscc).getSingleResult()).longValue();
        Optional<Institution> institution = institutions.find(uscc);
        if (institution.isEmpty()) {
            return List.of();
        }
        Instant now = LegalTime.now();
        InstitutionRecord record = readOnly(() -> record(institution.get(), now));
        List<Obligation> obligations = ObligationRules.derive(record);
        store(institution.get(), obligations, now, derivation(), seen);
        return obligations;
    }

    /**
     * Reads without the persistence context's bookkeeping: what the record loads is read-only (no
     * snapshot kept, never dirty-checked) and no query flushes first (the derivation flushed). An
     * institution's record is read at every filing; without this each of its queries checked every
     * entity the ones before had loaded.
     */
    private <T> T readOnly(java.util.function.Supplier<T> read) {
        Session session = em.unwrap(Session.class);
        boolean readOnly = session.isDefaultReadOnly();
        FlushMode flushMode = session.getHibernateFlushMode();
        session.setDefaultReadOnly(true);
        session.setHibernateFlushMode(FlushMode.MANUAL);
        try {
            return read.get();
        } finally {
            session.setHibernateFlushMode(flushMode);
            session.setDefaultReadOnly(readOnly);
        }
    }

    /** The record of an institution as its owners keep it, with the policy that applies to it. */
    InstitutionRecord record(Institution institution, Instant now) {
        String uscc = institution.uscc();
        LocalDate registeredOn = institutions.registeredAt(uscc).map(LegalTime::dateOf).orElse(LegalTime.dateOf(now));
        LedgerPolicy ledgerPolicy = new LedgerPolicy(policy.catalogueReviewIntervalMonths(), policy.riskAssessmentIntervalMonths(),
                policy.annualRiskAssessmentIntervalMonths(), provinceDates.annualRiskAssessment(institution),
                policy.refilingWorkingDays(), provinceDates.selfInspection(institution), policy.correctionWorkingDays(),
                policy.incident().importantDataSummaryDays(), policy.hazardReportWorkingDays(), policy.externalProvisionReportWorkingDays(),
                policy.personalInformationAuditIntervalMonths());
        return new InstitutionRecord(institution, registeredOn, LegalTime.dateOf(now), networkLevels.history(uscc),
                catalogues.history(uscc), riskAssessments.history(uscc), incidents.history(uscc), selfInspections.history(uscc),
                lifecycle.corrections(uscc), rectification.history(uscc),
                recordedEvents.stream().flatMap(e -> e.events(uscc).stream()).toList(), referenceData.calendar(),
                ledgerPolicy);
    }

    /**
     * What every derivation depends on besides the record: the rules' version, the policy and the
     * calendar years known. A ledger derived under another is stale and derived again by the job.
     */
    public String derivation() {
        var text = new StringBuilder(RULES_VERSION)
                .append('|').append(policy.catalogueReviewIntervalMonths())
                .append('|').append(policy.riskAssessmentIntervalMonths())
                .append('|').append(policy.annualRiskAssessmentIntervalMonths())
                .append('|').append(new TreeMap<>(policy.annualRiskAssessmentDue()))
                .append('|').append(policy.refilingWorkingDays())
                .append('|').append(policy.correctionWorkingDays())
                .append('|').append(policy.hazardReportWorkingDays()).append(',').append(policy.externalProvisionReportWorkingDays())
                .append(',').append(policy.personalInformationAuditIntervalMonths()).append(',').append(policy.incident().importantDataSummaryDays())
                .append('|').append(new TreeMap<>(policy.selfInspectionDue())).append(policy.selfInspectionDefaultDue())
                .append('|').append(referenceData.calendarVersion());
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Writes what changed: the derived obligations are compared with the rows stored (one read),
     * rows no longer derived are deleted, new and changed ones upserted in one batch. A filing
     * that adds one network writes its three rows, not the institution's whole ledger again.
     */
    private void store(Institution institution, List<Obligation> obligations, Instant now, String derivation, long seen) {
        String supervisor = institution.supervisor().toString();
        em.unwrap(Session.class).doWork(connection -> {
            Map<String, Obligation> stored = new HashMap<>();
            boolean moved = false;
            try (PreparedStatement read = connection.prepareStatement("select id, kind, subject, due_on, due_at, provisional, met_by,"
                    + " met_on, met_at, basis, policy, rule_id, basis_key, supervising_authority_id, division_code from obligation"
                    + " where institution_uscc = ?")) {
                read.setString(1, institution.uscc());
                try (ResultSet rs = read.executeQuery()) {
                    while (rs.next()) {
                        LocalDate metOn = rs.getObject("met_on", LocalDate.class);
                        OffsetDateTime dueAt = rs.getObject("due_at", OffsetDateTime.class);
                        OffsetDateTime metAt = rs.getObject("met_at", OffsetDateTime.class);
                        stored.put(rs.getString("id"), new Obligation(rs.getString("id"), ObligationKind.valueOf(rs.getString("kind")),
                                rs.getString("subject"), rs.getObject("due_on", LocalDate.class), dueAt == null ? null : dueAt.toInstant(),
                                rs.getBoolean("provisional"),
                                metOn == null ? null : new Obligation.Met(rs.getObject("met_by", UUID.class), metOn,
                                        metAt == null ? null : metAt.toInstant()),
                                rs.getString("basis"), rs.getBoolean("policy"), rs.getString("rule_id"), rs.getString("basis_key")));
                        moved |= !supervisor.equals(rs.getString("supervising_authority_id"))
                                || !institution.divisionCode().equals(rs.getString("division_code"));
                    }
                }
            }
            Set<String> derived = new HashSet<>();
            List<Obligation> changed = new ArrayList<>();
            for (Obligation o : obligations) {
                if (!derived.add(o.id())) {
                    // Two rules deriving one id is a defect of the rules; the filing that triggered it still stands.
                    LOG.warnf("obligation ledger: obligation id derived twice for one institution (rules %s)", RULES_VERSION);
                } else if (moved || !o.equals(stored.get(o.id()))) {
                    changed.add(o);
                }
            }
            List<String> gone = stored.keySet().stream().filter(id -> !derived.contains(id)).toList();
            if (!gone.isEmpty()) {
                try (PreparedStatement delete = connection.prepareStatement("delete from obligation where id = any (?)")) {
                    delete.setArray(1, connection.createArrayOf("varchar", gone.toArray()));
                    delete.executeUpdate();
                }
            }
            if (!changed.isEmpty()) {
                upsert(connection, institution, changed, now);
            }
            // Still stale if a filing counted a change after this derivation read the count: the
            // update waits for that filing's row lock and compares with what it committed.
            try (PreparedStatement ledger = connection.prepareStatement("insert into obligation_ledger (institution_uscc, derived_at,"
                    + " derivation, stale) values (?, ?, ?, false) on conflict (institution_uscc) do update"
                    + " set derived_at = excluded.derived_at, derivation = excluded.derivation, stale = obligation_ledger.changes > ?")) {
                ledger.setString(1, institution.uscc());
                ledger.setObject(2, timestamp(now));
                ledger.setString(3, derivation);
                ledger.setLong(4, seen);
                ledger.executeUpdate();
            }
        });
    }

    /**
     * New and changed rows in one statement (arrays unnested), so the ledger's count triggers (V20)
     * run once per derivation rather than once per row.
     */
    private static void upsert(Connection connection, Institution institution, List<Obligation> obligations, Instant now)
            throws SQLException {
        int n = obligations.size();
        Object[] id = new Object[n], kind = new Object[n], subject = new Object[n], dueOn = new Object[n], dueAt = new Object[n];
        Object[] overdueFrom = new Object[n], provisional = new Object[n], metBy = new Object[n], metOn = new Object[n];
        Object[] metAt = new Object[n], late = new Object[n], basis = new Object[n], policy = new Object[n], ruleId = new Object[n];
        Object[] basisKey = new Object[n];
        for (int i = 0; i < n; i++) {
            Obligation o = obligations.get(i);
            id[i] = o.id();
            kind[i] = o.kind().name();
            subject[i] = o.subject();
            dueOn[i] = o.dueOn();
            dueAt[i] = timestamp(o.dueAt());
            overdueFrom[i] = timestamp(o.overdueFrom());
            provisional[i] = o.provisional();
            metBy[i] = o.met() == null ? null : o.met().by();
            metOn[i] = o.met() == null ? null : o.met().on();
            metAt[i] = timestamp(o.met() == null ? null : o.met().at());
            late[i] = o.late();
            basis[i] = o.basis();
            policy[i] = o.policy();
            ruleId[i] = o.ruleId();
            basisKey[i] = o.basisKey();
        }
        try (PreparedStatement insert = connection.prepareStatement("insert into obligation (id, institution_uscc,"
                + " supervising_authority_id, division_code, kind, subject, due_on, due_at, overdue_from, provisional, met_by, met_on,"
                + " met_at, late, basis, policy, rule_id, basis_key, derived_at)"
                + " select u.id, ?, ?, ?, u.kind, u.subject, u.due_on, u.due_at, u.overdue_from, u.provisional, u.met_by, u.met_on,"
                + " u.met_at, u.late, u.basis, u.policy, u.rule_id, u.basis_key, ?"
                + " from unnest(?::varchar[], ?::varchar[], ?::varchar[], ?::date[], ?::timestamptz[], ?::timestamptz[], ?::boolean[],"
                + " ?::uuid[], ?::date[], ?::timestamptz[], ?::boolean[], ?::varchar[], ?::boolean[], ?::varchar[], ?::varchar[])"
                + " as u (id, kind, subject, due_on, due_at, overdue_from, provisional, met_by, met_on, met_at, late, basis, policy,"
                + " rule_id, basis_key)"
                + " on conflict (id) do update set supervising_authority_id = excluded.supervising_authority_id,"
                + " division_code = excluded.division_code, kind = excluded.kind, subject = excluded.subject, due_on = excluded.due_on,"
                + " due_at = excluded.due_at, overdue_from = excluded.overdue_from, provisional = excluded.provisional,"
                + " met_by = excluded.met_by, met_on = excluded.met_on, met_at = excluded.met_at, late = excluded.late,"
                + " basis = excluded.basis, policy = excluded.policy, rule_id = excluded.rule_id, basis_key = excluded.basis_key,"
                + " derived_at = excluded.derived_at")) {
            int i = 1;
            insert.setString(i++, institution.uscc());
            insert.setString(i++, institution.supervisor().toString());
            insert.setString(i++, institution.divisionCode());
            insert.setObject(i++, timestamp(now));
            insert.setArray(i++, connection.createArrayOf("varchar", id));
            insert.setArray(i++, connection.createArrayOf("varchar", kind));
            insert.setArray(i++, connection.createArrayOf("varchar", subject));
            insert.setArray(i++, connection.createArrayOf("date", dueOn));
            insert.setArray(i++, connection.createArrayOf("timestamptz", dueAt));
            insert.setArray(i++, connection.createArrayOf("timestamptz", overdueFrom));
            insert.setArray(i++, connection.createArrayOf("boolean", provisional));
            insert.setArray(i++, connection.createArrayOf("uuid", metBy));
            insert.setArray(i++, connection.createArrayOf("date", metOn));
            insert.setArray(i++, connection.createArrayOf("timestamptz", metAt));
            insert.setArray(i++, connection.createArrayOf("boolean", late));
            insert.setArray(i++, connection.createArrayOf("varchar", basis));
            insert.setArray(i++, connection.createArrayOf("boolean", policy));
            insert.setArray(i++, connection.createArrayOf("varchar", ruleId));
            insert.setArray(i, connection.createArrayOf("varchar", basisKey));
            insert.executeUpdate();
        }
    }

    private static OffsetDateTime timestamp(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }
}
