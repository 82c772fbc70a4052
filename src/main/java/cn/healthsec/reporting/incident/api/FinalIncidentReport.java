package cn.healthsec.reporting.incident.api;

import cn.healthsec.reporting.problem.NotAfterReceipt;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.Instant;

/**
 * The summary after handling ends (CAC Incident Measures art. 8): cause, response measures, harm,
 * accountability, rectification and lessons; due within 30 days of {@code handlingEndedAt}.
 */
public record FinalIncidentReport(
        @NotNull @NotAfterReceipt Instant handlingEndedAt,
        @NotBlank @Size(max = 4000) String cause,
        @NotBlank @Size(max = 4000) String responseMeasures,
        @NotBlank @Size(max = 4000) String harm,
        @NotBlank @Size(max = 4000) String accountability,
        @NotBlank @Size(max = 4000) String rectification,
        @NotBlank @Size(max = 4000) String lessons,
        @Valid Impact impact,
        IncidentGrade declaredGrade) {
}
