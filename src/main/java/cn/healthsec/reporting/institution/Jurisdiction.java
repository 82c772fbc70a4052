package cn.healthsec.reporting.institution;

import cn.healthsec.reporting.authority.AuthorityDirectory;
import cn.healthsec.reporting.security.Caller;

/**
 * Whether a caller may see an institution's records: the institution itself (or a delegate whose
 * token names it, under a grant in force), or a health
 * commission in its supervision chain (its supervisor and the commissions above it, up to the
 * NHC). Cybersecurity and public-security bodies see only what is routed to them.
 */
public final class Jurisdiction {

    private Jurisdiction() {
    }

    public static boolean covers(Caller caller, Institution institution, AuthorityDirectory directory) {
        if (caller.actsForInstitution()) {
            return institution.uscc().equals(caller.uscc());
        }
        if (caller.isAuthority() && caller.authority().isHealthCommission()) {
            return directory.supervisionChain(institution.supervisor()).contains(caller.authority());
        }
        return false;
    }
}
