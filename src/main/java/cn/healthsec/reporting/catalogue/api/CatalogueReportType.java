package cn.healthsec.reporting.catalogue.api;

/** Why a catalogue is reported: the periodic review, a grade change, or a reorganization (2026 art. 21). */
public enum CatalogueReportType {
    PERIODIC_REVIEW,
    GRADE_CHANGE,
    REORGANIZATION
}
