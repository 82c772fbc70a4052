package cn.healthsec.reporting.submission;

import cn.healthsec.reporting.problem.Messages;
import cn.healthsec.reporting.problem.ProblemException;
import cn.healthsec.reporting.problem.QueryParameters;
import cn.healthsec.reporting.rules.SubmissionType;
import cn.healthsec.reporting.security.CallerResolver;
import cn.healthsec.reporting.security.Role;
import cn.healthsec.reporting.submission.api.SubmissionSummary;
import cn.healthsec.reporting.submission.api.SubmissionView;
import cn.healthsec.reporting.web.Page;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

import java.time.Instant;
import java.util.UUID;

@Path("/api/v1/submissions")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.INSTITUTION, Role.AUTHORITY})
public class SubmissionResource {

    static final int DEFAULT_LIMIT = 50;
    static final int MAX_LIMIT = 500;

    @Inject
    CallerResolver callers;

    @Inject
    SubmissionQueries queries;

    @GET
    @Path("/{id}")
    public SubmissionView get(@PathParam("id") String id, @Context HttpHeaders headers) {
        UUID uuid;
        try {
            uuid = UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            // A malformed id names nothing: the same answer as an id the caller may not see.
            throw ProblemException.notFound();
        }
        return queries.get(uuid, callers.current(), Messages.choose(headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE)));
    }

    @GET
    public Page<SubmissionSummary> list(@QueryParam("type") String type, @QueryParam("since") String since,
                                        @QueryParam("after") String after, @QueryParam("limit") String limit) {
        QueryParameters q = QueryParameters.read();
        SubmissionType submissionType = q.oneOf("type", type, SubmissionType.class);
        Instant sinceInstant = q.instant("since", since);
        int pageSize = q.limit(limit, DEFAULT_LIMIT, MAX_LIMIT);
        q.check();
        return queries.list(callers.current(), submissionType, sinceInstant, after, pageSize);
    }
}
