package cn.healthsec.reporting.rectification.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A rectification notice as the authority writes it: what was found (a summary and each problem),
 * by when the institution answers with its rectification report, and the authority's own document
 * number when it has one. {@code id}, when the authority's system gives one, is the notice's id:
 * issuing the same notice again under it answers the first one (a retry after a lost answer issues
 * nothing twice).
 */
public record RectificationNoticeRequest(
        UUID id,
        @NotNull @Size(min = 1, max = 2000) String summary,
        @NotEmpty @Size(max = 100) List<@NotNull @Valid NoticeProblem> problems,
        @NotNull LocalDate dueOn,
        @Size(max = 64) String documentNumber) {
}
