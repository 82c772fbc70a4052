package cn.healthsec.reporting.rules;

/** A named rule with its citation; every rule object the service applies implements this. */
public interface Rule {

    /** Stable identifier, e.g. {@code MLPS-PSB-FILING-10WD}. */
    String id();

    /** One sentence saying what the rule requires. */
    String summary();

    Basis basis();
}
