package cn.healthsec.reporting.institution;

import cn.healthsec.reporting.audit.AuditLog;
import cn.healthsec.reporting.institution.api.GrantRequest;
import cn.healthsec.reporting.institution.api.GrantView;
import cn.healthsec.reporting.problem.FieldError;
import cn.healthsec.reporting.problem.ProblemException;
import cn.healthsec.reporting.rules.LegalTime;
import cn.healthsec.reporting.security.Caller;
import cn.healthsec.reporting.security.Delegations;
import cn.healthsec.reporting.security.FilingGrant;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Delegated filing (2022 Measures art. 3 ¶3: regional platforms and vendors serve many
 * institutions): an admin or the institution itself grants a delegate the right to file for it
 * until a date, lists its grants and revokes one — at once, since a delegate's right is checked on
 * every request. A delegate cannot grant, even for an institution it files for. Grants are kept
 * by {@code security/Delegations}; every change is audited.
 */
@ApplicationScoped
public class DelegationService {

    /** The longest a grant may run: a yearly review of who files for an institution, with slack (service limit). */
    static final Duration MAX_TERM = Duration.ofDays(3 * 366);

    @Inject
    Delegations delegations;

    @Inject
    InstitutionService institutions;

    @Inject
    AuditLog audit;

    /** Fails fast when the expiry is not in the future or more than {@link #MAX_TERM} ahead. */
    public static List<FieldError> check(GrantRequest r) {
        Instant now = LegalTime.now();
        if (r.expiresAt() != null && (!r.expiresAt().isAfter(now) || r.expiresAt().isAfter(now.plus(MAX_TERM)))) {
            return List.of(FieldError.of("/expiresAt", "expiry_out_of_range"));
        }
        return List.of();
    }

    @Transactional
    public GrantView grant(String uscc, GrantRequest r, Caller caller) {
        own(uscc, caller, "DELEGATE_GRANT");
        FilingGrant g = delegations.grant(uscc, r.delegate(), r.expiresAt(), caller, LegalTime.now());
        audit.record(caller, "DELEGATE_GRANTED", "filing_grant", String.valueOf(g.id()));
        return view(g);
    }

    @Transactional
    public GrantView revoke(String uscc, long grantId, Caller caller) {
        own(uscc, caller, "DELEGATE_REVOKE");
        FilingGrant g = delegations.revoke(uscc, grantId, caller, LegalTime.now()).orElseThrow(ProblemException::notFound);
        audit.record(caller, "DELEGATE_REVOKED", "filing_grant", String.valueOf(grantId));
        return view(g);
    }

    @Transactional
    public List<GrantView> list(String uscc, Caller caller) {
        own(uscc, caller, "DELEGATES_READ");
        audit.record(caller, "DELEGATES_READ", "institution", uscc);
        return delegations.ofInstitution(uscc, LegalTime.now()).stream().map(DelegationService::view).toList();
    }

    /** The grants in force of the calling delegate: the institutions it may file for now. */
    @Transactional
    public List<GrantView> mine(Caller caller) {
        audit.record(caller, "DELEGATIONS_READ", null, null);
        return delegations.inForce(caller.subject(), LegalTime.now()).stream().map(DelegationService::view).toList();
    }

    /**
     * Grants of an institution are its own business and the admin's: another institution, an
     * authority or a delegate is answered as if the institution did not exist (404), audited.
     */
    private void own(String uscc, Caller caller, String action) {
        boolean allowed = caller.isAdmin() || (caller.isInstitution() && uscc.equals(caller.uscc()));
        if (!allowed || institutions.find(uscc).isEmpty()) {
            audit.denied(caller, action, "institution", uscc);
            throw ProblemException.notFound();
        }
    }

    static GrantView view(FilingGrant g) {
        return new GrantView(g.id(), g.institutionUscc(), g.delegate(), g.grantedBy(), LegalTime.local(g.grantedAt()),
                LegalTime.local(g.expiresAt()), g.revokedAt() == null ? null : LegalTime.local(g.revokedAt()), g.revokedBy(), g.active());
    }
}
