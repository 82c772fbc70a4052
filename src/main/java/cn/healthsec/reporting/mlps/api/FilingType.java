package cn.healthsec.reporting.mlps.api;

/** What an MLPS filing reports: a first filing, a level change, or the withdrawal of a network. */
public enum FilingType {
    INITIAL,
    LEVEL_CHANGE,
    WITHDRAWAL
}
