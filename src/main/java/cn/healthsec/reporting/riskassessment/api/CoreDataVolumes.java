package cn.healthsec.reporting.riskassessment.api;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;

/**
 * Core data: the static total at the end of the previous year and the cumulative volume provided,
 * transferred or shared across legal entities since 1 January (2026 Data Measures art. 11 ¶2), in
 * the same unit (records). Art. 11 ¶2 asks whether the total "may reach" 30%: {@code plannedThisYear}
 * is what is still planned to be provided this year, and counts; {@code exceptedThisYear} is the part
 * of both that is "the lawful performance of duties by state organs or internal flows within state
 * organs or enterprises and public institutions", which "are excepted" and do not count.
 */
public record CoreDataVolumes(
        @NotNull @Positive Long previousYearEndStaticTotal,
        @NotNull @PositiveOrZero Long cumulativeProvidedThisYear,
        @PositiveOrZero Long plannedThisYear,
        @PositiveOrZero Long exceptedThisYear) {

    public CoreDataVolumes(Long previousYearEndStaticTotal, Long cumulativeProvidedThisYear) {
        this(previousYearEndStaticTotal, cumulativeProvidedThisYear, null, null);
    }

    /** What counts toward the 30%: provided and planned, less what is excepted (never below zero). */
    public long counted() {
        long planned = plannedThisYear == null ? 0 : plannedThisYear;
        long excepted = exceptedThisYear == null ? 0 : exceptedThisYear;
        return Math.max(0, cumulativeProvidedThisYear + planned - excepted);
    }
}
