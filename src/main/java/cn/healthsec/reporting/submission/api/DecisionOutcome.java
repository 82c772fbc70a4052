package cn.healthsec.reporting.submission.api;

/** What the primary recipient decides on a submission. */
public enum DecisionOutcome {
    /** Accepted as filed. */
    ACCEPTED,
    /** Returned to the institution, which owes a corrected version (an amendment). */
    RETURNED_FOR_CORRECTION,
    /** An application approved (a cross-border application, a new network's level): only for the types that apply. */
    APPROVED,
    /** An application refused, with the reasons in the comment: only for the types that apply. */
    REFUSED;

    /** What an ordinary report may be answered with. */
    public static final java.util.Set<DecisionOutcome> REPORT = java.util.EnumSet.of(ACCEPTED, RETURNED_FOR_CORRECTION);
    /** What an application for approval may be answered with. */
    public static final java.util.Set<DecisionOutcome> APPLICATION = java.util.EnumSet.of(APPROVED, REFUSED, RETURNED_FOR_CORRECTION);
}
