package cn.healthsec.reporting.catalogue.api;

/** The circumstances of 2026 Data Measures art. 7 that require a grade change. */
public enum GradeChangeReason {
    /** art. 7(1): a material change in the content. */
    CONTENT_CHANGED,
    /** art. 7(2): a material change in scale, currency, application scenarios or processing methods. */
    SCALE_CURRENCY_SCENARIO_OR_METHOD_CHANGED,
    /** art. 7(3): any other circumstance requiring a change. */
    OTHER_CIRCUMSTANCE
}
