package cn.healthsec.reporting.selfinspection.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A problem or hidden danger the self-inspection found; {@code networkId}, when given, is a network of the inventory. */
public record InspectionFinding(
        @NotBlank @Size(max = 64) @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9._-]*") String id,
        @NotBlank @Size(max = 1000) String summary,
        @NotNull FindingSeverity severity,
        @Size(max = 64) String networkId) {
}
