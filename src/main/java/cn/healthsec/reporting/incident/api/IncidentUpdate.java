package cn.healthsec.reporting.incident.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A progress report or supplement: new numbers (which may raise the grade), the items the initial
 * report left out, and what has been done since.
 */
public record IncidentUpdate(
        @NotBlank @Size(max = 4000) String summary,
        @Valid Impact impact,
        IncidentGrade declaredGrade,
        Boolean suspectedCrime,
        @Size(max = 4000) String measuresTaken,
        @Valid IndividualsNotified individualsNotified,
        @Size(max = 4000) String trend,
        @Size(max = 4000) String causeAnalysis,
        @Size(max = 4000) String investigationLeads,
        @Size(max = 4000) String nextMeasures,
        @Size(max = 4000) String supportRequested) {
}
