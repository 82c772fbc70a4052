package cn.healthsec.reporting.institution;

import cn.healthsec.reporting.audit.AuditLog;
import cn.healthsec.reporting.authority.AuthorityDirectory;
import cn.healthsec.reporting.authority.AuthorityId;
import cn.healthsec.reporting.division.Division;
import cn.healthsec.reporting.division.DivisionLevel;
import cn.healthsec.reporting.identifier.Uscc;
import cn.healthsec.reporting.institution.api.InstitutionRequest;
import cn.healthsec.reporting.institution.api.InstitutionView;
import cn.healthsec.reporting.problem.FieldError;
import cn.healthsec.reporting.problem.ProblemException;
import cn.healthsec.reporting.reference.ReferenceData;
import cn.healthsec.reporting.rules.LegalTime;
import cn.healthsec.reporting.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.Tuple;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The institution registry: who reports, where they are, and which commission supervises them. */
@ApplicationScoped
public class InstitutionService {

    @Inject
    Event<InstitutionChanged> changed;

    @Inject
    Event<SupervisorChanged> supervisorChanged;

    /**
     * The lock of an institution's supervisor (a PostgreSQL transaction-level advisory lock on
     * {@code hashtextextended('institution-supervisor:' || uscc, 0)}): the registry holds it exclusively
     * while it puts an institution under a commission, before it writes the row; a capability that
     * keeps a copy of the supervisor takes it shared before it reads the registry (the trigger of
     * {@code submission.supervising_authority_id}, V22), so no copy is made from a supervisor that is
     * being replaced and then missed by the replacement.
     */
    public static final String SUPERVISOR_LOCK =
            "select 1 from (select pg_advisory_xact_lock(hashtextextended('institution-supervisor:' || :uscc, 0))) l";

    @Inject
    ReferenceData referenceData;

    @Inject
    AuditLog audit;

    /** The uscc's own problems, as field errors of the path parameter {@code uscc}. */
    public static List<FieldError> usccErrors(String uscc, boolean overrideApproved) {
        return switch (Uscc.verify(uscc)) {
            case VALID -> List.of();
            case MALFORMED -> List.of(FieldError.of("uscc", "invalid_uscc"));
            case CHECK_CHARACTER_MISMATCH -> overrideApproved ? List.of() : List.of(FieldError.of("uscc", "uscc_check_character"));
        };
    }

    /** The cross-field checks of a registry entry: the division and the supervisor must fit together. */
    public List<FieldError> check(String uscc, InstitutionRequest r) {
        List<FieldError> errors = new ArrayList<>(usccErrors(uscc, r.usccCheckOverride() != null));
        AuthorityDirectory directory = referenceData.authorities();
        Optional<Division> division = Optional.ofNullable(r.divisionCode()).flatMap(directory.divisions()::find);
        if (r.divisionCode() != null && division.map(d -> d.level() != DivisionLevel.COUNTY).orElse(true)) {
            errors.add(FieldError.of("/divisionCode", "unknown_county"));
        }
        if (r.centralOrganDepartment() != null && !r.centralOrganDepartment().isBlank() && !Boolean.TRUE.equals(r.centralOrganAffiliate())) {
            errors.add(FieldError.of("/centralOrganDepartment", "only_for_central_organ_affiliate"));
        }
        if (r.supervisingAuthorityId() != null) {
            Optional<AuthorityId> supervisor = directory.resolve(r.supervisingAuthorityId());
            if (supervisor.isEmpty() || !supervisor.get().isHealthCommission()) {
                errors.add(FieldError.of("/supervisingAuthorityId", "unknown_authority"));
            } else if (division.isPresent() && !directory.canSupervise(supervisor.get(), r.divisionCode())) {
                errors.add(FieldError.of("/supervisingAuthorityId", "supervisor_outside_area"));
            }
        }
        return errors;
    }

    public record Saved(InstitutionView view, boolean created) {
    }

    /** Creates or replaces the registry entry; the request has passed {@link #check}. */
    @Transactional
    public Saved put(String uscc, InstitutionRequest r, Caller caller) {
        InstitutionEntity e = InstitutionEntity.findById(uscc);
        boolean created = e == null;
        Instant now = LegalTime.now();
        if (created) {
            e = new InstitutionEntity();
            e.uscc = uscc;
            e.createdAt = now;
        }
        String supervisor = r.supervisingAuthorityId() != null ? r.supervisingAuthorityId()
                : referenceData.authorities().countyCommission(r.divisionCode()).toString();
        boolean moved = !supervisor.equals(e.supervisingAuthorityId);
        if (moved) {
            InstitutionEntity.getEntityManager().createNativeQuery(SUPERVISOR_LOCK).setParameter("uscc", uscc).getSingleResult();
        }
        e.name = r.name();
        e.divisionCode = r.divisionCode();
        e.supervisingAuthorityId = supervisor;
        e.criticalInformationInfrastructure = r.criticalInformationInfrastructure();
        e.centralOrganAffiliate = r.centralOrganAffiliate();
        e.centralOrganDepartment = r.centralOrganDepartment() == null || r.centralOrganDepartment().isBlank() ? null
                : r.centralOrganDepartment().strip();
        e.processesImportantData = r.processesImportantData();
        e.processesCoreData = r.processesCoreData();
        boolean overridden = Uscc.verify(uscc) == Uscc.Verdict.CHECK_CHARACTER_MISMATCH;
        e.usccOverrideApprovedBy = overridden ? r.usccCheckOverride().approvedBy() : null;
        e.usccOverrideReason = overridden ? r.usccCheckOverride().reason() : null;
        e.updatedAt = now;
        e.persistAndFlush();
        if (moved) {
            supervisorChanged.fire(new SupervisorChanged(uscc));
        }
        changed.fire(new InstitutionChanged(uscc));
        audit.record(caller, created ? "INSTITUTION_REGISTERED" : "INSTITUTION_UPDATED", "institution", uscc);
        if (overridden) {
            audit.record(caller, "USCC_CHECK_OVERRIDDEN", "institution", uscc);
        }
        return new Saved(view(e), created);
    }

    /** The institution if the caller may see it; otherwise not found, so ids cannot be probed. */
    @Transactional
    public InstitutionView get(String uscc, Caller caller) {
        InstitutionEntity e = InstitutionEntity.findById(uscc);
        if (e == null || !(caller.isAdmin() || Jurisdiction.covers(caller, Institution.from(e), referenceData.authorities()))) {
            audit.denied(caller, "INSTITUTION_READ", "institution", uscc);
            throw ProblemException.notFound();
        }
        audit.record(caller, "INSTITUTION_READ", "institution", uscc);
        return view(e);
    }

    /**
     * The division codes registered institutions use — their own and their supervising
     * commissions' — which a replacement of the division list must keep.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Set<String> divisionCodesInUse() {
        var em = InstitutionEntity.getEntityManager();
        Set<String> codes = new java.util.TreeSet<>(em.createQuery(
                "select distinct e.divisionCode from InstitutionEntity e", String.class).getResultList());
        for (String supervisor : em.createQuery("select distinct e.supervisingAuthorityId from InstitutionEntity e", String.class)
                .getResultList()) {
            AuthorityId.parse(supervisor).filter(AuthorityId::isHealthCommission)
                    .filter(a -> !a.isNational() && !a.isXpcc()).ifPresent(a -> codes.add(a.area()));
        }
        return codes;
    }

    /**
     * Whether the institution processes important and core data follows its current data catalogue
     * (2026 Data Measures art. 6 ¶2): the catalogue capability says what the catalogue now holds.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void followCatalogue(String uscc, boolean important, boolean core, Caller caller) {
        // A determination by a provincial or national commission stands whatever the institution's own catalogue says.
        important = important || DeterminationEntity.count("institutionUscc = ?1 and important = true", uscc) > 0;
        core = core || DeterminationEntity.count("institutionUscc = ?1 and core = true", uscc) > 0;
        InstitutionEntity e = InstitutionEntity.findById(uscc);
        if (e.processesImportantData != important || e.processesCoreData != core) {
            e.processesImportantData = important;
            e.processesCoreData = core;
            e.updatedAt = LegalTime.now();
            audit.record(caller, "INSTITUTION_DATA_FLAGS_FOLLOWED_CATALOGUE", "institution", uscc);
        }
    }

    /**
     * Applies a determination to the registry's data flags (only ever raising them) and announces
     * the change, in the determination's transaction: what the institution owes follows.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    void followDetermination(String uscc, boolean important, boolean core, Caller caller) {
        InstitutionEntity e = InstitutionEntity.findById(uscc);
        if ((important && !e.processesImportantData) || (core && !e.processesCoreData)) {
            e.processesImportantData = e.processesImportantData || important;
            e.processesCoreData = e.processesCoreData || core;
            e.updatedAt = LegalTime.now();
            audit.record(caller, "INSTITUTION_DATA_FLAGS_FOLLOWED_DETERMINATION", "institution", uscc);
        }
        changed.fire(new InstitutionChanged(uscc));
    }

    /** For other capabilities: the registered names of these institutions. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<String, String> names(Set<String> usccs) {
        if (usccs.isEmpty()) {
            return Map.of();
        }
        // Two columns by one statement of one shape, not entities (JFR: loading a page's institutions
        // as entities was 40% of an inbox page's CPU, with an IN list whose SQL changed with its length).
        @SuppressWarnings("unchecked")
        List<Tuple> rows = InstitutionEntity.getEntityManager()
                .createNativeQuery("select uscc, name from institution where uscc = any(cast(:usccs as varchar[]))", Tuple.class)
                .setParameter("usccs", usccs.toArray(String[]::new)).getResultList();
        return rows.stream().collect(java.util.stream.Collectors.toMap(r -> r.get("uscc", String.class), r -> r.get("name", String.class)));
    }

    /** For other capabilities: when the institution was first registered, or empty. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Instant> registeredAt(String uscc) {
        return InstitutionEntity.<InstitutionEntity>findByIdOptional(uscc).map(e -> e.createdAt);
    }

    /** For other capabilities: every registered institution's USCC after {@code after} (null: from the start), in order, at most {@code limit}. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<String> usccs(String after, int limit) {
        return InstitutionEntity.getEntityManager()
                .createQuery("select e.uscc from InstitutionEntity e where e.uscc > :after order by e.uscc", String.class)
                .setParameter("after", after == null ? "" : after).setMaxResults(limit).getResultList();
    }

    /** For other capabilities: the registered institution, or empty. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Institution> find(String uscc) {
        return InstitutionEntity.<InstitutionEntity>findByIdOptional(uscc).map(Institution::from);
    }

    private InstitutionView view(InstitutionEntity e) {
        String divisionName = referenceData.divisions().find(e.divisionCode).map(Division::name).orElse(null);
        return new InstitutionView(e.uscc, e.name, e.divisionCode, divisionName, e.supervisingAuthorityId,
                e.criticalInformationInfrastructure, e.centralOrganAffiliate, e.centralOrganDepartment, e.processesImportantData,
                e.processesCoreData, e.usccOverrideApprovedBy != null,
                LegalTime.local(e.createdAt), LegalTime.local(e.updatedAt));
    }
}
