package cn.healthsec.reporting.rules;

/** A named rule with its citation; every rule object the service applies implements this. */
public interface Rule {

    /** Stable identifier, e.g. {@code MLPS-PSB-FILING-10WD}. */
    String id();

    /** One sentence saying what the rule requires. */
    String summary();

    Basis basis();

    /**
     * Further provisions the rule rests on, besides its {@link #basis()}: the same duty stated by
     * another instrument (e.g. the 2018 Big Data Measures beside the 2022 Measures). Listed by the
     * rulebook; a receipt cites the basis.
     */
    default java.util.List<Basis> alsoRestsOn() {
        return java.util.List.of();
    }
}
