package cn.healthsec.reporting.catalogue;

import cn.healthsec.reporting.catalogue.api.CatalogueReportRequest;
import cn.healthsec.reporting.institution.Institution;
import cn.healthsec.reporting.problem.RequestReader;
import cn.healthsec.reporting.rules.LegalTime;
import cn.healthsec.reporting.security.Caller;
import cn.healthsec.reporting.security.CallerResolver;
import cn.healthsec.reporting.security.Role;
import cn.healthsec.reporting.submission.IdempotencyKey;
import cn.healthsec.reporting.submission.ReceiptResponses;
import cn.healthsec.reporting.submission.SubmissionService;
import cn.healthsec.reporting.submission.SubmissionType;
import cn.healthsec.reporting.submission.Submitters;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.time.Instant;

@Path("/api/v1/data-catalogue-reports")
public class CatalogueReportResource {

    @Inject
    CallerResolver callers;

    @Inject
    RequestReader reader;

    @Inject
    Submitters submitters;

    @Inject
    CatalogueReportService reports;

    @Inject
    ReceiptResponses receipts;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.INSTITUTION)
    public Response file(JsonNode body, @HeaderParam(IdempotencyKey.HEADER) String idempotencyKey, @Context HttpHeaders headers) {
        Instant receivedAt = LegalTime.now();
        Caller caller = callers.current();
        String key = IdempotencyKey.check(idempotencyKey);
        CatalogueReportRequest report = reader.readReport(body, CatalogueReportRequest.class,
                r -> CatalogueReportChecks.check(r, receivedAt), CatalogueReportChecks.SCANNER);
        Institution institution = submitters.resolve(caller, report.institution(), SubmissionType.DATA_CATALOGUE_REPORT);
        SubmissionService.Accepted accepted = reports.file(report, body, institution, caller, receivedAt, key);
        return receipts.of(accepted, headers);
    }
}
