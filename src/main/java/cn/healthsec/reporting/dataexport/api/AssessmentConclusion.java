package cn.healthsec.reporting.dataexport.api;

/** What an assessment concluded of the risk. */
public enum AssessmentConclusion {
    ACCEPTABLE,
    ACCEPTABLE_WITH_MEASURES,
    NOT_ACCEPTABLE
}
