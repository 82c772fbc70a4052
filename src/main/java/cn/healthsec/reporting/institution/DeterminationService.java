package cn.healthsec.reporting.institution;

import cn.healthsec.reporting.audit.AuditLog;
import cn.healthsec.reporting.authority.AuthorityLevel;
import cn.healthsec.reporting.config.Policy;
import cn.healthsec.reporting.institution.api.DeterminationRequest;
import cn.healthsec.reporting.institution.api.DeterminationView;
import cn.healthsec.reporting.problem.ProblemException;
import cn.healthsec.reporting.reference.ReferenceData;
import cn.healthsec.reporting.rules.Basis;
import cn.healthsec.reporting.rules.CitedRule;
import cn.healthsec.reporting.rules.LegalTime;
import cn.healthsec.reporting.rules.Provenance;
import cn.healthsec.reporting.rules.Rule;
import cn.healthsec.reporting.rules.Source;
import cn.healthsec.reporting.security.Caller;
import cn.healthsec.reporting.web.StoredJson;
import com.fasterxml.jackson.core.type.TypeReference;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.util.List;
import java.util.Set;

/**
 * Important-data determinations (2026 Data Measures art. 6 ¶1: "Where health administrative
 * authorities at each level confirm data as important data, they shall promptly notify healthcare
 * institutions thereof"; provincial authorities organise the grading and propose the catalogues):
 * a health commission in the institution's supervision chain confirms items as important data (any
 * level) or core data (provincial or national) — the levels are policy ({@link #mayDetermine}). From then the registry's data flags follow the
 * determinations as well as the institution's own latest catalogue, and what the institution owes
 * (the annual risk assessment of art. 10) with them. The institution reads its determinations here.
 */
@ApplicationScoped
public class DeterminationService {

    /** Who may determine, and what a determination does to the registry. */
    public static final Rule RULE = new CitedRule("IMPORTANT-DATA-DETERMINATION", Basis.of(Source.DATA_MEASURES_2026, "art. 6 ¶1",
            Provenance.TRANSLATION), "A health commission at any level (policy may narrow it) confirms important data of an institution in its jurisdiction, a provincial or national one core data (policy); the registry's data flags then follow the determination, not only the institution's own catalogue.") { };

    /**
     * Whether a commission at {@code level} may confirm what {@code request} determines: important
     * data at the levels of {@code importantLevels}, core data at those of {@code coreLevels}
     * (2026 Data Measures art. 6 ¶1; both sets are policy).
     */
    static boolean mayDetermine(AuthorityLevel level, DeterminationRequest request, Set<String> importantLevels, Set<String> coreLevels) {
        boolean core = request.items() != null && request.items().stream().anyMatch(i -> i != null && i.grade() == DeterminationRequest.Grade.CORE);
        return importantLevels.contains(level.name()) && (!core || coreLevels.contains(level.name()));
    }

    @Inject
    InstitutionService institutions;

    @Inject
    ReferenceData referenceData;

    @Inject
    Policy policy;

    @Inject
    AuditLog audit;

    @Inject
    StoredJson json;

    @Transactional
    public DeterminationView determine(String uscc, DeterminationRequest r, Caller caller) {
        if (!caller.isAuthority() || !caller.authority().isHealthCommission()) {
            throw ProblemException.forbidden("not-health-commission");
        }
        if (!referenceData.authorities().level(caller.authority())
                .map(l -> mayDetermine(l, r, policy.importantDataDeterminationLevels(), policy.coreDataDeterminationLevels())).orElse(false)) {
            audit.denied(caller, "IMPORTANT_DATA_DETERMINE", "institution", uscc);
            throw ProblemException.forbidden("determination-level");
        }
        covered(uscc, caller, "IMPORTANT_DATA_DETERMINE");
        DeterminationEntity d = new DeterminationEntity();
        d.institutionUscc = uscc;
        d.authorityId = caller.authority().toString();
        d.items = json.write(r.items());
        d.core = r.items().stream().anyMatch(i -> i.grade() == DeterminationRequest.Grade.CORE);
        d.important = true;
        d.documentNumber = r.documentNumber();
        d.determinedOn = r.determinedOn();
        d.recordedAt = LegalTime.now();
        d.recordedBy = caller.subject();
        d.persist();
        audit.record(caller, "IMPORTANT_DATA_DETERMINED", "important_data_determination", String.valueOf(d.id));
        institutions.followDetermination(uscc, d.important, d.core, caller);
        return view(d);
    }

    /** The determinations about an institution, oldest first: for the institution (or its delegate), its commissions and the admin. */
    @Transactional
    public List<DeterminationView> list(String uscc, Caller caller) {
        if (!caller.isAdmin()) {
            covered(uscc, caller, "IMPORTANT_DATA_DETERMINATIONS_READ");
        }
        audit.record(caller, "IMPORTANT_DATA_DETERMINATIONS_READ", "institution", uscc);
        return DeterminationEntity.<DeterminationEntity>list("institutionUscc = ?1 order by id", uscc).stream().map(this::view).toList();
    }

    private void covered(String uscc, Caller caller, String action) {
        if (institutions.find(uscc).filter(i -> Jurisdiction.covers(caller, i, referenceData.authorities())).isEmpty()) {
            audit.denied(caller, action, "institution", uscc);
            throw ProblemException.notFound();
        }
    }

    private DeterminationView view(DeterminationEntity d) {
        return new DeterminationView(d.id, d.institutionUscc, d.authorityId, json.read(d.items, new TypeReference<>() { },
                "items of determination " + d.id), d.determinedOn, d.documentNumber, LegalTime.local(d.recordedAt), d.recordedBy);
    }
}
