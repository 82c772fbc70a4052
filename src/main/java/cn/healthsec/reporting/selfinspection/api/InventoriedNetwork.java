package cn.healthsec.reporting.selfinspection.api;

import cn.healthsec.reporting.problem.NotAfterReceipt;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;

/** One network of the asset inventory: its MLPS id (as filed), its level, its filing status and its last assessment. */
public record InventoriedNetwork(
        @NotBlank @Size(max = 64) @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9._-]*") String id,
        @NotBlank @Size(max = 200) String name,
        @NotNull @Min(1) @Max(5) Integer protectionLevel,
        @NotNull FilingStatus filingStatus,
        @NotAfterReceipt LocalDate lastAssessmentOn) {
}
