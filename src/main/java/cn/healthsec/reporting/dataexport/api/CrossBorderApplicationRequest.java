package cn.healthsec.reporting.dataexport.api;

import cn.healthsec.reporting.identifier.UsccFormat;
import cn.healthsec.reporting.problem.NotAfterReceipt;
import cn.healthsec.reporting.vocabulary.DataHolding;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;
import java.util.List;

/**
 * An application for review and approval of a data export (2026 Data Measures art. 22(4): "shall
 * first conduct a self-assessment, obtain approval by the institution's leading group for
 * cybersecurity and informatization work or the leadership team, and report to the local health
 * administrative authority for review and approval, after which the provincial-level cybersecurity
 * authority shall apply … for a Data Export Security Assessment"): the self-assessment, the leading
 * group's approval, the data by catalogue metadata and its volume, the foreign recipient, the
 * purpose, the planned start, and the academic exemption where claimed. The local commission
 * decides APPROVED, REFUSED or RETURNED_FOR_CORRECTION. Names no person.
 */
public record CrossBorderApplicationRequest(
        @Size(max = 18) @UsccFormat String institution,
        @NotNull @Valid SelfAssessment selfAssessment,
        @NotNull @Valid LeadingGroupApproval leadingGroupApproval,
        @NotNull @Size(min = 1, max = 100) List<@NotNull @Valid DataHolding> data,
        @NotNull @Valid Volume volume,
        @NotNull @Valid Recipient recipient,
        @NotBlank @Size(max = 500) String purpose,
        @NotNull LocalDate plannedStartOn,
        @NotNull @Size(min = 1, max = 30) List<@NotBlank @Size(max = 300) String> securityMeasures,
        @Valid AcademicExemption academicExemption) {

    /** The institution's self-assessment: when, its conclusion, and the risks it found. */
    public record SelfAssessment(@NotNull @NotAfterReceipt LocalDate assessedOn, @NotNull AssessmentConclusion conclusion,
                                 @NotNull @Size(min = 1, max = 50) List<@NotBlank @Size(max = 500) String> risks) {
    }

    /** The approval of the leading group for cybersecurity and informatization (or the leadership team): when, and its minutes. */
    public record LeadingGroupApproval(@NotNull @NotAfterReceipt LocalDate approvedOn, @NotBlank @Size(max = 100) String minuteReference) {
    }

    /**
     * "Healthcare institution data collected and generated in academic cooperation activities … that
     * does not contain personal information, sensitive data, or important data is exempt": the
     * cooperation it comes from.
     */
    public record AcademicExemption(@NotNull Boolean claimed, @Size(max = 300) String cooperation) {
    }

    public boolean exemptionClaimed() {
        return academicExemption != null && Boolean.TRUE.equals(academicExemption.claimed());
    }
}
