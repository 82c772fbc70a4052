package cn.healthsec.reporting.rules;

/**
 * How sure we are of a rule's text (RULEBOOK §0). Rules whose provenance is {@link #isPolicy() policy}
 * are configurable and are marked so in receipts; they are never presented as law.
 */
public enum Provenance {
    OFFICIAL_TEXT,
    OFFICIAL_REPRINT,
    QUOTED_BY_SECONDARY,
    TRANSLATION,
    COMMENTARY,
    DRAFT,
    INFERENCE,
    UNCONFIRMED;

    public boolean isPolicy() {
        return this == COMMENTARY || this == DRAFT || this == INFERENCE || this == UNCONFIRMED;
    }
}
