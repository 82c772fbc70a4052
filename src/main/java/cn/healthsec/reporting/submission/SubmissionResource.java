package cn.healthsec.reporting.submission;

import cn.healthsec.reporting.privacy.MetadataOnlyScanner;
import cn.healthsec.reporting.problem.FieldError;
import cn.healthsec.reporting.problem.Messages;
import cn.healthsec.reporting.problem.ProblemException;
import cn.healthsec.reporting.problem.QueryParameters;
import cn.healthsec.reporting.rules.LegalTime;
import cn.healthsec.reporting.rules.SubmissionType;
import cn.healthsec.reporting.security.CallerResolver;
import cn.healthsec.reporting.security.Role;
import cn.healthsec.reporting.submission.api.DecisionRequest;
import cn.healthsec.reporting.submission.api.DecisionView;
import cn.healthsec.reporting.submission.api.HistoryEvent;
import cn.healthsec.reporting.submission.api.RetractionRequest;
import cn.healthsec.reporting.submission.api.SubmissionSummary;
import cn.healthsec.reporting.submission.api.VersionView;
import cn.healthsec.reporting.web.Page;
import cn.healthsec.reporting.web.PageSize;
import cn.healthsec.reporting.web.Paging;
import cn.healthsec.reporting.web.RequestReader;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
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

import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

@Path("/api/v1/submissions")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.INSTITUTION, Role.DELEGATE, Role.AUTHORITY})
public class SubmissionResource {

    static final PageSize PAGE = new PageSize(50, 500);

    /** RFC 6902's media type, for the diff between two versions. */
    public static final String JSON_PATCH = "application/json-patch+json";

    /** What an authority writes to an institution and an institution to its recipients is text: no personal data in it either. */
    static final MetadataOnlyScanner SCANNER = new MetadataOnlyScanner(Pattern.compile("(?!)"));

    @Inject
    CallerResolver callers;

    @Inject
    SubmissionQueries queries;

    @Inject
    SubmissionLifecycle lifecycle;

    @Inject
    ReportIntake intake;

    @Inject
    RequestReader reader;

    @GET
    @Path("/{id}")
    public Response get(@PathParam("id") String id, @Context HttpHeaders headers) {
        SubmissionQueries.Read read = queries.read(uuid(id), callers.current(),
                Messages.choose(headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE)));
        return Response.ok(read.view()).header(HttpHeaders.ETAG, read.etag()).build();
    }

    /** The content alone, typed: {@code contentType} names the schema of {@code report}. */
    @GET
    @Path("/{id}/content")
    public Response content(@PathParam("id") String id) {
        SubmissionQueries.Content content = queries.content(uuid(id), callers.current());
        return Response.ok(content.view()).header(HttpHeaders.ETAG, content.etag()).build();
    }

    @GET
    public Page<SubmissionSummary> list(@QueryParam("type") String type, @QueryParam("status") String status,
                                        @QueryParam("since") String since, @BeanParam Paging paging) {
        QueryParameters q = QueryParameters.read();
        SubmissionType submissionType = q.oneOf("type", type, SubmissionType.class);
        if (status != null && !SubmissionStatus.ALL.contains(status)) {
            q.error(FieldError.of("status", "invalid_value"));
        }
        Instant sinceInstant = q.instant("since", since);
        int pageSize = paging.checkedLimit(q, PAGE);
        return queries.list(callers.current(), submissionType, status, sinceInstant, paging.after(), pageSize);
    }

    /**
     * The primary recipient's decision: ACCEPTED, or RETURNED_FOR_CORRECTION with a comment and field
     * findings; on an application APPROVED, REFUSED with the reasons, or RETURNED_FOR_CORRECTION.
     */
    @POST
    @Path("/{id}/decisions")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.AUTHORITY)
    public Response decide(@PathParam("id") String id, JsonNode body, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        List<String> tags = ifMatch(ifMatch);
        DecisionRequest request = reader.readReport(body, DecisionRequest.class, DecisionChecks::check, SCANNER, LegalTime.now());
        SubmissionLifecycle.Changed<DecisionView> decided = lifecycle.decide(uuid(id), callers.current(), tags, request);
        return Response.created(URI.create("/api/v1/submissions/" + decided.body().submissionId() + "/history"))
                .header(HttpHeaders.ETAG, decided.etag()).entity(decided.body()).build();
    }

    /** The whole document again, as the next version: checked and routed like the original; the amended version is superseded. */
    @POST
    @Path("/{id}/amendments")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.INSTITUTION, Role.DELEGATE})
    public Response amend(@PathParam("id") String id, JsonNode body, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                          @BeanParam IntakeParameters parameters) {
        List<String> tags = ifMatch(ifMatch);
        parameters.dryRun(); // a malformed dryRun is refused (400) before the submission is looked up, as for any filing
        SubmissionLifecycle.Target target = lifecycle.target(uuid(id), callers.current(), "SUBMISSION_AMEND");
        return intake.amend(target, tags, body, parameters);
    }

    /** Withdraws a submission sent in error, until an authority has decided on it: nothing is deleted, recipients are told. */
    @POST
    @Path("/{id}/retraction")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.INSTITUTION, Role.DELEGATE})
    public Response retract(@PathParam("id") String id, JsonNode body, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        List<String> tags = ifMatch(ifMatch);
        RetractionRequest request = reader.readReport(body, RetractionRequest.class, r -> List.of(), SCANNER, LegalTime.now());
        SubmissionLifecycle.Changed<SubmissionEntity> retracted = lifecycle.retract(uuid(id), callers.current(), tags, request.reason());
        return Response.ok(SubmissionQueries.summaryOf(retracted.body())).header(HttpHeaders.ETAG, retracted.etag()).build();
    }

    /** The versions of a submission's lineage, oldest first. */
    public record Versions(List<VersionView> versions) {
    }

    @GET
    @Path("/{id}/versions")
    public Versions versions(@PathParam("id") String id) {
        return new Versions(lifecycle.versions(uuid(id), callers.current()));
    }

    /** What changed from version {@code from} to version {@code to} of the lineage, as RFC 6902 JSON Patch. */
    @GET
    @Path("/{id}/diff")
    @Produces({JSON_PATCH, MediaType.APPLICATION_JSON})
    public Response diff(@PathParam("id") String id, @QueryParam("from") String from, @QueryParam("to") String to) {
        QueryParameters q = QueryParameters.read();
        Integer fromVersion = q.integer("from", from);
        Integer toVersion = q.integer("to", to);
        q.check();
        return Response.ok(lifecycle.diff(uuid(id), callers.current(), fromVersion, toVersion), JSON_PATCH).build();
    }

    /** Every change of the submission and its versions, oldest first, with who and when. */
    public record History(List<HistoryEvent> events) {
    }

    @GET
    @Path("/{id}/history")
    public History history(@PathParam("id") String id) {
        return new History(lifecycle.history(uuid(id), callers.current()));
    }

    /**
     * The entity tags of {@code If-Match} (RFC 9110 §13.1.1). A change must name the state it was
     * made on: without the header, or with "*" (which matches any state, so protects nothing), it is
     * refused with 428.
     */
    static List<String> ifMatch(String header) {
        if (header == null || header.isBlank() || header.trim().equals("*")) {
            throw ProblemException.preconditionRequired();
        }
        List<String> tags = new ArrayList<>();
        for (String tag : header.split(",")) {
            tags.add(tag.trim());
        }
        return tags;
    }

    /** A malformed id names nothing: the same answer as an id the caller may not see. */
    private static UUID uuid(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw ProblemException.notFound();
        }
    }
}
