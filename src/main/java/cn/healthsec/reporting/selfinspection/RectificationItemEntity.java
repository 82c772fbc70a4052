package cn.healthsec.reporting.selfinspection;

import cn.healthsec.reporting.selfinspection.api.RectificationState;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import org.hibernate.annotations.SQLRestriction;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/** One rectification item as one report states it. */
@Entity
@Table(name = "rectification_item")
// A superseded or retracted version no longer counts for the record (V10).
@SQLRestriction("not withdrawn")
@IdClass(RectificationItemEntity.Key.class)
public class RectificationItemEntity extends PanacheEntityBase {

    @Id
    public UUID submissionId;

    @Id
    public String itemId;

    public String institutionUscc;

    public LocalDate targetDate;

    @Enumerated(EnumType.STRING)
    public RectificationState state;

    public LocalDate completedOn;

    public Instant receivedAt;

    public static class Key implements Serializable {
        public UUID submissionId;
        public String itemId;

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(submissionId, k.submissionId) && Objects.equals(itemId, k.itemId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(submissionId, itemId);
        }
    }

    /** Set when the submission was superseded by an amendment or retracted ({@code SubmissionWithdrawn}). */
    public boolean withdrawn;
}
