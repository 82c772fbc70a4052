package cn.healthsec.reporting.catalogue.api;

import cn.healthsec.reporting.identifier.UsccFormat;
import cn.healthsec.reporting.problem.NotAfterReceipt;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;

/**
 * A merger, division, dissolution or bankruptcy and its data-disposal plan (2026 Data Measures art.
 * 21), and to whom the institution's healthcare data went and when (2018 Big Data Measures art. 34:
 * "transfer the healthcare big data under its management completely and safely to the institution
 * that continues to perform its functions or the health administrative department within its
 * jurisdiction"); null while not yet transferred.
 */
public record Reorganization(
        @NotNull Kind kind,
        @NotNull LocalDate effectiveOn,
        @NotBlank @Size(max = 2000) String dataDisposalPlan,
        @Size(max = 18) @UsccFormat String successorUscc,
        @Valid DataTransfer dataTransfer) {

    /** To whom the data was transferred (an organisation, never a person) and on which day. */
    public record DataTransfer(@NotNull Recipient recipient, @NotBlank @Size(max = 200) String recipientName,
                               @Size(max = 18) @UsccFormat String recipientUscc, @NotNull @NotAfterReceipt LocalDate transferredOn) {
    }

    /** Art. 34's two recipients. */
    public enum Recipient {
        SUCCESSOR,
        HEALTH_ADMINISTRATIVE_DEPARTMENT
    }

    public enum Kind {
        MERGER,
        DIVISION,
        DISSOLUTION,
        BANKRUPTCY
    }
}
