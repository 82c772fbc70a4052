package cn.healthsec.reporting.submission;

import cn.healthsec.reporting.rules.SubmissionType;
import cn.healthsec.reporting.security.Role;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * The collections a report is filed into, one operation each, all taken the same way: by
 * {@link ReportIntake} with the {@link ReportType} registered for the submission type. Incidents,
 * which also take updates and a final report, are filed at {@code /api/v1/incidents} (incident
 * capability).
 */
@Path("/api/v1")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.INSTITUTION, Role.DELEGATE})
public class ReportResource {

    @Inject
    ReportIntake intake;

    @Inject
    ReportTypes types;

    @POST
    @Path("/mlps-filings")
    public Response fileMlpsFiling(JsonNode body, @BeanParam IntakeParameters parameters) {
        return intake.take(types.of(SubmissionType.MLPS_FILING), body, parameters);
    }

    @POST
    @Path("/data-catalogue-reports")
    public Response fileDataCatalogueReport(JsonNode body, @BeanParam IntakeParameters parameters) {
        return intake.take(types.of(SubmissionType.DATA_CATALOGUE_REPORT), body, parameters);
    }

    @POST
    @Path("/risk-assessment-reports")
    public Response fileRiskAssessmentReport(JsonNode body, @BeanParam IntakeParameters parameters) {
        return intake.take(types.of(SubmissionType.RISK_ASSESSMENT_REPORT), body, parameters);
    }

    @POST
    @Path("/self-inspection-reports")
    public Response fileSelfInspectionReport(JsonNode body, @BeanParam IntakeParameters parameters) {
        return intake.take(types.of(SubmissionType.SELF_INSPECTION_REPORT), body, parameters);
    }

    @POST
    @Path("/rectification-reports")
    public Response fileRectificationReport(JsonNode body, @BeanParam IntakeParameters parameters) {
        return intake.take(types.of(SubmissionType.RECTIFICATION_REPORT), body, parameters);
    }

    @POST
    @Path("/hazard-reports")
    public Response fileHazardReport(JsonNode body, @BeanParam IntakeParameters parameters) {
        return intake.take(types.of(SubmissionType.HAZARD_REPORT), body, parameters);
    }

    @POST
    @Path("/external-provision-reports")
    public Response fileExternalProvisionReport(JsonNode body, @BeanParam IntakeParameters parameters) {
        return intake.take(types.of(SubmissionType.EXTERNAL_PROVISION_REPORT), body, parameters);
    }

    @POST
    @Path("/cross-border-applications")
    public Response fileCrossBorderApplication(JsonNode body, @BeanParam IntakeParameters parameters) {
        return intake.take(types.of(SubmissionType.CROSS_BORDER_APPLICATION), body, parameters);
    }

    @POST
    @Path("/level-approval-requests")
    public Response fileLevelApprovalRequest(JsonNode body, @BeanParam IntakeParameters parameters) {
        return intake.take(types.of(SubmissionType.LEVEL_APPROVAL_REQUEST), body, parameters);
    }
}
