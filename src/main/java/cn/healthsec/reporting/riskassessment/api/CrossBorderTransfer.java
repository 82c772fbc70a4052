package cn.healthsec.reporting.riskassessment.api;

import cn.healthsec.reporting.vocabulary.CrossBorderLegalBasis;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Item (6): a cross-border transfer of the period. */
public record CrossBorderTransfer(
        @NotBlank @Size(max = 100) String destination,
        @NotNull CrossBorderLegalBasis legalBasis,
        @Size(max = 100) String assessmentReference,
        @Size(max = 300) String purpose) {
}
