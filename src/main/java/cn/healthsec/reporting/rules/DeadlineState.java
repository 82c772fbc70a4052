package cn.healthsec.reporting.rules;

/** Where an obligation with a due date stands at the moment the receipt is read. */
public enum DeadlineState {
    /** Done on or before the due date. */
    MET,
    /** Done, after the due date. */
    LATE,
    /** Not done yet, still in time. */
    PENDING,
    /** Not done, and the due date has passed. */
    OVERDUE;

    public boolean isBreach() {
        return this == LATE || this == OVERDUE;
    }
}
