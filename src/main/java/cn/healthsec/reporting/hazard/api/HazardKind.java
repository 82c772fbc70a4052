package cn.healthsec.reporting.hazard.api;

/** What kind of risk or hazard was found. */
public enum HazardKind {
    /** 漏洞隐患: a vulnerability in a system or component. */
    VULNERABILITY,
    /** A weakness of configuration or of access control. */
    MISCONFIGURATION,
    /** Abnormal access or behaviour seen in monitoring or logs (2026 art. 12). */
    ABNORMAL_ACTIVITY,
    /** A threat reported by intelligence, a sharing platform or an authority. */
    THREAT_INTELLIGENCE,
    /** A weakness of a supplier, an entrusted processor or a data recipient. */
    SUPPLY_CHAIN,
    /** Loss of a safeguard: power, premises, backup, staff. */
    OPERATIONAL,
    OTHER
}
