package cn.healthsec.reporting.security;

import java.time.Instant;

/** A delegate's right to file for one institution, as recorded, and whether it was in force when read. */
public record FilingGrant(long id, String institutionUscc, String delegate, String grantedBy, Instant grantedAt, Instant expiresAt,
                          Instant revokedAt, String revokedBy, boolean active) {

    static FilingGrant of(FilingGrantEntity g, Instant now) {
        return new FilingGrant(g.id, g.institutionUscc, g.delegate, g.grantedBy, g.grantedAt, g.expiresAt, g.revokedAt, g.revokedBy,
                g.activeAt(now));
    }
}
