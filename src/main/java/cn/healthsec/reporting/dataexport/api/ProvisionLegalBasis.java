package cn.healthsec.reporting.dataexport.api;

/** Why the institution provides the data. */
public enum ProvisionLegalBasis {
    /** Under a contract or agreement with the recipient (2026 art. 10 ¶2). */
    AGREEMENT,
    /** In performance of a statutory duty or obligation (2026 art. 10 ¶1: no prior risk assessment owed). */
    STATUTORY_DUTY,
    /** With the individuals' consent. */
    CONSENT,
    /** Authorised operation of public data resources (2026 art. 14). */
    AUTHORISED_OPERATION,
    OTHER
}
