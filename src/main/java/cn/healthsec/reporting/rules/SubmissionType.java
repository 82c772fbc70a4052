package cn.healthsec.reporting.rules;

/** The kinds of report; the prefix starts each human-readable reference. */
public enum SubmissionType {
    MLPS_FILING("MLPS"),
    DATA_CATALOGUE_REPORT("CAT"),
    RISK_ASSESSMENT_REPORT("RA"),
    INCIDENT_REPORT("INC"),
    SELF_INSPECTION_REPORT("SIR"),
    /** The answer to an authority's rectification notice (2022 Measures arts. 9, 24). */
    RECTIFICATION_REPORT("RR");

    private final String referencePrefix;

    SubmissionType(String referencePrefix) {
        this.referencePrefix = referencePrefix;
    }

    public String referencePrefix() {
        return referencePrefix;
    }
}
