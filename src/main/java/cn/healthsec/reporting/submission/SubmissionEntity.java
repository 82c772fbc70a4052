package cn.healthsec.reporting.submission;

import cn.healthsec.reporting.rules.SubmissionType;
import cn.healthsec.reporting.submission.api.ContentType;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;
import java.util.UUID;

@Entity
@Table(name = "submission")
public class SubmissionEntity extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(nullable = false, unique = true, length = 40)
    public String reference;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    public SubmissionType type;

    /** Which request schema {@link #payload} follows (V15). */
    @Enumerated(EnumType.STRING)
    @Column(name = "content_type", nullable = false, length = 32)
    public ContentType contentType;

    @Column(name = "institution_uscc", nullable = false, length = 18)
    public String institutionUscc;

    @Column(name = "received_at", nullable = false)
    public Instant receivedAt;

    @Column(nullable = false, length = 32)
    public String status;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public String payload;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public String evaluation;

    /** Who filed it: the token subject of the institution's own client, or the delegate's client id. */
    @Column(name = "submitted_by", nullable = false, length = 200)
    public String submittedBy;

    /** {@code institution} or {@code delegate}. */
    @Column(name = "submitted_by_role", nullable = false, length = 16)
    public String submittedByRole = "institution";

    /** Set on reports that belong together (an incident's stages): the id of the thread's first report. */
    @Column(name = "thread_id")
    public UUID threadId;

    /** The versions of one report share a lineage: the id of its first version. */
    @Column(name = "lineage_id", nullable = false)
    public UUID lineageId;

    @Column(nullable = false)
    public int version = 1;

    @Column(name = "previous_version_id")
    public UUID previousVersionId;

    /** Null while the submission stands as received; else {@link SubmissionStatus#RETURNED_FOR_CORRECTION}, SUPERSEDED or RETRACTED. */
    @Column(length = 32)
    public String state;

    /** The latest decision of its primary recipient, or null. */
    @Column(length = 32)
    public String decision;

    /** Counts every change of state or decision: the ETag. */
    @Column(nullable = false)
    public int revision;

    @Column(name = "retracted_at")
    public Instant retractedAt;

    @Column(name = "retracted_by", length = 200)
    public String retractedBy;

    @Column(name = "retraction_reason", length = 1000)
    public String retractionReason;

    /** Where the submission stands for its readers: its state once it has one, else what the rules concluded at receipt. */
    public String currentStatus() {
        return currentStatus(state, status);
    }

    /** {@link #currentStatus()} from the two columns, for a read that does not load the entity. */
    static String currentStatus(String state, String status) {
        return state != null ? state : status;
    }

    /** The strong entity tag of this submission's current state (RFC 9110 §8.8.3). */
    public String etag() {
        return "\"" + id + "." + revision + "\"";
    }
}
