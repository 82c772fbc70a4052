package cn.healthsec.reporting.console;

import static cn.healthsec.reporting.console.ConsolePages.blank;
import static cn.healthsec.reporting.console.ConsolePages.page;
import static cn.healthsec.reporting.console.ConsolePages.status;
import static cn.healthsec.reporting.console.ConsolePages.text;
import static cn.healthsec.reporting.console.ConsolePages.uuid;

import cn.healthsec.reporting.incident.IncidentQueries;
import cn.healthsec.reporting.incident.api.IncidentView;
import cn.healthsec.reporting.obligation.JurisdictionStatisticsService;
import cn.healthsec.reporting.obligation.Statistics;
import cn.healthsec.reporting.obligation.api.JurisdictionStatistics;
import cn.healthsec.reporting.problem.FieldError;
import cn.healthsec.reporting.problem.QueryParameters;
import cn.healthsec.reporting.problem.ProblemException;
import cn.healthsec.reporting.problem.ProblemType;
import cn.healthsec.reporting.routing.Delivered;
import cn.healthsec.reporting.routing.Deliveries;
import cn.healthsec.reporting.routing.InboxEntryView;
import cn.healthsec.reporting.routing.InboxService;
import cn.healthsec.reporting.rules.SubmissionType;
import cn.healthsec.reporting.security.Caller;
import cn.healthsec.reporting.security.CallerResolver;
import cn.healthsec.reporting.security.Role;
import cn.healthsec.reporting.submission.DecisionChecks;
import cn.healthsec.reporting.submission.SubmissionLifecycle;
import cn.healthsec.reporting.submission.SubmissionQueries;
import cn.healthsec.reporting.submission.api.DecisionOutcome;
import cn.healthsec.reporting.submission.api.DecisionRequest;
import cn.healthsec.reporting.submission.api.HistoryEvent;
import cn.healthsec.reporting.submission.api.SubmissionView;
import cn.healthsec.reporting.submission.api.VersionView;
import com.fasterxml.jackson.databind.JsonNode;
import cn.healthsec.reporting.web.Csv;
import cn.healthsec.reporting.web.Page;
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
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The commissions' console (issue 30): the supervision cycle as server-rendered pages at
 * {@code /console}. Every view and action calls the same service methods, with the same caller and
 * the same checks, as the API: there is no second authorization path. Pages carry no script; forms
 * carry a CSRF token ({@link ConsoleCsrf}); the headers (a strict Content-Security-Policy
 * among them) are set for every {@code /console} response by configuration. Chinese by default;
 * {@code ?lang=en} switches, remembered in a cookie. No personal data is put in a URL.
 */
@Path("/console")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Role.AUTHORITY)
public class ConsoleResource {

    private static final int PAGE = 50;

    @Inject
    CallerResolver callers;

    @Inject
    InboxService inbox;

    @Inject
    SubmissionQueries queries;

    @Inject
    SubmissionLifecycle lifecycle;

    @Inject
    JurisdictionStatisticsService statistics;

    @Inject
    IncidentQueries incidents;

    @Inject
    Deliveries deliveries;

    @CheckedTemplate(basePath = "console")
    static class Templates {
        static native TemplateInstance inbox(ConsoleText t, String authority, String csrf, String view, List<InboxRow> entries,
                                             String next, String notice, InboxQuery filter, List<String> kinds, List<String> types);

        static native TemplateInstance submission(ConsoleText t, String authority, String csrf, SubmissionView submission, String etag,
                                                  List<DocumentRows.Row> rows, List<HistoryEvent> history, List<VersionView> versions,
                                                  List<DocumentRows.Change> changes, String notice, List<FieldError> errors);

        static native TemplateInstance signedOut(ConsoleText t);

        static native TemplateInstance statistics(ConsoleText t, String authority, String csrf, JurisdictionStatistics stats,
                                                  String rates, String types, String backlog, String months, List<String> monthTypes,
                                                  String ages, List<String> ageLabels, List<Long> ageCounts);

        static native TemplateInstance incidents(ConsoleText t, String authority, String csrf, List<IncidentView> incidents, String next);
    }

    @GET
    public Response home() {
        return Response.seeOther(URI.create("/console/inbox")).build();
    }

    /**
     * The authority's inbox, unacknowledged entries first: {@code view=unacknowledged} (the default)
     * or {@code acknowledged}, a page at a time ({@code after}, the API's cursor).
     */
    @GET
    @Path("/inbox")
    public Response inbox(@QueryParam("view") String view, @QueryParam("after") String after, @QueryParam("lang") String lang,
                          @QueryParam("done") String done, @QueryParam("kind") String kind, @QueryParam("type") String type,
                          @QueryParam("institution") String institution, @QueryParam("from") String from, @QueryParam("to") String to,
                          @CookieParam(ConsolePages.LANG_COOKIE) String cookie, @CookieParam(ConsoleCsrf.COOKIE) String csrfCookie) {
        ConsoleText t = text(lang, cookie);
        String csrf = ConsoleCsrf.token(csrfCookie);
        Caller caller = callers.current();
        QueryParameters q = QueryParameters.read();
        String wantedKind = blank(kind) ? null : kind;
        if (wantedKind != null && !InboxService.Filter.KINDS.contains(wantedKind)) {
            q.error(FieldError.of("kind", "invalid_value"));
        }
        SubmissionType wantedType = q.oneOf("type", blank(type) ? null : type, SubmissionType.class);
        String uscc = blank(institution) ? null : institution.strip();
        if (uscc != null && !uscc.matches("[0-9A-Z]{18}")) {
            q.error(FieldError.of("institution", "invalid_uscc"));
        }
        LocalDate fromDay = q.date("from", blank(from) ? null : from);
        LocalDate toDay = q.date("to", blank(to) ? null : to);
        q.check();
        InboxService.Filter filter = new InboxService.Filter(wantedKind, wantedType == null ? null : wantedType.name(), uscc, fromDay, toDay);
        boolean acknowledged = "acknowledged".equals(view);
        Page<InboxEntryView> entries = inbox.list(caller.authority(), caller, after, PAGE, acknowledged, filter);
        List<InboxRow> rows = rows(entries.entries(), t);
        String notice = done == null ? null : t.of("done." + ("ack".equals(done) ? "ack" : "other"));
        return page(Templates.inbox(t, caller.authority().toString(), csrf, acknowledged ? "acknowledged" : "unacknowledged",
                rows, entries.next(), notice, new InboxQuery(wantedKind, filter.submissionType(), uscc, fromDay, toDay),
                InboxService.Filter.KINDS, java.util.Arrays.stream(SubmissionType.values()).map(Enum::name).toList()), t, lang, csrf, csrfCookie);
    }

    /** An inbox entry and, for an incident report, its route's clock (when it was due here, how early or late it came). */
    public record InboxRow(InboxEntryView entry, ConsoleClock clock) {
    }

    /** The page's entries with the clocks of those that carry one, read in one statement for the page. */
    private List<InboxRow> rows(List<InboxEntryView> entries, ConsoleText t) {
        List<UUID> incidents = entries.stream().filter(e -> e.submissionId() != null
                && SubmissionType.INCIDENT_REPORT.name().equals(e.submissionType())).map(InboxEntryView::submissionId).distinct().toList();
        java.util.Map<Long, Delivered> clocked = new java.util.HashMap<>();
        deliveries.delivered(incidents).forEach(d -> clocked.put(d.entryId(), d));
        return entries.stream().map(e -> new InboxRow(e, ConsoleClock.of(clocked.get(e.id()), t))).toList();
    }

    /** The filters an inbox page was asked with, to show them again and carry them to the next page. */
    public record InboxQuery(String kind, String type, String institution, LocalDate from, LocalDate to) {
        public String query() {
            StringBuilder b = new StringBuilder();
            java.util.Map<String, Object> values = new java.util.LinkedHashMap<>();
            values.put("kind", kind);
            values.put("type", type);
            values.put("institution", institution);
            values.put("from", from);
            values.put("to", to);
            values.forEach((name, value) -> {
                if (value != null) {
                    b.append('&').append(name).append('=').append(value);
                }
            });
            return b.toString();
        }
    }

    /** Acknowledges the entries ticked on a page of the inbox (at most a page). */
    @POST
    @Path("/inbox/ack")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response acknowledge(@FormParam("entry") List<Long> entries, @FormParam(ConsoleCsrf.FIELD) String csrf,
                                @CookieParam(ConsoleCsrf.COOKIE) String csrfCookie) {
        ConsoleCsrf.require(csrf, csrfCookie);
        Caller caller = callers.current();
        if (entries != null && !entries.isEmpty()) {
            inbox.acknowledgeAll(caller.authority(), entries.stream().limit(PAGE).toList(), caller);
        }
        return Response.seeOther(URI.create("/console/inbox?done=ack")).build();
    }

    /** Acknowledges one entry (the button on its row). */
    @POST
    @Path("/inbox/{entry}/ack")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response acknowledgeOne(@PathParam("entry") String entry, @FormParam(ConsoleCsrf.FIELD) String csrf,
                                   @CookieParam(ConsoleCsrf.COOKIE) String csrfCookie) {
        ConsoleCsrf.require(csrf, csrfCookie);
        Caller caller = callers.current();
        long id;
        try {
            id = Long.parseLong(entry);
        } catch (NumberFormatException e) {
            throw ProblemException.notFound();
        }
        inbox.acknowledge(caller.authority(), id, caller);
        return Response.seeOther(URI.create("/console/inbox?done=ack")).build();
    }

    /** A submission: the filed document as a form, its receipt with the citations, its history, and the decision forms. */
    @GET
    @Path("/submissions/{id}")
    public Response submission(@PathParam("id") String id, @QueryParam("lang") String lang, @QueryParam("done") String done,
                               @CookieParam(ConsolePages.LANG_COOKIE) String cookie, @CookieParam(ConsoleCsrf.COOKIE) String csrfCookie) {
        ConsoleText t = text(lang, cookie);
        String csrf = ConsoleCsrf.token(csrfCookie);
        return page(submissionPage(uuid(id), t, csrf, done == null ? null : t.of("done.decided"), List.of()), t, lang, csrf, csrfCookie);
    }

    private TemplateInstance submissionPage(UUID id, ConsoleText t, String csrf, String notice, List<FieldError> errors) {
        Caller caller = callers.current();
        SubmissionQueries.Read read = queries.read(id, caller, t.locale());
        List<HistoryEvent> history = lifecycle.history(id, caller);
        List<VersionView> versions = lifecycle.versions(id, caller);
        List<DocumentRows.Change> changes = List.of();
        if (read.view().previousVersion() != null) {
            JsonNode previous = queries.read(read.view().previousVersion(), caller, t.locale()).view().content();
            changes = DocumentRows.changes(previous, lifecycle.diff(id, caller, read.view().version() - 1, read.view().version()));
        }
        return Templates.submission(t, caller.authority().toString(), csrf, read.view(), read.etag(), DocumentRows.of(read.view().content()),
                history, versions, changes, notice, errors);
    }

    /** The submission page again, with what refused the decision, under the status the API would answer. */
    private Response refused(int status, UUID id, ConsoleText t, String csrf, String notice, List<FieldError> errors) {
        return status(status, submissionPage(id, t, csrf, notice, errors));
    }

    /**
     * The primary recipient's decision, with the ETag the officer read the submission under: if
     * another officer decided meanwhile, the page says so and nothing is changed (the API's 412).
     * A return names the fields picked on the rendered form, each with the officer's code and message.
     */
    @POST
    @Path("/submissions/{id}/decision")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response decide(@PathParam("id") String id, @FormParam("outcome") String outcome, @FormParam("etag") String etag,
                           @FormParam("comment") String comment, @FormParam("field") List<String> fields,
                           @FormParam("code") String code, @FormParam("message") String message,
                           @FormParam(ConsoleCsrf.FIELD) String csrf, @CookieParam(ConsoleCsrf.COOKIE) String csrfCookie,
                           @CookieParam(ConsolePages.LANG_COOKIE) String cookie) {
        ConsoleCsrf.require(csrf, csrfCookie);
        ConsoleText t = text(null, cookie);
        UUID submission = uuid(id);
        DecisionOutcome chosen;
        try {
            chosen = DecisionOutcome.valueOf(outcome == null ? "" : outcome);
        } catch (IllegalArgumentException e) {
            return refused(400, submission, t, csrf, null, List.of(FieldError.of("/outcome", "invalid_value")));
        }
        List<DecisionRequest.FieldFinding> findings = new ArrayList<>();
        for (String field : fields == null ? List.<String>of() : fields) {
            findings.add(new DecisionRequest.FieldFinding(field, code == null || code.isBlank() ? "CORRECTION_REQUIRED" : code.strip(),
                    message == null || message.isBlank() ? comment : message));
        }
        DecisionRequest request = new DecisionRequest(chosen, comment == null || comment.isBlank() ? null : comment, findings);
        List<FieldError> errors = DecisionChecks.check(request);
        if (!errors.isEmpty()) {
            return refused(400, submission, t, csrf, null, errors);
        }
        try {
            lifecycle.decide(submission, callers.current(), etag == null ? List.of() : List.of(etag), request);
        } catch (ProblemException e) {
            if (e.type() == ProblemType.PRECONDITION_FAILED || e.type() == ProblemType.PRECONDITION_REQUIRED) {
                return refused(e.type().status(), submission, t, csrf, t.of("changed"), List.of());
            }
            if (e.type() == ProblemType.VALIDATION) {
                return refused(400, submission, t, csrf, null, e.errors());
            }
            throw e;
        }
        return Response.seeOther(URI.create("/console/submissions/" + submission + "?done=decided")).build();
    }

    /**
     * The period's statistics for the jurisdiction and each unit one level down: the same numbers as
     * {@code GET /api/v1/authorities/{id}/statistics} (the same service method), as tables and, for
     * reading at a glance, as charts (Apache ECharts, served by the service from its webjar): on-time
     * rate by unit, submissions by type, unacknowledged entries by unit.
     */
    @GET
    @Path("/statistics")
    public Response statistics(@QueryParam("from") String from, @QueryParam("to") String to, @QueryParam("lang") String lang,
                               @CookieParam(ConsolePages.LANG_COOKIE) String cookie, @CookieParam(ConsoleCsrf.COOKIE) String csrfCookie) {
        ConsoleText t = text(lang, cookie);
        String csrf = ConsoleCsrf.token(csrfCookie);
        Caller caller = callers.current();
        LocalDate[] period = Statistics.period(from, to);
        JurisdictionStatistics s = statistics.of(caller.authority(), caller, period[0], period[1]);
        List<JurisdictionStatistics.Unit> units = s.units();
        String rates = ConsoleCharts.series(units.stream().map(JurisdictionStatistics.Unit::divisionName).toList(),
                units.stream().map(u -> u.obligations().onTimeRate() == null ? null
                        : u.obligations().onTimeRate().movePointRight(2)).toList());
        // Submissions by type, in the types' order, those received in the period (every type while none was).
        java.util.Map<String, Long> received = s.jurisdiction().submissions();
        List<String> present = java.util.Arrays.stream(SubmissionType.values()).map(Enum::name)
                .filter(type -> received.getOrDefault(type, 0L) > 0).toList();
        List<String> shown = present.isEmpty() ? java.util.Arrays.stream(SubmissionType.values()).map(Enum::name).toList() : present;
        String types = ConsoleCharts.series(shown.stream().map(t::type).toList(), shown.stream().map(type -> received.getOrDefault(type, 0L)).toList());
        String backlog = ConsoleCharts.series(units.stream().map(JurisdictionStatistics.Unit::divisionName).toList(),
                units.stream().map(u -> (Object) u.inbox().unacknowledged()).toList());
        // Filings by month, stacked by type (the types received in the period), and the commission's own backlog by age.
        List<String> monthTypes = java.util.Arrays.stream(SubmissionType.values()).map(Enum::name)
                .filter(type -> s.byMonth().stream().anyMatch(m -> m.submissions().getOrDefault(type, 0L) > 0)).toList();
        java.util.Map<String, List<Long>> byType = new java.util.LinkedHashMap<>();
        monthTypes.forEach(type -> byType.put(type, s.byMonth().stream().map(m -> m.submissions().getOrDefault(type, 0L)).toList()));
        java.util.Map<String, List<Long>> byTypeName = new java.util.LinkedHashMap<>();
        byType.forEach((type, values) -> byTypeName.put(t.type(type), values));
        String months = ConsoleCharts.stacked(s.byMonth().stream().map(JurisdictionStatistics.Month::month).toList(), byTypeName);
        JurisdictionStatistics.Ages a = s.jurisdiction().inbox().byAge();
        List<String> ageLabels = java.util.stream.Stream.of("under-1d", "1d-3d", "3d-7d", "7d-30d", "over-30d").map(k -> t.of("age." + k)).toList();
        List<Long> ageCounts = List.of(a.underOneDay(), a.oneToThreeDays(), a.threeToSevenDays(), a.sevenToThirtyDays(), a.overThirtyDays());
        return page(Templates.statistics(t, caller.authority().toString(), csrf, s, rates, types, backlog, months, monthTypes,
                ConsoleCharts.series(ageLabels, ageCounts), ageLabels, ageCounts), t, lang, csrf, csrfCookie);
    }

    /** The same numbers as CSV (UTF-8 with a BOM), as the API exports them. */
    @GET
    @Path("/statistics.csv")
    @Produces(Csv.MEDIA_TYPE)
    public Response statisticsCsv(@QueryParam("from") String from, @QueryParam("to") String to) {
        Caller caller = callers.current();
        LocalDate[] period = Statistics.period(from, to);
        return Statistics.csv(statistics.of(caller.authority(), caller, period[0], period[1]));
    }

    /**
     * The incidents the commission received that are still open: each with its grade, stage, each
     * route's clock (due, met or late) and whether its final report is owed and by when — from the
     * same queries as {@code GET /api/v1/incidents}.
     */
    @GET
    @Path("/incidents")
    public Response incidents(@QueryParam("after") String after, @QueryParam("lang") String lang, @CookieParam(ConsolePages.LANG_COOKIE) String cookie,
                              @CookieParam(ConsoleCsrf.COOKIE) String csrfCookie) {
        ConsoleText t = text(lang, cookie);
        String csrf = ConsoleCsrf.token(csrfCookie);
        Caller caller = callers.current();
        Page<IncidentView> open = incidents.listInFull(caller, true, after, 20);
        return page(Templates.incidents(t, caller.authority().toString(), csrf, open.entries(), open.next()), t, lang, csrf, csrfCookie);
    }

    /** Where signing out lands (the identity provider ended the session): a page anyone may see, naming no one. */
    @GET
    @Path("/signed-out")
    @jakarta.annotation.security.PermitAll
    public Response signedOut(@QueryParam("lang") String lang, @QueryParam("state") String state, @CookieParam(ConsolePages.LANG_COOKIE) String cookie) {
        // "state" is the identity provider's echo of the sign-out request, which the OIDC layer checked before this page.
        ConsoleText t = text(lang, cookie);
        return Response.ok(Templates.signedOut(t).render(), MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).build();
    }


}
