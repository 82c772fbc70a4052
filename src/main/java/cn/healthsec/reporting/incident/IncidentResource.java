package cn.healthsec.reporting.incident;

import cn.healthsec.reporting.incident.api.FinalIncidentReport;
import cn.healthsec.reporting.incident.api.IncidentSummary;
import cn.healthsec.reporting.incident.api.IncidentUpdate;
import cn.healthsec.reporting.incident.api.IncidentView;
import cn.healthsec.reporting.problem.ProblemException;
import cn.healthsec.reporting.problem.QueryParameters;
import cn.healthsec.reporting.rules.SubmissionType;
import cn.healthsec.reporting.security.CallerResolver;
import cn.healthsec.reporting.security.Role;
import cn.healthsec.reporting.submission.IntakeParameters;
import cn.healthsec.reporting.submission.ReportForm;
import cn.healthsec.reporting.submission.ReportIntake;
import cn.healthsec.reporting.submission.ReportType;
import cn.healthsec.reporting.web.Page;
import cn.healthsec.reporting.web.PageSize;
import cn.healthsec.reporting.web.Paging;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.util.List;
import java.util.UUID;

@Path("/api/v1/incidents")
@Produces(MediaType.APPLICATION_JSON)
public class IncidentResource {

    static final PageSize PAGE = new PageSize(50, 500);

    @Inject
    CallerResolver callers;

    @Inject
    ReportIntake intake;

    @Inject
    IncidentService incidents;

    @Inject
    IncidentQueries queries;

    static final ReportForm<IncidentUpdate> UPDATE = new ReportForm<>("updateIncident", SubmissionType.INCIDENT_REPORT,
            IncidentUpdate.class, u -> List.of(), IncidentChecks.SCANNER, u -> null);
    static final ReportForm<FinalIncidentReport> FINAL = new ReportForm<>("reportIncidentFinal", SubmissionType.INCIDENT_REPORT,
            FinalIncidentReport.class, f -> List.of(), IncidentChecks.SCANNER, f -> null);

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.INSTITUTION, Role.DELEGATE})
    public Response open(JsonNode body, @BeanParam IntakeParameters parameters) {
        return intake.take(incidents, body, parameters);
    }

    /** A later report of incident {@code id}: its Idempotency-Key is bound to that incident. */
    @POST
    @Path("/{id}/updates")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.INSTITUTION, Role.DELEGATE})
    public Response update(@PathParam("id") String id, JsonNode body, @BeanParam IntakeParameters parameters) {
        UUID incident = uuid(id);
        return intake.take(ReportType.followUp(UPDATE, r -> incidents.update(incident, r)), incident, body, parameters);
    }

    /** The final report of incident {@code id}: its Idempotency-Key is bound to that incident. */
    @POST
    @Path("/{id}/final-report")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.INSTITUTION, Role.DELEGATE})
    public Response close(@PathParam("id") String id, JsonNode body, @BeanParam IntakeParameters parameters) {
        UUID incident = uuid(id);
        return intake.take(ReportType.followUp(FINAL, r -> incidents.close(incident, r)), incident, body, parameters);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Role.INSTITUTION, Role.DELEGATE, Role.AUTHORITY})
    public IncidentView get(@PathParam("id") String id) {
        return queries.get(uuid(id), callers.current());
    }

    @GET
    @RolesAllowed({Role.INSTITUTION, Role.DELEGATE, Role.AUTHORITY})
    public Page<IncidentSummary> list(@QueryParam("open") String open, @BeanParam Paging paging) {
        QueryParameters q = QueryParameters.read();
        Boolean onlyOpen = q.bool("open", open);
        int pageSize = paging.checkedLimit(q, PAGE);
        return queries.list(callers.current(), onlyOpen, paging.after(), pageSize);
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
