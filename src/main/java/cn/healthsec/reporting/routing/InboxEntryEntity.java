package cn.healthsec.reporting.routing;

import cn.healthsec.reporting.rules.SubmissionType;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

@Entity
@Table(name = "inbox_entry")
public class InboxEntryEntity extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "authority_id", nullable = false, length = 16)
    public String authorityId;

    @Column(name = "submission_id", nullable = false)
    public UUID submissionId;

    /** The label of what is delivered: the submission's type, reference, moment of receipt and sender. */
    @Column(name = "submission_type", nullable = false, length = 32)
    @Enumerated(EnumType.STRING)
    public SubmissionType submissionType;

    @Column(name = "submission_reference", nullable = false, length = 40)
    public String submissionReference;

    @Column(name = "received_at", nullable = false)
    public Instant receivedAt;

    @Column(name = "institution_uscc", nullable = false, length = 18)
    public String institutionUscc;

    @Column(nullable = false, length = 64)
    public String reason;

    @Column(nullable = false, length = 300)
    public String basis;

    @Column(name = "rule_id", nullable = false, length = 64)
    public String ruleId;

    /** Set by PostgreSQL to the writing transaction's id; orders the queue (see InboxQueries). */
    @Column(insertable = false, updatable = false)
    public Long txid;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    /** For incident routes: by when the recipient had to have the report, counted from discovery. */
    @Column(name = "due_at")
    public Instant dueAt;

    @Column(name = "clock_basis", length = 300)
    public String clockBasis;

    @Column(name = "acknowledged_at")
    public Instant acknowledgedAt;

    @Column(name = "acknowledged_by", length = 200)
    public String acknowledgedBy;
}
