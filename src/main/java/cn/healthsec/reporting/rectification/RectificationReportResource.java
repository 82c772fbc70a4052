package cn.healthsec.reporting.rectification;

import cn.healthsec.reporting.rectification.api.RectificationReportRequest;
import cn.healthsec.reporting.rules.SubmissionType;
import cn.healthsec.reporting.security.Role;
import cn.healthsec.reporting.submission.IdempotencyKey;
import cn.healthsec.reporting.submission.ReportIntake;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

@Path("/api/v1/rectification-reports")
public class RectificationReportResource {

    static final ReportIntake.Form<RectificationReportRequest> FORM = new ReportIntake.Form<>("fileRectificationReport",
            SubmissionType.RECTIFICATION_REPORT, RectificationReportRequest.class, RectificationChecks::report, RectificationChecks.SCANNER,
            RectificationReportRequest::institution);

    @Inject
    ReportIntake intake;

    @Inject
    RectificationService reports;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.INSTITUTION, Role.DELEGATE})
    public Response file(JsonNode body, @HeaderParam(IdempotencyKey.HEADER) String idempotencyKey,
                         @QueryParam("dryRun") String dryRun, @Context HttpHeaders headers) {
        return intake.take(FORM, body, idempotencyKey, ReportIntake.dryRun(dryRun), headers, reports::file);
    }
}
