package cn.healthsec.reporting.rules;

import java.time.Instant;
import java.time.LocalDate;

/**
 * An obligation with a legal due date (end of {@code dueOn} in Asia/Shanghai) and, once done, the
 * date it was done. {@code provisional} when the due date depends on a year the holiday calendar
 * does not know yet.
 */
public record Deadline(String obligation, LocalDate dueOn, boolean provisional, LocalDate doneOn, Basis basis) {

    /** Where the obligation stands at {@code now}: a stored PENDING can become OVERDUE later. */
    public DeadlineState stateAt(Instant now) {
        if (doneOn != null) {
            return doneOn.isAfter(dueOn) ? DeadlineState.LATE : DeadlineState.MET;
        }
        return now.isBefore(LegalTime.endOf(dueOn)) ? DeadlineState.PENDING : DeadlineState.OVERDUE;
    }
}
