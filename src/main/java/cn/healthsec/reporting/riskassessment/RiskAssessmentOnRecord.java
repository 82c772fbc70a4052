package cn.healthsec.reporting.riskassessment;

import cn.healthsec.reporting.riskassessment.api.AssessmentType;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** One accepted risk-assessment report as the record keeps it. */
public record RiskAssessmentOnRecord(UUID submissionId, AssessmentType assessmentType, int year, LocalDate assessedOn,
                                     Instant receivedAt) {
}
