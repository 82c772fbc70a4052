package cn.healthsec.reporting.security;

import cn.healthsec.reporting.authority.AuthorityId;
import cn.healthsec.reporting.identifier.Uscc;
import cn.healthsec.reporting.problem.ProblemException;
import cn.healthsec.reporting.reference.ReferenceData;
import cn.healthsec.reporting.rules.LegalTime;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Turns the verified token into a {@link Caller}. A token whose role-specific claim is missing,
 * malformed or names an unknown authority is refused (403): it proves nothing about whom it is for.
 */
@RequestScoped
public class CallerResolver {

    @Inject
    SecurityIdentity identity;

    @Inject
    JsonWebToken token;

    @Inject
    ReferenceData referenceData;

    @Inject
    Delegations delegations;

    /** The longest token subject recorded (audit records, submissions, reference data loads). */
    public static final int MAX_SUBJECT_LENGTH = 200;

    private Caller caller;

    public Caller current() {
        if (caller == null) {
            caller = resolve();
        }
        return caller;
    }

    private Caller resolve() {
        String subject = token.getSubject() != null ? token.getSubject() : identity.getPrincipal().getName();
        if (subject == null || subject.isBlank() || subject.length() > MAX_SUBJECT_LENGTH) {
            // The subject is recorded with everything the caller does: one that cannot be recorded proves nothing.
            throw ProblemException.forbidden("token-claims");
        }
        if (identity.hasRole(Role.INSTITUTION)) {
            String uscc = claim("uscc");
            if (uscc == null || Uscc.verify(uscc) == Uscc.Verdict.MALFORMED) {
                throw ProblemException.forbidden("token-claims");
            }
            return new Caller(subject, Role.INSTITUTION, uscc, null);
        }
        if (identity.hasRole(Role.AUTHORITY)) {
            AuthorityId authority = referenceData.authorities().resolve(claim("authority_id"))
                    .orElseThrow(() -> ProblemException.forbidden("token-claims"));
            return new Caller(subject, Role.AUTHORITY, null, authority);
        }
        if (identity.hasRole(Role.DELEGATE)) {
            // The delegate is the client (azp / client_id), whatever user or service account the subject names.
            String delegate = firstOf(claim("azp"), claim("client_id"), subject);
            String uscc = claim("uscc");
            if (delegate.length() > MAX_SUBJECT_LENGTH || (uscc != null && Uscc.verify(uscc) == Uscc.Verdict.MALFORMED)) {
                throw ProblemException.forbidden("token-claims");
            }
            // A token naming no institution may only list the delegate's own grants.
            if (uscc != null && !delegations.mayFile(delegate, uscc, LegalTime.now())) {
                // Checked on every request: a revoked or expired grant stops at once.
                throw ProblemException.forbidden("no-grant");
            }
            return new Caller(delegate, Role.DELEGATE, uscc, null);
        }
        if (identity.hasRole(Role.ADMIN)) {
            return new Caller(subject, Role.ADMIN, null, null);
        }
        throw ProblemException.forbidden("role");
    }

    private static String firstOf(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v;
            }
        }
        throw ProblemException.forbidden("token-claims");
    }

    private String claim(String name) {
        Object value = token.getClaim(name);
        if (value instanceof jakarta.json.JsonString json) {
            return json.getString();
        }
        return value instanceof String text ? text : null;
    }
}
