package cn.healthsec.reporting.audit;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

@Entity
@Table(name = "audit_event")
public class AuditEvent extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "occurred_at", nullable = false)
    public Instant occurredAt;

    @Column(nullable = false, length = 200)
    public String actor;

    @Column(name = "actor_role", nullable = false, length = 32)
    public String actorRole;

    @Column(name = "actor_org", length = 32)
    public String actorOrg;

    @Column(nullable = false, length = 64)
    public String action;

    @Column(name = "target_type", length = 32)
    public String targetType;

    @Column(name = "target_id", length = 200)
    public String targetId;

    @Column(nullable = false, length = 16)
    public String outcome;

    /** For refusals: the HTTP status answered. */
    public Short status;

    /** For refusals: the problem type (its slug), never anything the request carried. */
    @Column(length = 64)
    public String reason;
}
