package cn.healthsec.reporting.webhook;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** One event a subscription tried to deliver, or a redelivery asked for (V24); its attempts are {@code webhook_attempt}. */
@Entity
@Table(name = "webhook_delivery")
public class DeliveryEntity extends PanacheEntityBase {

    public static final String PENDING = "PENDING";
    public static final String DELIVERED = "DELIVERED";
    /** Dead-lettered: every retry failed (or the receiver answered 410); visible to the subscriber and redeliverable. */
    public static final String FAILED = "FAILED";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public UUID subscriptionId;

    public String eventId;

    public String eventType;

    public long positionTxid;

    public long positionId;

    public boolean redelivery;

    public String state;

    public int attempts;

    public Instant createdAt;

    public Instant firstAttemptAt;

    public Instant lastAttemptAt;

    public Instant nextAttemptAt;

    public Integer lastStatus;

    public String lastError;

    public Instant finishedAt;
}
