package cn.healthsec.reporting.riskassessment.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;

/** Item (4): a risk found, how severe, where its rectification stands, and by when it is due. */
public record Risk(
        @NotBlank @Size(max = 64) @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9._-]*") String id,
        @NotBlank @Size(max = 500) String description,
        @NotNull Severity severity,
        @NotNull Status status,
        LocalDate rectificationDueOn) {

    public enum Severity {
        LOW,
        MEDIUM,
        HIGH,
        CRITICAL;

        public boolean isHigh() {
            return this == HIGH || this == CRITICAL;
        }
    }

    public enum Status {
        OPEN,
        RECTIFYING,
        RESOLVED
    }
}
