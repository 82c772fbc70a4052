package cn.healthsec.reporting.selfinspection.api;

import cn.healthsec.reporting.problem.NotAfterReceipt;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;

/**
 * One rectification item (整改): what is to be done, for which finding, by when, and where it
 * stands. {@code id} is the institution's own and stable across years' reports: a later report
 * that shows it DONE meets it. {@code completedOn} is given exactly when the item is DONE.
 */
public record RectificationItem(
        @NotBlank @Size(max = 64) @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9._-]*") String id,
        @Size(max = 64) String findingId,
        @NotBlank @Size(max = 1000) String summary,
        @NotNull LocalDate targetDate,
        @NotNull RectificationState state,
        @NotAfterReceipt LocalDate completedOn) {
}
