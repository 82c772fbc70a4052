package cn.healthsec.reporting.submission;

import cn.healthsec.reporting.institution.Institution;
import cn.healthsec.reporting.institution.InstitutionService;
import cn.healthsec.reporting.problem.FieldError;
import cn.healthsec.reporting.problem.ProblemException;
import cn.healthsec.reporting.rules.SubmissionType;
import cn.healthsec.reporting.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.List;

/**
 * Who a report is filed for: the caller's own registered institution — or, for a delegate, the
 * institution its token names, which it holds a grant for (checked with the token) — and no other.
 */
@ApplicationScoped
public class Submitters {

    @Inject
    InstitutionService institutions;

    /**
     * The registered institution of an institution caller. A body naming another institution is
     * refused (403); an unregistered one cannot file until an admin registers it (422).
     */
    public Institution resolve(Caller caller, String namedInBody, SubmissionType type) {
        if (caller.isDelegate() && caller.uscc() == null) {
            // A delegate's token names the institution it files for; one naming none files for no one.
            throw ProblemException.forbidden("token-claims");
        }
        if (namedInBody != null && !namedInBody.equals(caller.uscc())) {
            throw ProblemException.forbidden("other-institution");
        }
        return institutions.find(caller.uscc()).orElseThrow(() -> ProblemException.unprocessable(
                "institution-not-registered", List.of(FieldError.of("uscc", "not_registered"))));
    }
}
