package cn.healthsec.reporting.institution.api;

import cn.healthsec.reporting.problem.NotAfterReceipt;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;
import java.util.List;

/**
 * A health commission confirms items of an institution's data as important data (at any level) or
 * core data (provincial or above, policy) (2026 Data Measures art. 6 ¶1): which items (the institution's catalogue
 * item ids), at which grade, on which day, under which document.
 */
public record DeterminationRequest(
        @NotEmpty @Size(max = 500) List<@NotNull @Valid Item> items,
        @NotNull @NotAfterReceipt LocalDate determinedOn,
        @Size(max = 64) String documentNumber) {

    public record Item(@NotNull @Pattern(regexp = "^[A-Za-z0-9._-]{1,64}$") String itemId, @NotNull Grade grade) {
    }

    public enum Grade {
        IMPORTANT, CORE
    }
}
