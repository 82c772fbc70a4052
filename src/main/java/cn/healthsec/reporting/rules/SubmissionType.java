package cn.healthsec.reporting.rules;

/** The kinds of report; the prefix starts each human-readable reference. */
public enum SubmissionType {
    MLPS_FILING("MLPS"),
    DATA_CATALOGUE_REPORT("CAT"),
    RISK_ASSESSMENT_REPORT("RA"),
    INCIDENT_REPORT("INC"),
    SELF_INSPECTION_REPORT("SIR"),
    /** The answer to an authority's rectification notice (2022 Measures arts. 9, 24). */
    RECTIFICATION_REPORT("RR"),
    /** Risks and hazards that may cause an important- or core-data incident (2026 Data Measures art. 24 ¶3; 2022 Measures art. 25). */
    HAZARD_REPORT("HZ"),
    /** The external provision of the institution's data (2026 Data Measures art. 15 ¶3). */
    EXTERNAL_PROVISION_REPORT("EP"),
    /** An application for review and approval of a data export (2026 Data Measures art. 22(4)); decided APPROVED, REFUSED or returned. */
    CROSS_BORDER_APPLICATION("CBA"),
    /** A new network's level put to the superior for approval at the planning stage (2022 Measures art. 6(1)); decided likewise. */
    LEVEL_APPROVAL_REQUEST("LAR");

    private final String referencePrefix;

    SubmissionType(String referencePrefix) {
        this.referencePrefix = referencePrefix;
    }

    public String referencePrefix() {
        return referencePrefix;
    }
}
