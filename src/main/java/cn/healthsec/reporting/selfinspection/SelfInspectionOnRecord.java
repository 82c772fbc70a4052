package cn.healthsec.reporting.selfinspection;

import cn.healthsec.reporting.selfinspection.api.RectificationState;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** One accepted self-inspection report as the record keeps it: its year, and each rectification item as it stated it. */
public record SelfInspectionOnRecord(UUID submissionId, int year, Instant receivedAt, List<Item> items) {

    public SelfInspectionOnRecord {
        items = List.copyOf(items);
    }

    public record Item(String itemId, LocalDate targetDate, RectificationState state, LocalDate completedOn) {
    }
}
