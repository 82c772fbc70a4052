package cn.healthsec.reporting.submission;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;
import java.util.UUID;

/** One decision of an authority on a submission; the latest of a submission stands. Never changed once written. */
@Entity
@Table(name = "submission_decision")
public class DecisionEntity extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "submission_id", nullable = false)
    public UUID submissionId;

    @Column(name = "authority_id", nullable = false, length = 16)
    public String authorityId;

    @Column(nullable = false, length = 32)
    public String outcome;

    @Column(length = 2000)
    public String comment;

    /** The field findings as a JSON array of {field, code, message}. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public String findings;

    @Column(name = "decided_by", nullable = false, length = 200)
    public String decidedBy;

    @Column(name = "decided_at", nullable = false)
    public Instant decidedAt;
}
