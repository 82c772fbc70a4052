package cn.healthsec.reporting.rules;

import java.time.Instant;
import java.time.LocalDate;

/**
 * An obligation with a legal due date (end of {@code dueOn} in Asia/Shanghai) and, once done, the
 * date it was done. {@code provisional} when the due date depends on a year the holiday calendar
 * does not know yet. {@code ruleId} names the rule that set it ({@code null} in evaluations stored
 * before it was recorded).
 */
public record Deadline(String obligation, LocalDate dueOn, boolean provisional, LocalDate doneOn, Basis basis, String ruleId) {

    public Deadline(String obligation, LocalDate dueOn, boolean provisional, LocalDate doneOn, Basis basis) {
        this(obligation, dueOn, provisional, doneOn, basis, null);
    }

    Deadline byRule(String id) {
        return ruleId != null || id == null ? this : new Deadline(obligation, dueOn, provisional, doneOn, basis, id);
    }

    public Citation citation() {
        return basis.citation(ruleId);
    }

    /** Where the obligation stands at {@code now}: a stored PENDING can become OVERDUE later. */
    public DeadlineState stateAt(Instant now) {
        if (doneOn != null) {
            return doneOn.isAfter(dueOn) ? DeadlineState.LATE : DeadlineState.MET;
        }
        return now.isBefore(LegalTime.endOf(dueOn)) ? DeadlineState.PENDING : DeadlineState.OVERDUE;
    }
}
