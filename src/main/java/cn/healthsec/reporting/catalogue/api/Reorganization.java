package cn.healthsec.reporting.catalogue.api;

import cn.healthsec.reporting.identifier.UsccFormat;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;

/** A merger, division, dissolution or bankruptcy and its data-disposal plan (2026 Data Measures art. 21). */
public record Reorganization(
        @NotNull Kind kind,
        @NotNull LocalDate effectiveOn,
        @NotBlank @Size(max = 2000) String dataDisposalPlan,
        @Size(max = 18) @UsccFormat String successorUscc) {

    public enum Kind {
        MERGER,
        DIVISION,
        DISSOLUTION,
        BANKRUPTCY
    }
}
