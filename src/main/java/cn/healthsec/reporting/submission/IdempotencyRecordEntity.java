package cn.healthsec.reporting.submission;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** The request an Idempotency-Key of an institution names (written by a native insert that claims it). */
@Entity
@Table(name = "idempotency_record")
public class IdempotencyRecordEntity extends PanacheEntityBase {

    /** One key per institution. */
    @Embeddable
    public record Key(@Column(name = "institution_uscc", length = 18) String institutionUscc,
                      @Column(name = "idempotency_key", length = 100) String idempotencyKey) {
    }

    @EmbeddedId
    public Key id;

    @Column(nullable = false, length = 64)
    public String operation;

    @Column(length = 64)
    public String target;

    @Column(name = "submission_id", nullable = false)
    public UUID submissionId;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
}
