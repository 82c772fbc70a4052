package cn.healthsec.reporting.obligation.api;

import cn.healthsec.reporting.rules.Citation;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * One obligation as the ledger holds it now. {@code state} is computed at the moment of reading;
 * {@code origin} says whether the due date is the law's number ({@code STATUTORY}) or the
 * service's configurable policy ({@code POLICY}).
 */
public record ObligationView(
        String id,
        String kind,
        String institutionUscc,
        String subject,
        LocalDate dueOn,
        OffsetDateTime dueAt,
        boolean provisional,
        String state,
        MetBy metBy,
        String basis,
        Citation citation,
        String origin,
        String rule) {

    /** The submission that met the obligation, and when. */
    public record MetBy(UUID submissionId, String reference, LocalDate metOn, OffsetDateTime metAt) {
    }
}
