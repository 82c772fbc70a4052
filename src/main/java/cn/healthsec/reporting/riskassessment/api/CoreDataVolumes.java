package cn.healthsec.reporting.riskassessment.api;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;

/**
 * Core data: the static total at the end of the previous year and the cumulative volume provided,
 * transferred or shared across legal entities since 1 January (2026 Data Measures art. 11 ¶2), in
 * the same unit (records).
 */
public record CoreDataVolumes(
        @NotNull @Positive Long previousYearEndStaticTotal,
        @NotNull @PositiveOrZero Long cumulativeProvidedThisYear) {
}
