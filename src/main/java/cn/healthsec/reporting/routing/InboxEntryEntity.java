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

    public String authorityId;

    /**
     * {@code SUBMISSION}: the delivery of a submission (of an amendment when {@code amendsSubmissionId}
     * is set); {@code RETRACTION}: the notice that a submission delivered earlier was retracted;
     * {@code OVERDUE_NOTICE}: the notice of an obligation past due.
     */
    public String kind = SUBMISSION;

    public UUID submissionId;

    /** The label of what is delivered: the submission's type, reference, moment of receipt and sender. */
    @Enumerated(EnumType.STRING)
    public SubmissionType submissionType;

    public String submissionReference;

    /** For an overdue notice: the obligation, its kind and subject, and its due date or instant as text. */
    public String obligationId;

    public String obligationKind;

    public String obligationSubject;

    public String obligationDue;

    public Instant receivedAt;

    public String institutionUscc;

    public String reason;

    public String basis;

    /** {@link cn.healthsec.reporting.rules.Basis#key()} of {@link #basis}; null on entries delivered before V14. */
    public String basisKey;

    public String ruleId;

    /** Set by PostgreSQL to the writing transaction's id; orders the queue (see InboxQueries). */
    @Column(insertable = false, updatable = false)
    public Long txid;

    public Instant createdAt;

    /** For incident routes: by when the recipient had to have the report, counted from discovery. */
    public Instant dueAt;

    public String clockBasis;

    public String clockBasisKey;

    public Instant acknowledgedAt;

    public String acknowledgedBy;

    /** For the delivery of an amendment: the version it amends. */
    public UUID amendsSubmissionId;

    public String amendsReference;
}
