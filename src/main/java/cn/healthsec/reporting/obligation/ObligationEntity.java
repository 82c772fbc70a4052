package cn.healthsec.reporting.obligation;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
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
    public String id;

    public String institutionUscc;

    public String supervisingAuthorityId;

    public String divisionCode;

    public String kind;

    public String subject;

    public LocalDate dueOn;

    public Instant dueAt;

    public Instant overdueFrom;

    public boolean provisional;

    public UUID metBy;

    public LocalDate metOn;

    public Instant metAt;

    public boolean late;

    public String basis;

    /** {@link cn.healthsec.reporting.rules.Basis#key()} of {@link #basis}; null on rows derived before V14. */
    public String basisKey;

    public boolean policy;

    public String ruleId;

    public Instant derivedAt;

    /** The obligation as the rules derived it. */
    Obligation obligation() {
        return new Obligation(id, ObligationKind.valueOf(kind), subject, dueOn, dueAt, provisional,
                metOn == null ? null : new Obligation.Met(metBy, metOn, metAt), basis, policy, ruleId, basisKey);
    }
}
