package cn.healthsec.reporting.obligation;

/** What an institution owes; each kind is derived by one rule of {@link ObligationRules}, which cites its source. */
public enum ObligationKind {
    /** A level 2+ network's level decision (initial, change, withdrawal) filed with public security: 2022 Measures art. 6(2). */
    PUBLIC_SECURITY_FILING,
    /** The same decision reported to the superior health commission: 2022 Measures art. 6(2). */
    SUPERIOR_REPORT,
    /** The next level assessment of a network: 2022 Measures art. 6(4). */
    LEVEL_ASSESSMENT,
    /** Re-grading and re-filing of a network that a catalogue report puts important or core data on below its level: 2026 Data Measures art. 11 ¶1. */
    MLPS_REFILING,
    /** The periodic data review and catalogue report: 2022 Measures art. 20; 2026 Data Measures art. 6 ¶2. */
    CATALOGUE_REVIEW,
    /** The regular risk-assessment report to the local commission: 2026 Data Measures art. 9(3). */
    RISK_ASSESSMENT_REPORT,
    /** The annual risk-assessment report of an important-data institution: 2026 Data Measures art. 10. */
    ANNUAL_RISK_ASSESSMENT_REPORT,
    /** A recipient's hour clock of an incident report: RULEBOOK §D routes. */
    INCIDENT_ROUTE_CLOCK,
    /** An incident's final report, 30 days after handling ended: CAC Incident Measures art. 8. */
    INCIDENT_FINAL_REPORT,
    /** The annual security self-inspection and rectification report: 2022 Measures art. 9. */
    SELF_INSPECTION_REPORT,
    /** A rectification item of a self-inspection, due by its own target date: 2022 Measures art. 9(2) and 6(5). */
    RECTIFICATION_ITEM,
    /** The corrected version of a submission its primary recipient returned for correction: 2022 Measures art. 24 (policy working days). */
    CORRECTION,
    /** The rectification report answering an authority's rectification notice, by the notice's due date: 2022 Measures art. 24. */
    RECTIFICATION_NOTICE,
    /** A hazard report, within the policy's working days of the hazard's identification: 2026 Data Measures art. 24 ¶3; 2022 Measures art. 25. */
    HAZARD_REPORT,
    /** An external provision's report, within the policy's working days of its start: 2026 Data Measures art. 15 ¶3. */
    EXTERNAL_PROVISION_REPORT,
    /** An export's application for review and approval, before the export starts: 2026 Data Measures art. 22(4). */
    CROSS_BORDER_APPLICATION,
    /** A new network's level put to the superior for approval, before it goes live: 2022 Measures art. 6(1). */
    LEVEL_APPROVAL_REQUEST,
    /** The personal-information protection compliance audit, every policy interval: 2026 Data Measures art. 26. */
    PERSONAL_INFORMATION_AUDIT
}
