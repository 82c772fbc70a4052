package cn.healthsec.reporting.console;

import cn.healthsec.reporting.obligation.ObligationQueries;
import cn.healthsec.reporting.obligation.api.ObligationView;
import cn.healthsec.reporting.problem.FieldError;
import cn.healthsec.reporting.problem.ProblemException;
import cn.healthsec.reporting.problem.ProblemType;
import cn.healthsec.reporting.security.Caller;
import cn.healthsec.reporting.security.CallerResolver;
import cn.healthsec.reporting.security.Role;
import cn.healthsec.reporting.submission.IntakeParameters;
import cn.healthsec.reporting.submission.ReportIntake;
import cn.healthsec.reporting.submission.SubmissionLifecycle;
import cn.healthsec.reporting.submission.SubmissionQueries;
import cn.healthsec.reporting.submission.api.SubmissionSummary;
import cn.healthsec.reporting.submission.api.SubmissionView;
import cn.healthsec.reporting.web.Page;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.net.URI;
import java.util.List;
import java.util.UUID;

/**
 * An institution's officer in the console ({@code /console/mine}): a read-only view of its own
 * obligations, submissions and the decisions on them, and the answer to a return — the corrected
 * document, filed as the amendment operation of the API (same intake, same checks, same receipt).
 */
@Path("/console/mine")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Role.INSTITUTION)
public class InstitutionConsoleResource {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int PAGE = 50;

    @Inject
    CallerResolver callers;

    @Inject
    SubmissionQueries queries;

    @Inject
    SubmissionLifecycle lifecycle;

    @Inject
    ReportIntake intake;

    @Inject
    ObligationQueries obligations;

    @CheckedTemplate(basePath = "console")
    static class Templates {
        static native TemplateInstance mine(ConsoleText t, String authority, String csrf, List<SubmissionSummary> submissions,
                                            List<ObligationView> owed);

        static native TemplateInstance mySubmission(ConsoleText t, String authority, String csrf, SubmissionView submission, String etag,
                                                    String document, String key, List<FieldError> errors);
    }

    /** What the institution owes and what it filed, newest first. */
    @GET
    public Response mine(@QueryParam("lang") String lang, @CookieParam(ConsolePages.LANG_COOKIE) String cookie,
                         @CookieParam(ConsoleCsrf.COOKIE) String csrfCookie) {
        ConsoleText t = ConsolePages.text(lang, cookie);
        String csrf = ConsoleCsrf.token(csrfCookie);
        Caller caller = callers.current();
        Page<SubmissionSummary> submissions = queries.list(caller, null, null, null, null, PAGE);
        Page<ObligationView> owed = obligations.forInstitution(caller.uscc(), caller, new ObligationQueries.Filter(null, null, null), null, 200);
        return ConsolePages.page(Templates.mine(t, caller.uscc(), csrf, submissions.entries(), owed.entries()), t, lang, csrf, csrfCookie);
    }

    /** One of its submissions, with its receipt and decision; a returned one carries the form to answer with the corrected document. */
    @GET
    @Path("/submissions/{id}")
    public Response submission(@PathParam("id") String id, @QueryParam("lang") String lang,
                               @CookieParam(ConsolePages.LANG_COOKIE) String cookie, @CookieParam(ConsoleCsrf.COOKIE) String csrfCookie) {
        ConsoleText t = ConsolePages.text(lang, cookie);
        String csrf = ConsoleCsrf.token(csrfCookie);
        return ConsolePages.page(page(ConsolePages.uuid(id), t, csrf, null, List.of()), t, lang, csrf, csrfCookie);
    }

    private TemplateInstance page(UUID id, ConsoleText t, String csrf, String document, List<FieldError> errors) {
        Caller caller = callers.current();
        SubmissionQueries.Read read = queries.read(id, caller, t.locale());
        String shown = document;
        if (shown == null) {
            try {
                shown = JSON.writerWithDefaultPrettyPrinter().writeValueAsString(read.view().content());
            } catch (JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
        }
        return Templates.mySubmission(t, caller.uscc(), csrf, read.view(), read.etag(), shown, UUID.randomUUID().toString(), errors);
    }

    /**
     * The corrected document as the next version: the API's amendment operation, with the ETag the
     * officer read the submission under and an Idempotency-Key of the form (a second click files once).
     */
    @POST
    @Path("/submissions/{id}/amendment")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response amend(@PathParam("id") String id, @FormParam("document") String document, @FormParam("etag") String etag,
                          @FormParam("key") String key, @FormParam(ConsoleCsrf.FIELD) String csrf,
                          @CookieParam(ConsoleCsrf.COOKIE) String csrfCookie, @CookieParam(ConsolePages.LANG_COOKIE) String cookie) {
        ConsoleCsrf.require(csrf, csrfCookie);
        ConsoleText t = ConsolePages.text(null, cookie);
        UUID submission = ConsolePages.uuid(id);
        JsonNode body;
        try {
            body = JSON.readTree(document == null ? "" : document);
        } catch (JsonProcessingException e) {
            return refused(400, submission, t, csrf, document, List.of(FieldError.of("/document", "invalid_format")));
        }
        try {
            SubmissionLifecycle.Target target = lifecycle.target(submission, callers.current(), "SUBMISSION_AMEND");
            Response filed = intake.amend(target, etag == null ? List.of() : List.of(etag), body, IntakeParameters.of(key, t.locale()));
            Object receipt = filed.getEntity();
            String next = receipt instanceof cn.healthsec.reporting.submission.api.ReceiptView r ? r.id().toString() : id;
            return Response.seeOther(URI.create("/console/mine/submissions/" + next)).build();
        } catch (ProblemException e) {
            if (e.type() == ProblemType.VALIDATION || e.type() == ProblemType.PRECONDITION_FAILED || e.type() == ProblemType.UNPROCESSABLE) {
                List<FieldError> errors = e.errors().isEmpty() ? List.of(FieldError.of("", e.detailKey())) : e.errors();
                return refused(e.type().status(), submission, t, csrf, document, errors);
            }
            throw e;
        }
    }

    private Response refused(int status, UUID id, ConsoleText t, String csrf, String document, List<FieldError> errors) {
        return ConsolePages.status(status, page(id, t, csrf, document, errors));
    }
}
