package cn.healthsec.reporting.incident;

import cn.healthsec.reporting.incident.api.FinalIncidentReport;
import cn.healthsec.reporting.incident.api.IncidentSummary;
import cn.healthsec.reporting.incident.api.IncidentUpdate;
import cn.healthsec.reporting.incident.api.IncidentView;
import cn.healthsec.reporting.incident.api.InitialIncidentReport;
import cn.healthsec.reporting.problem.ProblemException;
import cn.healthsec.reporting.problem.QueryParameters;
import cn.healthsec.reporting.rules.SubmissionType;
import cn.healthsec.reporting.security.CallerResolver;
import cn.healthsec.reporting.security.Role;
import cn.healthsec.reporting.submission.IdempotencyKey;
import cn.healthsec.reporting.submission.Received;
import cn.healthsec.reporting.submission.ReportIntake;
import cn.healthsec.reporting.submission.SubmissionService;
import cn.healthsec.reporting.web.Page;
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

import java.util.List;
import java.util.UUID;
import java.util.function.BiFunction;

@Path("/api/v1/incidents")
@Produces(MediaType.APPLICATION_JSON)
public class IncidentResource {

    static final int DEFAULT_LIMIT = 50;
    static final int MAX_LIMIT = 500;

    @Inject
    CallerResolver callers;

    @Inject
    ReportIntake intake;

    @Inject
    IncidentService incidents;

    @Inject
    IncidentQueries queries;


    static final ReportIntake.Form<InitialIncidentReport> INITIAL = new ReportIntake.Form<>("reportIncident",
            SubmissionType.INCIDENT_REPORT, InitialIncidentReport.class, IncidentChecks::initial, IncidentChecks.SCANNER, InitialIncidentReport::institution);
    static final ReportIntake.Form<IncidentUpdate> UPDATE = new ReportIntake.Form<>("updateIncident",
            SubmissionType.INCIDENT_REPORT, IncidentUpdate.class, u -> List.of(), IncidentChecks.SCANNER, u -> null);
    static final ReportIntake.Form<FinalIncidentReport> FINAL = new ReportIntake.Form<>("reportIncidentFinal",
            SubmissionType.INCIDENT_REPORT, FinalIncidentReport.class, f -> List.of(), IncidentChecks.SCANNER, f -> null);

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.INSTITUTION, Role.DELEGATE})
    public Response open(JsonNode body, @HeaderParam(IdempotencyKey.HEADER) String idempotencyKey, @QueryParam("dryRun") String dryRun,
                         @Context HttpHeaders headers) {
        return intake.take(INITIAL, body, idempotencyKey, ReportIntake.dryRun(dryRun), headers, incidents::open);
    }

    @POST
    @Path("/{id}/updates")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.INSTITUTION, Role.DELEGATE})
    public Response update(@PathParam("id") String id, JsonNode body, @HeaderParam(IdempotencyKey.HEADER) String idempotencyKey,
                           @QueryParam("dryRun") String dryRun, @Context HttpHeaders headers) {
        return followUp(UPDATE, id, body, idempotencyKey, dryRun, headers, incidents::update);
    }

    @POST
    @Path("/{id}/final-report")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.INSTITUTION, Role.DELEGATE})
    public Response close(@PathParam("id") String id, JsonNode body, @HeaderParam(IdempotencyKey.HEADER) String idempotencyKey,
                          @QueryParam("dryRun") String dryRun, @Context HttpHeaders headers) {
        return followUp(FINAL, id, body, idempotencyKey, dryRun, headers, incidents::close);
    }

    /** A later report of incident {@code id}: its Idempotency-Key is bound to that incident. */
    private <T> Response followUp(ReportIntake.Form<T> form, String id, JsonNode body, String idempotencyKey, String dryRun,
                                  HttpHeaders headers, BiFunction<UUID, Received<T>, SubmissionService.Accepted> file) {
        UUID incident = uuid(id);
        boolean dry = ReportIntake.dryRun(dryRun);
        return intake.take(form, incident.toString(), body, idempotencyKey, dry, headers, received -> file.apply(incident, received));
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Role.INSTITUTION, Role.DELEGATE, Role.AUTHORITY})
    public IncidentView get(@PathParam("id") String id) {
        return queries.get(uuid(id), callers.current());
    }

    @GET
    @RolesAllowed({Role.INSTITUTION, Role.DELEGATE, Role.AUTHORITY})
    public Page<IncidentSummary> list(@QueryParam("open") String open, @QueryParam("after") String after,
                                      @QueryParam("limit") String limit) {
        QueryParameters q = QueryParameters.read();
        Boolean onlyOpen = q.bool("open", open);
        int pageSize = q.limit(limit, DEFAULT_LIMIT, MAX_LIMIT);
        q.check();
        return queries.list(callers.current(), onlyOpen, after, pageSize);
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
