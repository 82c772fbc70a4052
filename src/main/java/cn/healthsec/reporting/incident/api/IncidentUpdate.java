package cn.healthsec.reporting.incident.api;

import cn.healthsec.reporting.problem.NotAfterReceipt;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import java.time.Instant;

/**
 * A progress report or supplement: new numbers (which may raise the grade), the items the initial
 * report left out, and what has been done since; and, once handling has ended, when it did (which
 * starts the final report's 30 days).
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
        @Size(max = 4000) String supportRequested,
        @NotAfterReceipt Instant handlingEndedAt) {
}
