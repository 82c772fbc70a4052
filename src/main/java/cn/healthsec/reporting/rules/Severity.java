package cn.healthsec.reporting.rules;

/** How much a finding matters to the regulator reading the receipt. */
public enum Severity {
    INFO,
    WARNING,
    VIOLATION
}
