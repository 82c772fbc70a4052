package cn.healthsec.reporting.incident;

import cn.healthsec.reporting.incident.api.IncidentGrade;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * One incident as the record keeps it: when it was discovered, when handling ended (null while it
 * goes on), its grade so far and whether it involves important or core data (which decide whether
 * a final report is owed), its reports, and the hour clock of each recipient whose route has one.
 */
public record IncidentOnRecord(UUID id, Instant discoveredAt, Instant handlingEndedAt, Instant closedAt, IncidentGrade grade,
                               boolean importantOrCoreData, List<Report> reports, List<RouteClock> clocks) {

    public IncidentOnRecord {
        reports = List.copyOf(reports);
        clocks = List.copyOf(clocks);
    }

    public record Report(UUID submissionId, IncidentStage stage, Instant receivedAt) {
    }

    /** A recipient's clock: by when it had to have the report, and the delivery that started it. */
    public record RouteClock(String authorityId, Instant dueAt, UUID submissionId, Instant deliveredAt, String basis,
                             String basisKey) {
    }
}
