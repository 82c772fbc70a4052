package cn.healthsec.reporting.security;

import cn.healthsec.reporting.authority.AuthorityId;

/**
 * Who is calling, as the verified token says. {@code uscc} is set for an institution (its own)
 * and for a delegate (the institution its token names for this request, which it holds a grant
 * for); {@code authority} for an authority; admins carry neither.
 */
public record Caller(String subject, String role, String uscc, AuthorityId authority) {

    public boolean isInstitution() {
        return Role.INSTITUTION.equals(role);
    }

    /** A HIS vendor or regional platform filing for the institution its token names, under a grant. */
    public boolean isDelegate() {
        return Role.DELEGATE.equals(role);
    }

    /** Acts for one institution: the institution itself, or a delegate for it. Sees and files what that institution may. */
    public boolean actsForInstitution() {
        return isInstitution() || isDelegate();
    }

    public boolean isAuthority() {
        return Role.AUTHORITY.equals(role);
    }

    public boolean isAdmin() {
        return Role.ADMIN.equals(role);
    }

    /** The organisation the caller acts for, for audit records. */
    public String organisation() {
        return uscc != null ? uscc : authority != null ? authority.toString() : null;
    }
}
