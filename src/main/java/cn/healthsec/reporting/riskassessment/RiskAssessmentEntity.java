package cn.healthsec.reporting.riskassessment;

import cn.healthsec.reporting.riskassessment.api.AssessmentType;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.SQLRestriction;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** The facts of a risk-assessment report that later reports look up (the previous annual report). */
@Entity
@Table(name = "risk_assessment")
// A superseded or retracted version no longer counts for the record (V10).
@SQLRestriction("not withdrawn")
public class RiskAssessmentEntity extends PanacheEntityBase {

    @Id
    public UUID submissionId;

    public String institutionUscc;

    @Enumerated(EnumType.STRING)
    public AssessmentType assessmentType;

    public int year;

    public LocalDate assessedOn;

    public Instant receivedAt;

    /** Set when the submission was superseded by an amendment or retracted ({@code SubmissionWithdrawn}). */
    public boolean withdrawn;
}
