package cn.healthsec.reporting.audit;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

import java.time.Instant;

/**
 * One audit record. The service writes it once and never changes it: its database role may only
 * insert and read {@code audit_record} (V16). The id, the writing transaction and the time come
 * from the database, which the service cannot override, so they are not insertable here; Hibernate
 * treats the entity as {@code @Immutable}: it never writes an update of one.
 */
@Entity
@Table(name = "audit_record")
@Immutable
public class AuditRecord extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(insertable = false, updatable = false)
    public Instant occurredAt;

    /** The request's {@code X-Request-Id} (the caller's or one the service gave), or null outside a request. */
    public String requestId;

    public String actor;

    public String actorRole;

    public String actorOrg;

    public String action;

    public String targetType;

    public String targetId;

    public String outcome;

    /** For refusals: the HTTP status answered. */
    public Short status;

    /** For refusals: the problem type (its slug), never anything the request carried. */
    public String reason;
}
