package cn.healthsec.reporting.incident;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * One incident as the record keeps it: when it was discovered, when handling ended (null while it
 * goes on), its reports, and the hour clock of each recipient whose route has one.
 */
public record IncidentOnRecord(UUID id, Instant discoveredAt, Instant handlingEndedAt, Instant closedAt,
                               List<Report> reports, List<RouteClock> clocks) {

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
