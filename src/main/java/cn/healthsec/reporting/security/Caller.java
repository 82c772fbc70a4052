package cn.healthsec.reporting.security;

import cn.healthsec.reporting.authority.AuthorityId;

/**
 * Who is calling, as the verified token says. Exactly one of {@code uscc} (institution) and
 * {@code authority} (authority) is set for those roles; admins carry neither.
 */
public record Caller(String subject, String role, String uscc, AuthorityId authority) {

    public boolean isInstitution() {
        return Role.INSTITUTION.equals(role);
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
