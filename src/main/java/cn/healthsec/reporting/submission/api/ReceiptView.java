package cn.healthsec.reporting.submission.api;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** What the service answers when it accepts a report, and shows again with the report later. */
public record ReceiptView(
        UUID id,
        String reference,
        String type,
        String institution,
        OffsetDateTime receivedAt,
        String status,
        List<DeadlineView> deadlines,
        List<FindingView> findings,
        List<MeasurementView> measurements,
        List<RouteView> routes) {
}
