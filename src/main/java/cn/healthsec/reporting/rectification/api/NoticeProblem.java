package cn.healthsec.reporting.rectification.api;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** One problem a notice names: the authority's id for it, what it is and how serious. */
public record NoticeProblem(
        @NotNull @Pattern(regexp = "^[A-Za-z0-9._-]{1,64}$") String id,
        @NotNull @Size(min = 1, max = 1000) String description,
        @NotNull ProblemSeverity severity) {
}
