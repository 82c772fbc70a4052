package cn.healthsec.reporting.submission;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
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
    public record Key(String institutionUscc, String idempotencyKey) {
    }

    @EmbeddedId
    public Key id;

    public String operation;

    public String target;

    public UUID submissionId;

    public Instant createdAt;
}
