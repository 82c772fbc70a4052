package cn.healthsec.reporting.riskassessment.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;

/** Item (4): a data-security incident of the period and how it was handled. */
public record IncidentSummary(
        @Size(max = 40) String reference,
        @NotNull LocalDate occurredOn,
        @NotBlank @Size(max = 500) String summary,
        @Size(max = 500) String handling) {
}
