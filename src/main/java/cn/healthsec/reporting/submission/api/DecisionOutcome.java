package cn.healthsec.reporting.submission.api;

/** What the primary recipient decides on a submission. */
public enum DecisionOutcome {
    /** Accepted as filed. */
    ACCEPTED,
    /** Returned to the institution, which owes a corrected version (an amendment). */
    RETURNED_FOR_CORRECTION
}
