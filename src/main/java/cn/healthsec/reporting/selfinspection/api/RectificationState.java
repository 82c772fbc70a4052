package cn.healthsec.reporting.selfinspection.api;

/** Where a rectification item stands. */
public enum RectificationState {
    OPEN,
    IN_PROGRESS,
    DONE
}
