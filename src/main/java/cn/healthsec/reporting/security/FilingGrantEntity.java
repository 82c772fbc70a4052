package cn.healthsec.reporting.security;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** The right of a delegate (a client id) to file for one institution until it expires or is revoked. */
@Entity
@Table(name = "filing_grant")
public class FilingGrantEntity extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "institution_uscc", nullable = false, length = 18)
    public String institutionUscc;

    @Column(nullable = false, length = 200)
    public String delegate;

    @Column(name = "granted_by", nullable = false, length = 200)
    public String grantedBy;

    @Column(name = "granted_by_role", nullable = false, length = 16)
    public String grantedByRole;

    @Column(name = "granted_at", nullable = false)
    public Instant grantedAt;

    @Column(name = "expires_at", nullable = false)
    public Instant expiresAt;

    @Column(name = "revoked_at")
    public Instant revokedAt;

    @Column(name = "revoked_by", length = 200)
    public String revokedBy;

    public boolean activeAt(Instant now) {
        return revokedAt == null && now.isBefore(expiresAt);
    }
}
