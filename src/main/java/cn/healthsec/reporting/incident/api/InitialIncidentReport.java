package cn.healthsec.reporting.incident.api;

import cn.healthsec.reporting.identifier.UsccFormat;
import cn.healthsec.reporting.problem.NotAfterReceipt;
import cn.healthsec.reporting.vocabulary.Contact;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.Instant;
import java.util.List;

/**
 * The first report of an incident. Items 1–2 of CAC Incident Measures art. 7 are required (the
 * unit and system overview; discovery, type, impact and measures taken); items 3–7 (trend, cause,
 * investigation leads, next measures, support requested) may follow in updates (art. 7 ¶2).
 */
public record InitialIncidentReport(
        @Size(max = 18) @UsccFormat String institution,
        @NotNull @NotAfterReceipt Instant discoveredAt,
        @NotAfterReceipt Instant occurredAt,
        @NotNull IncidentCategory category,
        @NotNull IncidentGrade declaredGrade,
        @NotNull @Valid Impact impact,
        @Size(max = 30) List<@NotBlank @Size(max = 64) String> affectedNetworks,
        @NotBlank @Size(max = 2000) String systemOverview,
        @NotBlank @Size(max = 4000) String description,
        @NotNull Boolean suspectedCrime,
        @NotBlank @Size(max = 4000) String measuresTaken,
        @Valid IndividualsNotified individualsNotified,
        @Valid Vulnerability vulnerability,
        @Size(max = 4000) String trend,
        @Size(max = 4000) String causeAnalysis,
        @Size(max = 4000) String investigationLeads,
        @Size(max = 4000) String nextMeasures,
        @Size(max = 4000) String supportRequested,
        @Valid Contact contact) {

    /** Items 3–7 are all still to come. */
    public boolean supplementsPending() {
        return blank(trend) && blank(causeAnalysis) && blank(investigationLeads) && blank(nextMeasures) && blank(supportRequested);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
