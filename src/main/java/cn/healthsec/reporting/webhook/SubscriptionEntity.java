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

    public String ownerKind;

    public String ownerId;

    public String url;

    public String description;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(columnDefinition = "text[]")
    public String[] types;

    public byte[] secretSealed;

    public byte[] previousSecretSealed;

    public Instant previousSecretUntil;

    public String state;

    public String endedReason;

    public Instant createdAt;

    public String createdBy;

    public Instant updatedAt;

    public Instant deletedAt;

    public long cursorTxid;

    public long cursorId;

    public Instant nextAttemptAt;

    public String leaseOwner;

    public Instant leaseUntil;

    public Owner owner() {
        return new Owner(Owner.Kind.valueOf(ownerKind), ownerId);
    }
}
