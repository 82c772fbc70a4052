package cn.healthsec.reporting.console;

import cn.healthsec.reporting.institution.DeterminationService;
import cn.healthsec.reporting.institution.api.DeterminationRequest;
import cn.healthsec.reporting.institution.api.DeterminationView;
import cn.healthsec.reporting.obligation.ObligationQueries;
import cn.healthsec.reporting.obligation.api.InstitutionCompliance;
import cn.healthsec.reporting.obligation.api.ObligationView;
import cn.healthsec.reporting.problem.FieldError;
import cn.healthsec.reporting.problem.Messages;
import cn.healthsec.reporting.problem.ProblemException;
import cn.healthsec.reporting.problem.ProblemType;
import cn.healthsec.reporting.problem.QueryParameters;
import cn.healthsec.reporting.rectification.RectificationChecks;
import cn.healthsec.reporting.rectification.RectificationRules;
import cn.healthsec.reporting.rectification.RectificationService;
import cn.healthsec.reporting.rectification.api.ProblemSeverity;
import cn.healthsec.reporting.rectification.api.RectificationNoticeView;
import cn.healthsec.reporting.rules.Citation;
import cn.healthsec.reporting.security.Caller;
import cn.healthsec.reporting.security.CallerResolver;
import cn.healthsec.reporting.security.Role;
import cn.healthsec.reporting.web.Page;
import cn.healthsec.reporting.web.RequestReader;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
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
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import static cn.healthsec.reporting.console.ConsolePages.blank;
import static cn.healthsec.reporting.console.ConsolePages.page;
import static cn.healthsec.reporting.console.ConsolePages.status;
import static cn.healthsec.reporting.console.ConsolePages.text;

/**
 * The commission's institutions in the console: the jurisdiction's institutions by compliance, and
 * each one's page — its ledger, its rectification notices and important-data determinations, and
 * the forms that issue a notice (2022 Measures art. 24) and record a determination (2026 Data
 * Measures art. 6 ¶1). The forms become the API's request bodies and go through its reading, checks
 * and service methods, with the same caller; an institution outside the jurisdiction is not found.
 */
@Path("/console/institutions")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Role.AUTHORITY)
public class ConsoleInstitutionsResource {

    private static final int PAGE = 50;

    @Inject
    CallerResolver callers;

    @Inject
    ObligationQueries obligations;

    @Inject
    RectificationService rectification;

    @Inject
    DeterminationService determinations;

    @Inject
    RequestReader reader;

    @CheckedTemplate(basePath = "console")
    static class Templates {
        static native TemplateInstance institutions(ConsoleText t, String authority, String csrf, String compliance,
                                                    List<InstitutionCompliance> entries, String next);

        static native TemplateInstance institution(ConsoleText t, String authority, String csrf, String uscc, List<ObligationView> ledger,
                                                   String next, List<RectificationNoticeView> notices, List<DeterminationView> determinations,
                                                   Citation noticeBasis, Citation determinationBasis, UUID noticeId, List<String> severities,
                                                   String notice, List<FieldError> errors);
    }

    /** The jurisdiction's institutions by compliance (overdue, late in the past 12 months, compliant), with what each owes and under which article. */
    @GET
    public Response institutions(@QueryParam("compliance") String compliance, @QueryParam("after") String after,
                                 @QueryParam("lang") String lang, @CookieParam(ConsolePages.LANG_COOKIE) String cookie,
                                 @CookieParam(ConsoleCsrf.COOKIE) String csrfCookie) {
        ConsoleText t = text(lang, cookie);
        String csrf = ConsoleCsrf.token(csrfCookie);
        Caller caller = callers.current();
        QueryParameters q = QueryParameters.read();
        ObligationQueries.Compliance wanted = q.oneOf("compliance", compliance, ObligationQueries.Compliance.class);
        q.check();
        Page<InstitutionCompliance> entries = obligations.institutions(caller.authority(), caller, wanted, null, null, after, PAGE);
        return page(Templates.institutions(t, caller.authority().toString(), csrf, wanted == null ? "" : wanted.name(), entries.entries(),
                entries.next()), t, lang, csrf, csrfCookie);
    }

    /**
     * One institution of the jurisdiction: its ledger (what it owes, by when, under which article),
     * the rectification notices it was sent and the determinations of its important data — and the
     * forms that issue a notice and record a determination, through the same reading, checks and
     * service methods as {@code POST /api/v1/institutions/{uscc}/rectification-notices} and
     * {@code …/important-data-determinations}. An institution outside the jurisdiction: 404.
     */
    @GET
    @Path("/{uscc}")
    public Response institution(@PathParam("uscc") String uscc, @QueryParam("after") String after, @QueryParam("lang") String lang,
                                @QueryParam("done") String done, @CookieParam(ConsolePages.LANG_COOKIE) String cookie,
                                @CookieParam(ConsoleCsrf.COOKIE) String csrfCookie) {
        ConsoleText t = text(lang, cookie);
        String csrf = ConsoleCsrf.token(csrfCookie);
        String notice = "notice".equals(done) || "determination".equals(done) ? t.of("done." + done) : null;
        return page(institutionPage(uscc, after, t, csrf, notice, List.of()), t, lang, csrf, csrfCookie);
    }

    private TemplateInstance institutionPage(String uscc, String after, ConsoleText t, String csrf, String notice, List<FieldError> errors) {
        Caller caller = callers.current();
        Page<ObligationView> ledger = obligations.forInstitution(uscc, caller, new ObligationQueries.Filter(null, null, null), after, PAGE);
        return Templates.institution(t, caller.authority().toString(), csrf, uscc, ledger.entries(), ledger.next(),
                rectification.notices(uscc, caller), determinations.list(uscc, caller),
                RectificationRules.ART_24.citation(RectificationRules.AnswerDue.ID), DeterminationService.RULE.basis().citation(DeterminationService.RULE.id()),
                UUID.randomUUID(), Arrays.stream(ProblemSeverity.values()).map(Enum::name).toList(), notice, errors);
    }

    /**
     * The institution page again with what refused the form, under the API's status: the field
     * errors of a malformed form (400), or the API's words for what this commission may not do
     * (403, e.g. core data determined below the level the policy names). Anything else (404: not in
     * the jurisdiction) is answered as the API answers it.
     */
    private Response refusedOn(String uscc, ConsoleText t, String csrf, ProblemException e) {
        if (e.type() != ProblemType.VALIDATION && e.type() != ProblemType.FORBIDDEN) {
            throw e;
        }
        String notice = e.type() == ProblemType.FORBIDDEN
                ? Messages.text(t.locale(), "problem.detail." + e.detailKey(), e.arguments()) : null;
        return status(e.type().status(), institutionPage(uscc, null, t, csrf, notice, e.errors()));
    }

    /**
     * Issues a rectification notice: the form becomes the API's request body (each line of
     * {@code problems} one problem, numbered, at the severity chosen) and is read, checked and issued
     * as the API issues it. The notice's id is drawn when the form is shown, so sending it twice
     * issues one notice.
     */
    @POST
    @Path("/{uscc}/rectification-notices")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response issueNotice(@PathParam("uscc") String uscc, @FormParam("id") String id, @FormParam("summary") String summary,
                                @FormParam("problems") String problems, @FormParam("severity") String severity,
                                @FormParam("dueOn") String dueOn, @FormParam("documentNumber") String documentNumber,
                                @FormParam(ConsoleCsrf.FIELD) String csrf, @CookieParam(ConsoleCsrf.COOKIE) String csrfCookie,
                                @CookieParam(ConsolePages.LANG_COOKIE) String cookie) {
        ConsoleCsrf.require(csrf, csrfCookie);
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        body.put("id", id);
        body.put("summary", blank(summary) ? null : summary.strip());
        ArrayNode list = body.putArray("problems");
        List<String> found = lines(problems);
        for (int i = 0; i < found.size(); i++) {
            list.addObject().put("id", "P" + (i + 1)).put("description", found.get(i)).put("severity", severity);
        }
        body.put("dueOn", blank(dueOn) ? null : dueOn);
        body.put("documentNumber", blank(documentNumber) ? null : documentNumber.strip());
        try {
            rectification.issue(uscc, RectificationChecks.readNotice(reader, body), callers.current());
        } catch (ProblemException e) {
            return refusedOn(uscc, text(null, cookie), csrf, e);
        }
        return Response.seeOther(URI.create("/console/institutions/" + uscc + "?done=notice")).build();
    }

    /** Records an important-data determination: the form becomes the API's request body (each line of {@code items} one item, at the grade chosen). */
    @POST
    @Path("/{uscc}/important-data-determinations")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response determine(@PathParam("uscc") String uscc, @FormParam("items") String items, @FormParam("grade") String grade,
                              @FormParam("determinedOn") String determinedOn, @FormParam("documentNumber") String documentNumber,
                              @FormParam(ConsoleCsrf.FIELD) String csrf, @CookieParam(ConsoleCsrf.COOKIE) String csrfCookie,
                              @CookieParam(ConsolePages.LANG_COOKIE) String cookie) {
        ConsoleCsrf.require(csrf, csrfCookie);
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        ArrayNode list = body.putArray("items");
        lines(items).forEach(line -> list.addObject().put("itemId", line).put("grade", grade));
        body.put("determinedOn", blank(determinedOn) ? null : determinedOn);
        body.put("documentNumber", blank(documentNumber) ? null : documentNumber.strip());
        try {
            determinations.determine(uscc, reader.read(body, DeterminationRequest.class, r -> List.of()), callers.current());
        } catch (ProblemException e) {
            return refusedOn(uscc, text(null, cookie), csrf, e);
        }
        return Response.seeOther(URI.create("/console/institutions/" + uscc + "?done=determination")).build();
    }

    /** The non-blank lines of a text area, stripped (at most 500: the API's limits say the rest). */
    private static List<String> lines(String text) {
        return text == null ? List.of() : text.lines().map(String::strip).filter(l -> !l.isEmpty()).limit(501).toList();
    }
}
