package cn.healthsec.reporting.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Who may file for whom besides the institution itself: grants to delegates (a HIS vendor, a
 * regional primary-care platform; 2022 Measures art. 3 ¶3), each with an expiry and revocable.
 * Consulted on every request of a delegate, so a revocation takes effect at the next request.
 * Table {@code filing_grant}, owned here; written through the registry's {@code DelegationService},
 * which audits each change.
 */
@ApplicationScoped
public class Delegations {

    /** Whether {@code delegate} holds a grant for {@code uscc} in force at {@code now}. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean mayFile(String delegate, String uscc, Instant now) {
        return FilingGrantEntity.count("delegate = ?1 and institutionUscc = ?2 and revokedAt is null and expiresAt > ?3",
                delegate, uscc, now) > 0;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public FilingGrant grant(String uscc, String delegate, Instant expiresAt, Caller by, Instant now) {
        FilingGrantEntity g = new FilingGrantEntity();
        g.institutionUscc = uscc;
        g.delegate = delegate;
        g.grantedBy = by.subject();
        g.grantedByRole = by.role();
        g.grantedAt = now;
        g.expiresAt = expiresAt;
        g.persist();
        return FilingGrant.of(g, now);
    }

    /** Revokes the grant (once: revoking again changes nothing); empty when the institution has no such grant. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<FilingGrant> revoke(String uscc, long grantId, Caller by, Instant now) {
        Optional<FilingGrantEntity> grant = FilingGrantEntity.<FilingGrantEntity>find("id = ?1 and institutionUscc = ?2", grantId, uscc)
                .firstResultOptional();
        grant.filter(g -> g.revokedAt == null).ifPresent(g -> {
            g.revokedAt = now;
            g.revokedBy = by.subject();
        });
        return grant.map(g -> FilingGrant.of(g, now));
    }

    /** Every grant of an institution, in force or not, oldest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<FilingGrant> ofInstitution(String uscc, Instant now) {
        return FilingGrantEntity.<FilingGrantEntity>list("institutionUscc = ?1 order by id", uscc).stream().map(g -> FilingGrant.of(g, now))
                .toList();
    }

    /** The grants in force of a delegate, oldest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<FilingGrant> inForce(String delegate, Instant now) {
        return FilingGrantEntity.<FilingGrantEntity>list("delegate = ?1 and revokedAt is null and expiresAt > ?2 order by id", delegate, now)
                .stream().map(g -> FilingGrant.of(g, now)).toList();
    }
}
