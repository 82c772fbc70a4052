package cn.healthsec.reporting.security;

import io.quarkus.security.identity.SecurityIdentity;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Who held the token of a refused request, as far as the token says: for the audit trail of
 * refusals, where the caller may not be a valid {@link Caller} (missing or malformed claims,
 * unknown role). Never throws; claims are taken as strings and bounded by the audit record.
 */
public record TokenHolder(String subject, String role, String organisation) {

    public static final TokenHolder ANONYMOUS = new TokenHolder(null, null, null);

    public static TokenHolder of(SecurityIdentity identity) {
        if (identity == null || identity.isAnonymous()) {
            return ANONYMOUS;
        }
        String role = identity.hasRole(Role.INSTITUTION) ? Role.INSTITUTION : identity.hasRole(Role.AUTHORITY) ? Role.AUTHORITY
                : identity.hasRole(Role.ADMIN) ? Role.ADMIN : identity.hasRole(Role.DELEGATE) ? Role.DELEGATE : "none";
        if (identity.getPrincipal() instanceof JsonWebToken token) {
            String organisation = Role.INSTITUTION.equals(role) || Role.DELEGATE.equals(role) ? text(token.getClaim("uscc"))
                    : Role.AUTHORITY.equals(role) ? text(token.getClaim("authority_id")) : null;
            return new TokenHolder(token.getSubject(), role, organisation);
        }
        return new TokenHolder(identity.getPrincipal().getName(), role, null);
    }

    private static String text(Object claim) {
        if (claim instanceof jakarta.json.JsonString json) {
            return json.getString();
        }
        return claim instanceof String s ? s : null;
    }
}
