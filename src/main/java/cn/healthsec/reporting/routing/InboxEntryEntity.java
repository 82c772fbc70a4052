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

    public static final String SUBMISSION = "SUBMISSION";
    public static final String OVERDUE_NOTICE = "OVERDUE_NOTICE";
    public static final String RETRACTION = "RETRACTION";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "authority_id", nullable = false, length = 16)
    public String authorityId;

    /**
     * {@code SUBMISSION}: the delivery of a submission (of an amendment when {@code amendsSubmissionId}
     * is set); {@code RETRACTION}: the notice that a submission delivered earlier was retracted;
     * {@code OVERDUE_NOTICE}: the notice of an obligation past due.
     */
    @Column(nullable = false, length = 16)
    public String kind = SUBMISSION;

    @Column(name = "submission_id")
    public UUID submissionId;

    /** The label of what is delivered: the submission's type, reference, moment of receipt and sender. */
    @Column(name = "submission_type", length = 32)
    @Enumerated(EnumType.STRING)
    public SubmissionType submissionType;

    @Column(name = "submission_reference", length = 40)
    public String submissionReference;

    /** For an overdue notice: the obligation, its kind and subject, and its due date or instant as text. */
    @Column(name = "obligation_id", length = 200)
    public String obligationId;

    @Column(name = "obligation_kind", length = 48)
    public String obligationKind;

    @Column(name = "obligation_subject", length = 120)
    public String obligationSubject;

    @Column(name = "obligation_due", length = 40)
    public String obligationDue;

    @Column(name = "received_at", nullable = false)
    public Instant receivedAt;

    @Column(name = "institution_uscc", nullable = false, length = 18)
    public String institutionUscc;

    @Column(nullable = false, length = 64)
    public String reason;

    @Column(nullable = false, length = 300)
    public String basis;

    /** {@link cn.healthsec.reporting.rules.Basis#key()} of {@link #basis}; null on entries delivered before V14. */
    @Column(name = "basis_key", length = 400)
    public String basisKey;

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

    @Column(name = "clock_basis_key", length = 400)
    public String clockBasisKey;

    @Column(name = "acknowledged_at")
    public Instant acknowledgedAt;

    @Column(name = "acknowledged_by", length = 200)
    public String acknowledgedBy;

    /** For the delivery of an amendment: the version it amends. */
    @Column(name = "amends_submission_id")
    public UUID amendsSubmissionId;

    @Column(name = "amends_reference", length = 40)
    public String amendsReference;
}
