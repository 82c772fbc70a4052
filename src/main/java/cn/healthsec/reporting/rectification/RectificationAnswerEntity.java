package cn.healthsec.reporting.rectification;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.SQLRestriction;

import java.time.Instant;
import java.util.UUID;

/** Which notice a rectification report answers. */
@Entity
@Table(name = "rectification_answer")
// A superseded or retracted version no longer counts for the record (V10).
@SQLRestriction("not withdrawn")
public class RectificationAnswerEntity extends PanacheEntityBase {

    @Id
    public UUID submissionId;

    public UUID noticeId;

    public String institutionUscc;

    public Instant receivedAt;

    /** Set when the submission was superseded by an amendment or retracted ({@code SubmissionWithdrawn}). */
    public boolean withdrawn;
}
