package cn.healthsec.reporting.submission;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
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

    public UUID submissionId;

    public String authorityId;

    public String outcome;

    public String comment;

    /** The field findings as a JSON array of {field, code, message}. */
    @JdbcTypeCode(SqlTypes.JSON)
    public String findings;

    public String decidedBy;

    public Instant decidedAt;
}
