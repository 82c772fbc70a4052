package cn.healthsec.reporting.riskassessment.api;

import cn.healthsec.reporting.identifier.UsccFormat;
import cn.healthsec.reporting.problem.NotAfterReceipt;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;
import java.util.List;

/**
 * A data-security risk-assessment report: the seven content items of Network Data Regulation
 * art. 33 ¶2 as structured metadata, and for core data its volumes (2026 Data Measures art. 11).
 */
public record RiskAssessmentReportRequest(
        @NotNull AssessmentType assessmentType,
        @Size(max = 18) @UsccFormat String institution,
        @NotNull @Min(2000) @Max(2100) @NotAfterReceipt Integer year,
        @NotNull @NotAfterReceipt LocalDate assessedOn,
        @NotNull @Valid Assessor assessor,
        @NotNull @Valid Handler handler,
        @Valid ImportantDataProcessing importantData,
        @Valid Measures measures,
        @Size(max = 200) List<@NotNull @Valid Risk> risks,
        @Size(max = 100) List<@NotNull @Valid IncidentSummary> incidents,
        @Size(max = 100) List<@NotNull @Valid ProvisionAssessment> provisionAssessments,
        @Size(max = 100) List<@NotNull @Valid CrossBorderTransfer> crossBorderTransfers,
        @Size(max = 2000) String other,
        @Valid CoreDataVolumes coreData) {
}
