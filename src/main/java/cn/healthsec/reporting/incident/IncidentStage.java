package cn.healthsec.reporting.incident;

public enum IncidentStage {
    INITIAL,
    UPDATE,
    FINAL
}
