package cn.healthsec.reporting.vocabulary;

/** Processing activities as 2026 Data Measures art. 9(4) lists them. */
public enum ProcessingMethod {
    COLLECTION,
    STORAGE,
    USE,
    PROCESSING,
    TRANSMISSION,
    PROVISION,
    DISCLOSURE,
    DELETION
}
