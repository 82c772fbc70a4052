package cn.healthsec.reporting.incident;

import cn.healthsec.reporting.incident.api.FinalIncidentReport;
import cn.healthsec.reporting.incident.api.IncidentSummary;
import cn.healthsec.reporting.incident.api.IncidentUpdate;
import cn.healthsec.reporting.incident.api.IncidentView;
import cn.healthsec.reporting.incident.api.InitialIncidentReport;
import cn.healthsec.reporting.institution.Institution;
import cn.healthsec.reporting.problem.ProblemException;
import cn.healthsec.reporting.problem.RequestReader;
import cn.healthsec.reporting.rules.LegalTime;
import cn.healthsec.reporting.security.Caller;
import cn.healthsec.reporting.security.CallerResolver;
import cn.healthsec.reporting.security.Role;
import cn.healthsec.reporting.submission.Cursor;
import cn.healthsec.reporting.submission.IdempotencyKey;
import cn.healthsec.reporting.submission.ReceiptResponses;
import cn.healthsec.reporting.submission.SubmissionType;
import cn.healthsec.reporting.submission.Submitters;
import cn.healthsec.reporting.submission.api.Page;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

@Path("/api/v1/incidents")
@Produces(MediaType.APPLICATION_JSON)
public class IncidentResource {

    static final int DEFAULT_LIMIT = 50;
    static final int MAX_LIMIT = 500;

    @Inject
    CallerResolver callers;

    @Inject
    RequestReader reader;

    @Inject
    Submitters submitters;

    @Inject
    IncidentService incidents;

    @Inject
    IncidentQueries queries;

    @Inject
    ReceiptResponses receipts;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.INSTITUTION)
    public Response open(JsonNode body, @HeaderParam(IdempotencyKey.HEADER) String idempotencyKey, @Context HttpHeaders headers) {
        Instant receivedAt = LegalTime.now();
        Caller caller = callers.current();
        String key = IdempotencyKey.check(idempotencyKey);
        InitialIncidentReport r = reader.readReport(body, InitialIncidentReport.class, x -> IncidentChecks.initial(x, receivedAt),
                IncidentChecks.SCANNER);
        Institution institution = submitters.resolve(caller, r.institution(), SubmissionType.INCIDENT_REPORT);
        return receipts.of(incidents.open(r, body, institution, caller, receivedAt, key), headers);
    }

    @POST
    @Path("/{id}/updates")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.INSTITUTION)
    public Response update(@PathParam("id") String id, JsonNode body, @HeaderParam(IdempotencyKey.HEADER) String idempotencyKey,
                           @Context HttpHeaders headers) {
        Instant receivedAt = LegalTime.now();
        Caller caller = callers.current();
        UUID incident = uuid(id);
        String key = IdempotencyKey.check(idempotencyKey);
        IncidentUpdate u = reader.readReport(body, IncidentUpdate.class, x -> List.of(), IncidentChecks.SCANNER);
        Institution institution = submitters.resolve(caller, null, SubmissionType.INCIDENT_REPORT);
        return receipts.of(incidents.update(incident, u, body, institution, caller, receivedAt, key), headers);
    }

    @POST
    @Path("/{id}/final-report")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.INSTITUTION)
    public Response close(@PathParam("id") String id, JsonNode body, @HeaderParam(IdempotencyKey.HEADER) String idempotencyKey,
                          @Context HttpHeaders headers) {
        Instant receivedAt = LegalTime.now();
        Caller caller = callers.current();
        UUID incident = uuid(id);
        String key = IdempotencyKey.check(idempotencyKey);
        FinalIncidentReport f = reader.readReport(body, FinalIncidentReport.class, x -> IncidentChecks.finalReport(x, receivedAt),
                IncidentChecks.SCANNER);
        Institution institution = submitters.resolve(caller, null, SubmissionType.INCIDENT_REPORT);
        return receipts.of(incidents.close(incident, f, body, institution, caller, receivedAt, key), headers);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Role.INSTITUTION, Role.AUTHORITY})
    public IncidentView get(@PathParam("id") String id) {
        return queries.get(uuid(id), callers.current());
    }

    @GET
    @RolesAllowed({Role.INSTITUTION, Role.AUTHORITY})
    public Page<IncidentSummary> list(@QueryParam("open") Boolean open, @QueryParam("after") String after,
                                      @QueryParam("limit") Integer limit) {
        return queries.list(callers.current(), open, after, Cursor.limit(limit, DEFAULT_LIMIT, MAX_LIMIT));
    }

    /** A malformed id names nothing: the same answer as an incident the caller may not see. */
    private static UUID uuid(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw ProblemException.notFound();
        }
    }
}
