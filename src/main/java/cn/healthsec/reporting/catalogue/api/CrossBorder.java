package cn.healthsec.reporting.catalogue.api;

import cn.healthsec.reporting.vocabulary.CrossBorderLegalBasis;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.List;

public record CrossBorder(
        @NotNull Boolean transferred,
        @Size(max = 20) List<@NotBlank @Size(max = 100) String> destinations,
        CrossBorderLegalBasis legalBasis,
        @Size(max = 100) String assessmentReference) {
}
