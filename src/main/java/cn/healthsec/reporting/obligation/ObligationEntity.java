package cn.healthsec.reporting.obligation;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** One obligation of the ledger as stored: written by {@link Ledger} only, in batches; read here. */
@Entity
@Table(name = "obligation")
public class ObligationEntity extends PanacheEntityBase {

    @Id
    @Column(length = 200)
    public String id;

    @Column(name = "institution_uscc", nullable = false, length = 18)
    public String institutionUscc;

    @Column(name = "supervising_authority_id", nullable = false, length = 16)
    public String supervisingAuthorityId;

    @Column(name = "division_code", nullable = false, length = 6)
    public String divisionCode;

    @Column(nullable = false, length = 48)
    public String kind;

    @Column(length = 120)
    public String subject;

    @Column(name = "due_on")
    public LocalDate dueOn;

    @Column(name = "due_at")
    public Instant dueAt;

    @Column(name = "overdue_from")
    public Instant overdueFrom;

    @Column(nullable = false)
    public boolean provisional;

    @Column(name = "met_by")
    public UUID metBy;

    @Column(name = "met_on")
    public LocalDate metOn;

    @Column(name = "met_at")
    public Instant metAt;

    @Column(nullable = false)
    public boolean late;

    @Column(nullable = false, length = 300)
    public String basis;

    /** {@link cn.healthsec.reporting.rules.Basis#key()} of {@link #basis}; null on rows derived before V14. */
    @Column(name = "basis_key", length = 400)
    public String basisKey;

    @Column(nullable = false)
    public boolean policy;

    @Column(name = "rule_id", nullable = false, length = 64)
    public String ruleId;

    @Column(name = "derived_at", nullable = false)
    public Instant derivedAt;

    /** The obligation as the rules derived it. */
    Obligation obligation() {
        return new Obligation(id, ObligationKind.valueOf(kind), subject, dueOn, dueAt, provisional,
                metOn == null ? null : new Obligation.Met(metBy, metOn, metAt), basis, policy, ruleId, basisKey);
    }
}
