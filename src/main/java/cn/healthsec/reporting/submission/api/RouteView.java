package cn.healthsec.reporting.submission.api;

import cn.healthsec.reporting.rules.Citation;

import java.time.OffsetDateTime;

/**
 * One recipient of a report, the route's basis and its structured citation. Incident routes carry a
 * clock: {@code dueAt}, its basis, and whether
 * the report reached the recipient in time ({@code clockState} MET or LATE); null elsewhere.
 */
public record RouteView(String authorityId, String reason, String reasonText, String basis, Citation citation,
                        boolean acknowledged, OffsetDateTime acknowledgedAt,
                        OffsetDateTime dueAt, String clockState, String clockBasis, Citation clockCitation) {
}
