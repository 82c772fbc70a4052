package cn.healthsec.reporting.vocabulary;

/** The ground a cross-border transfer relies on (2026 Data Measures art. 22(4)). */
public enum CrossBorderLegalBasis {
    SECURITY_ASSESSMENT,
    STANDARD_CONTRACT,
    CERTIFICATION,
    ACADEMIC_EXEMPTION
}
