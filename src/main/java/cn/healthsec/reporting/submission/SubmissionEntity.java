package cn.healthsec.reporting.submission;

import cn.healthsec.reporting.rules.SubmissionType;
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

    @Column(name = "submitted_by", nullable = false, length = 200)
    public String submittedBy;

    /** Set on reports that belong together (an incident's stages): the id of the thread's first report. */
    @Column(name = "thread_id")
    public UUID threadId;
}
