package cn.healthsec.reporting.selfinspection.api;

/** How serious a problem the self-inspection found is. */
public enum FindingSeverity {
    LOW,
    MEDIUM,
    HIGH,
    CRITICAL;

    public boolean serious() {
        return this == HIGH || this == CRITICAL;
    }
}
