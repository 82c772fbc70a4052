package cn.healthsec.reporting.rules;

/** The kinds of report; the prefix starts each human-readable reference. */
public enum SubmissionType {
    MLPS_FILING("MLPS"),
    DATA_CATALOGUE_REPORT("CAT"),
    RISK_ASSESSMENT_REPORT("RA"),
    INCIDENT_REPORT("INC"),
    SELF_INSPECTION_REPORT("SIR");

    private final String referencePrefix;

    SubmissionType(String referencePrefix) {
        this.referencePrefix = referencePrefix;
    }

    public String referencePrefix() {
        return referencePrefix;
    }
}
