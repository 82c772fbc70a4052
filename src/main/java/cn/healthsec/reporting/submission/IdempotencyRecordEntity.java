package cn.healthsec.reporting.submission;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** The request an Idempotency-Key of an institution names (written by a native insert that claims it). */
@Entity
@Table(name = "idempotency_record")
@IdClass(IdempotencyRecordEntity.Key.class)
public class IdempotencyRecordEntity extends PanacheEntityBase {

    @Id
    @Column(name = "institution_uscc", length = 18)
    public String institutionUscc;

    @Id
    @Column(name = "idempotency_key", length = 100)
    public String idempotencyKey;

    @Column(nullable = false, length = 64)
    public String operation;

    @Column(length = 64)
    public String target;

    @Column(name = "submission_id", nullable = false)
    public UUID submissionId;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    public static class Key implements Serializable {
        public String institutionUscc;
        public String idempotencyKey;

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(institutionUscc, k.institutionUscc) && Objects.equals(idempotencyKey, k.idempotencyKey);
        }

        @Override
        public int hashCode() {
            return Objects.hash(institutionUscc, idempotencyKey);
        }
    }
}
