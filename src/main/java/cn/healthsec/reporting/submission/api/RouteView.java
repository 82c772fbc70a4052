package cn.healthsec.reporting.submission.api;

import java.time.OffsetDateTime;

public record RouteView(String authorityId, String reason, String reasonText, String basis,
                        boolean acknowledged, OffsetDateTime acknowledgedAt) {
}
