package cn.healthsec.reporting.mlps.api;

import cn.healthsec.reporting.problem.NotAfterReceipt;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;

/** The most recent level assessment (等级测评) of the network. */
public record LastAssessment(
        @NotNull @NotAfterReceipt LocalDate completedOn,
        @NotBlank @Size(max = 200) String assessor,
        @NotNull AssessmentConclusion conclusion) {
}
