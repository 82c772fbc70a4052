package cn.healthsec.reporting.rectification.api;

/** How serious a problem the authority found is. */
public enum ProblemSeverity {
    LOW, MEDIUM, HIGH, CRITICAL
}
