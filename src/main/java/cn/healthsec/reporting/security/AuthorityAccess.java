package cn.healthsec.reporting.security;

import cn.healthsec.reporting.authority.AuthorityId;
import cn.healthsec.reporting.problem.FieldError;
import cn.healthsec.reporting.problem.ProblemException;
import cn.healthsec.reporting.reference.ReferenceData;
import cn.healthsec.reporting.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.List;

/** An authority's own resources (inbox, catalogue) are its alone: the path id must be the caller's. */
@ApplicationScoped
public class AuthorityAccess {

    @Inject
    ReferenceData referenceData;

    /** The authority of the path if the caller is that authority; 400 for a bad id, 403 for another's. */
    public AuthorityId own(String pathAuthorityId, Caller caller) {
        AuthorityId id = referenceData.authorities().resolve(pathAuthorityId).orElseThrow(() ->
                ProblemException.validation(List.of(FieldError.of("authorityId", "unknown_authority"))));
        if (!caller.isAuthority() || !caller.authority().equals(id)) {
            throw ProblemException.forbidden("other-authority");
        }
        return id;
    }
}
