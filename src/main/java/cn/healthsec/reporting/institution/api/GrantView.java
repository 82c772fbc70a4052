package cn.healthsec.reporting.institution.api;

import java.time.OffsetDateTime;

/** A delegate's right to file for an institution, as granted, and whether it is in force now. */
public record GrantView(long id, String institution, String delegate, String grantedBy, OffsetDateTime grantedAt,
                        OffsetDateTime expiresAt, OffsetDateTime revokedAt, String revokedBy, boolean active) {
}
