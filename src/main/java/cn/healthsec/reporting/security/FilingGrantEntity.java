package cn.healthsec.reporting.security;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
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

    public String institutionUscc;

    public String delegate;

    public String grantedBy;

    public String grantedByRole;

    public Instant grantedAt;

    public Instant expiresAt;

    public Instant revokedAt;

    public String revokedBy;

    public boolean activeAt(Instant now) {
        return revokedAt == null && now.isBefore(expiresAt);
    }
}
