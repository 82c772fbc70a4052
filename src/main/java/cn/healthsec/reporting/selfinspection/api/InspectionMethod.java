package cn.healthsec.reporting.selfinspection.api;

/** How the self-inspection was done (2022 Measures art. 9: "文档核验、漏洞扫描、渗透测试等多种形式"). */
public enum InspectionMethod {
    DOCUMENT_REVIEW,
    VULNERABILITY_SCAN,
    PENETRATION_TEST,
    CONFIGURATION_CHECK,
    LOG_AUDIT,
    OTHER
}
