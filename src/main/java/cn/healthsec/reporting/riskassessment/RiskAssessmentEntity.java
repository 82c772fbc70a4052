package cn.healthsec.reporting.riskassessment;

import cn.healthsec.reporting.riskassessment.api.AssessmentType;
import cn.healthsec.reporting.submission.ReportRow;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.hibernate.annotations.SQLRestriction;

import java.time.LocalDate;

/** The facts of a risk-assessment report that later reports look up (the previous annual report). */
@Entity
@Table(name = "risk_assessment")
// A superseded or retracted version no longer counts for the record (V10; ReportRow.withdrawn).
@SQLRestriction("not withdrawn")
public class RiskAssessmentEntity extends ReportRow {

    @Enumerated(EnumType.STRING)
    public AssessmentType assessmentType;

    public int year;

    public LocalDate assessedOn;
}
