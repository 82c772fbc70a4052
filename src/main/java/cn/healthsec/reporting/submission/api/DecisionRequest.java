package cn.healthsec.reporting.submission.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.List;

/**
 * An authority's decision on a submission it received as primary recipient. A return for
 * correction carries a comment and at least one field finding (see {@code DecisionChecks}); an
 * acceptance may carry a comment and no findings.
 */
public record DecisionRequest(
        @NotNull DecisionOutcome outcome,
        @Size(max = 2000) String comment,
        @Size(max = 100) List<@NotNull @Valid FieldFinding> findings) {

    /**
     * What is wrong with one field of the submitted document: {@code field} is a JSON pointer
     * (RFC 6901) into it ("" for the whole document; it may name a member the document lacks), a
     * code of the authority's choosing and the message the institution reads.
     */
    public record FieldFinding(
            @NotNull @Size(max = 300) String field,
            @NotNull @Size(max = 64) @jakarta.validation.constraints.Pattern(regexp = "^[A-Z][A-Z0-9_]{1,63}$") String code,
            @NotNull @Size(min = 1, max = 500) String message) {
    }
}
