package cn.healthsec.reporting.submission;

import cn.healthsec.reporting.rules.SubmissionType;
import cn.healthsec.reporting.submission.api.ContentType;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
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

    public String reference;

    @Enumerated(EnumType.STRING)
    public SubmissionType type;

    /** Which request schema {@link #payload} follows (V15). */
    @Enumerated(EnumType.STRING)
    public ContentType contentType;

    public String institutionUscc;

    public Instant receivedAt;

    public String status;

    @JdbcTypeCode(SqlTypes.JSON)
    public String payload;

    @JdbcTypeCode(SqlTypes.JSON)
    public String evaluation;

    /** Who filed it: the token subject of the institution's own client, or the delegate's client id. */
    public String submittedBy;

    /** {@code institution} or {@code delegate}. */
    public String submittedByRole = "institution";

    /** Set on reports that belong together (an incident's stages): the id of the thread's first report. */
    public UUID threadId;

    /** The versions of one report share a lineage: the id of its first version. */
    public UUID lineageId;

    public int version = 1;

    public UUID previousVersionId;

    /** Null while the submission stands as received; else {@link SubmissionStatus#RETURNED_FOR_CORRECTION}, SUPERSEDED or RETRACTED. */
    public String state;

    /** The latest decision of its primary recipient, or null. */
    public String decision;

    /** Counts every change of state or decision: the ETag. */
    public int revision;

    public Instant retractedAt;

    public String retractedBy;

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
