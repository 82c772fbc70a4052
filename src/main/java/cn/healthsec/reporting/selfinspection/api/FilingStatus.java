package cn.healthsec.reporting.selfinspection.api;

/** Where a network's MLPS filing stands, as the inventory found it (2022 Measures art. 9(1): "摸清本单位网络定级、备案等情况"). */
public enum FilingStatus {
    /** Filed with public security at its level. */
    FILED,
    /** Level 2 or above and not filed: art. 6(2) requires it. */
    NOT_FILED,
    /** Level 1: not filed (RULEBOOK A4). */
    NOT_REQUIRED,
    /** The network is retired and its filing withdrawn. */
    WITHDRAWN
}
