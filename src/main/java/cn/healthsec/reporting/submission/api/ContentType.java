package cn.healthsec.reporting.submission.api;

import cn.healthsec.reporting.rules.SubmissionType;

/**
 * Which request schema a submission's content follows: the submission type, and for an incident
 * the stage of the report (its initial report, an update, the final report). A client switches on it
 * to read {@code content} as its type; {@code GET /submissions/{id}/content} answers the content
 * under this discriminator.
 */
public enum ContentType {
    MLPS_FILING,
    DATA_CATALOGUE_REPORT,
    RISK_ASSESSMENT_REPORT,
    INCIDENT_INITIAL_REPORT,
    INCIDENT_UPDATE,
    INCIDENT_FINAL_REPORT,
    SELF_INSPECTION_REPORT,
    RECTIFICATION_REPORT,
    HAZARD_REPORT,
    EXTERNAL_PROVISION_REPORT,
    CROSS_BORDER_APPLICATION,
    LEVEL_APPROVAL_REQUEST;

    /** The content type of a report whose type has one schema; an incident's depends on its stage. */
    public static ContentType of(SubmissionType type) {
        if (type == SubmissionType.INCIDENT_REPORT) {
            throw new IllegalArgumentException("an incident report's content type depends on its stage");
        }
        return valueOf(type.name());
    }
}
