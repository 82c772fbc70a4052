package cn.healthsec.reporting.submission.api;

import java.time.OffsetDateTime;

/**
 * One recipient of a report. Incident routes carry a clock: {@code dueAt}, its basis, and whether
 * the report reached the recipient in time ({@code clockState} MET or LATE); null elsewhere.
 */
public record RouteView(String authorityId, String reason, String reasonText, String basis,
                        boolean acknowledged, OffsetDateTime acknowledgedAt,
                        OffsetDateTime dueAt, String clockState, String clockBasis) {
}
