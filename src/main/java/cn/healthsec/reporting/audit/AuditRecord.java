package cn.healthsec.reporting.audit;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/**
 * One audit record. The service writes it once and never changes it: its database role may only
 * insert and read {@code audit_record} (V16). The id, the writing transaction and the time come
 * from the database, which the service cannot override, so they are not insertable here.
 */
@Entity
@Table(name = "audit_record")
public class AuditRecord extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "occurred_at", insertable = false, updatable = false)
    public Instant occurredAt;

    /** The request's {@code X-Request-Id} (the caller's or one the service gave), or null outside a request. */
    @Column(name = "request_id", length = 64, updatable = false)
    public String requestId;

    @Column(nullable = false, length = 200, updatable = false)
    public String actor;

    @Column(name = "actor_role", nullable = false, length = 32, updatable = false)
    public String actorRole;

    @Column(name = "actor_org", length = 32, updatable = false)
    public String actorOrg;

    @Column(nullable = false, length = 64, updatable = false)
    public String action;

    @Column(name = "target_type", length = 32, updatable = false)
    public String targetType;

    @Column(name = "target_id", length = 200, updatable = false)
    public String targetId;

    @Column(nullable = false, length = 16, updatable = false)
    public String outcome;

    /** For refusals: the HTTP status answered. */
    @Column(updatable = false)
    public Short status;

    /** For refusals: the problem type (its slug), never anything the request carried. */
    @Column(length = 64, updatable = false)
    public String reason;
}
