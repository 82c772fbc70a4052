package cn.healthsec.reporting.incident.api;

import cn.healthsec.reporting.rules.Citation;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** An incident with all its reports, every recipient with its clock, and the final report's due date. */
public record IncidentView(
        UUID id,
        String institution,
        IncidentCategory category,
        OffsetDateTime discoveredAt,
        IncidentGrade declaredGrade,
        IncidentGrade computedGrade,
        IncidentGrade effectiveGrade,
        String status,
        OffsetDateTime handlingEndedAt,
        List<Report> reports,
        List<Recipient> routes,
        FinalReportClock finalReport) {

    public record Report(UUID submissionId, String reference, String stage, OffsetDateTime receivedAt, String status) {
    }

    /** One recipient: when it first got the incident, by when it had to, and whether every report was acknowledged. */
    public record Recipient(String authorityId, String reason, String basis, Citation citation, OffsetDateTime firstDeliveredAt,
                            OffsetDateTime dueAt, String clockState, String clockBasis, Citation clockCitation, int reportsDelivered,
                            boolean allAcknowledged) {
    }

    /**
     * The final (summary) report: due 30 days after handling ends for an incident of 较大 or above,
     * the policy's days below that with important or core data; unknown (null) while handling goes
     * on. {@code owed} false: none is owed (a 一般 incident without such data) — {@code state} then
     * says only whether one was filed all the same (MET) or not (PENDING), never LATE or OVERDUE.
     */
    public record FinalReportClock(LocalDate dueOn, String state, String basis, Citation citation, boolean owed) {
    }
}
