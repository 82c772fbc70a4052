package cn.healthsec.reporting.dataexport.api;

/** How the data reaches the recipient (2026 art. 13 ¶3 encourages "usable but invisible"). */
public enum ProvisionMethod {
    INTERFACE,
    FILE_TRANSFER,
    PHYSICAL_MEDIUM,
    /** Privacy computing, a data sandbox: the raw data does not leave the domain. */
    PRIVACY_COMPUTING,
    ON_SITE_ACCESS,
    OTHER
}
