package cn.healthsec.reporting.riskassessment.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.List;

/** Item (3): management systems and their implementation, technical measures and their effectiveness. */
public record Measures(
        @Size(max = 50) List<@NotBlank @Size(max = 300) String> managementSystems,
        @Size(max = 50) List<@NotNull @Valid TechnicalMeasure> technicalMeasures) {
}
