package cn.healthsec.reporting.incident.api;

import java.time.OffsetDateTime;
import java.util.UUID;

public record IncidentSummary(UUID id, String institution, IncidentCategory category, IncidentGrade effectiveGrade,
                              OffsetDateTime discoveredAt, String status) {
}
