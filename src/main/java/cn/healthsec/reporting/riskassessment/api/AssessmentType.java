package cn.healthsec.reporting.riskassessment.api;

/**
 * ANNUAL: the yearly report (Network Data Regulation art. 33; 2026 Data Measures art. 10).
 * PRE_PROVISION: before providing, entrusting or jointly processing important data (art. 10).
 * CORE_DATA_CROSS_ENTITY: the application when cross-entity provision of core data reaches 30%
 * of last year-end's static total (art. 11 ¶2).
 */
public enum AssessmentType {
    ANNUAL,
    PRE_PROVISION,
    CORE_DATA_CROSS_ENTITY
}
