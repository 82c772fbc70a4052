package cn.healthsec.reporting.mlps;

import cn.healthsec.reporting.mlps.api.MlpsFilingRequest;
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

@Path("/api/v1/mlps-filings")
public class MlpsFilingResource {

    static final ReportIntake.Form<MlpsFilingRequest> FORM = new ReportIntake.Form<>("fileMlpsFiling", SubmissionType.MLPS_FILING,
            MlpsFilingRequest.class, MlpsFilingChecks::check, MlpsFilingChecks.SCANNER, MlpsFilingRequest::institution);

    @Inject
    ReportIntake intake;

    @Inject
    MlpsFilingService filings;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.INSTITUTION, Role.DELEGATE})
    public Response file(JsonNode body, @HeaderParam(IdempotencyKey.HEADER) String idempotencyKey,
                         @QueryParam("dryRun") String dryRun, @Context HttpHeaders headers) {
        return intake.take(FORM, body, idempotencyKey, ReportIntake.dryRun(dryRun), headers, filings::file);
    }
}
