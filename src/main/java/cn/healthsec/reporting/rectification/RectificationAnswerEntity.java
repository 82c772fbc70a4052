package cn.healthsec.reporting.rectification;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
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
    @Column(name = "submission_id")
    public UUID submissionId;

    @Column(name = "notice_id", nullable = false)
    public UUID noticeId;

    @Column(name = "institution_uscc", nullable = false, length = 18)
    public String institutionUscc;

    @Column(name = "received_at", nullable = false)
    public Instant receivedAt;

    /** Set when the submission was superseded by an amendment or retracted ({@code SubmissionWithdrawn}). */
    @Column(nullable = false)
    public boolean withdrawn;
}
