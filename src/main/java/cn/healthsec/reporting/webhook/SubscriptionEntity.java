package cn.healthsec.reporting.webhook;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;
import java.util.UUID;

/** A push subscription (V24). Its secret is sealed ({@link SecretBox}); its stream position and lease belong to the sender. */
@Entity
@Table(name = "webhook_subscription")
public class SubscriptionEntity extends PanacheEntityBase {

    public static final String ACTIVE = "ACTIVE";
    public static final String PAUSED = "PAUSED";
    /** The receiver answered 410 Gone: nothing more is sent. */
    public static final String ENDED = "ENDED";

    @Id
    public UUID id;

    @Column(name = "owner_kind", nullable = false, length = 16)
    public String ownerKind;

    @Column(name = "owner_id", nullable = false, length = 18)
    public String ownerId;

    @Column(nullable = false, length = 2000)
    public String url;

    @Column(length = 500)
    public String description;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false, columnDefinition = "text[]")
    public String[] types;

    @Column(name = "secret_sealed", nullable = false)
    public byte[] secretSealed;

    @Column(name = "previous_secret_sealed")
    public byte[] previousSecretSealed;

    @Column(name = "previous_secret_until")
    public Instant previousSecretUntil;

    @Column(nullable = false, length = 16)
    public String state;

    @Column(name = "ended_reason", length = 32)
    public String endedReason;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "created_by", nullable = false, length = 200)
    public String createdBy;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Column(name = "deleted_at")
    public Instant deletedAt;

    @Column(name = "cursor_txid", nullable = false)
    public long cursorTxid;

    @Column(name = "cursor_id", nullable = false)
    public long cursorId;

    @Column(name = "next_attempt_at")
    public Instant nextAttemptAt;

    @Column(name = "lease_owner", length = 64)
    public String leaseOwner;

    @Column(name = "lease_until")
    public Instant leaseUntil;

    public Owner owner() {
        return new Owner(Owner.Kind.valueOf(ownerKind), ownerId);
    }
}
