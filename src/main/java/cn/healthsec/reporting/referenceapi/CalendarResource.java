package cn.healthsec.reporting.referenceapi;

import cn.healthsec.reporting.calendar.CalendarYear;
import cn.healthsec.reporting.calendar.DueDate;
import cn.healthsec.reporting.problem.FieldError;
import cn.healthsec.reporting.problem.ProblemException;
import cn.healthsec.reporting.problem.QueryParameters;
import cn.healthsec.reporting.reference.ReferenceData;
import cn.healthsec.reporting.security.Caller;
import cn.healthsec.reporting.security.CallerResolver;
import cn.healthsec.reporting.security.Role;
import cn.healthsec.reporting.web.RequestReader;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

@Path("/api/v1/calendar")
@Produces(MediaType.APPLICATION_JSON)
public class CalendarResource {

    /** Far enough for any statutory count; bounds the work one request can ask for. */
    static final int MAX_WORKING_DAYS = 366;

    @Inject
    ReferenceData referenceData;

    @Inject
    ReferenceDataService referenceDataService;

    @Inject
    CallerResolver callers;


    @Inject
    RequestReader reader;

    public record DeadlineAnswer(LocalDate start, int workingDays, LocalDate dueOn, boolean provisional) {
    }

    public record YearView(int year, Map<LocalDate, String> holidays, Map<LocalDate, String> makeUpWorkdays) {
    }

    @GET
    @Path("/deadline")
    @RolesAllowed({Role.INSTITUTION, Role.DELEGATE, Role.AUTHORITY, Role.ADMIN})
    public DeadlineAnswer deadline(@QueryParam("start") String start, @QueryParam("workingDays") String workingDaysText) {
        QueryParameters q = QueryParameters.read().require("start", start).require("workingDays", workingDaysText);
        LocalDate startDate = q.date("start", start);
        Integer workingDays = q.integer("workingDays", workingDaysText);
        if (workingDays != null && (workingDays < 1 || workingDays > MAX_WORKING_DAYS)) {
            q.error(FieldError.of("workingDays", "out_of_range", Map.of("min", 1, "max", MAX_WORKING_DAYS)));
        }
        q.check();
        DueDate due = referenceData.calendar().workingDaysAfter(startDate, workingDays);
        return new DeadlineAnswer(startDate, workingDays, due.dueOn(), due.provisional());
    }

    @GET
    @Path("/years/{year}")
    @RolesAllowed({Role.INSTITUTION, Role.DELEGATE, Role.AUTHORITY, Role.ADMIN})
    public YearView year(@PathParam("year") int year) {
        return referenceData.calendarYears().stream().filter(y -> y.year() == year).findFirst()
                .map(y -> new YearView(y.year(), new java.util.TreeMap<>(y.holidays()), new java.util.TreeMap<>(y.makeUpWorkdays())))
                .orElseThrow(ProblemException::notFound);
    }

    /** Loads (or replaces) one year from the State Council's notice, without a rebuild. */
    @PUT
    @Path("/years/{year}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.ADMIN)
    public YearView putYear(@PathParam("year") int year, JsonNode body) {
        Caller caller = callers.current();
        if (year < 2000 || year > 2100) {
            throw ProblemException.validation(List.of(FieldError.of("year", "out_of_range", Map.of("min", 2000, "max", 2100))));
        }
        CalendarYearRequest request = reader.read(body, CalendarYearRequest.class, r -> r.check(year));
        CalendarYear parsed = request.toYear(year);
        String source = request.source() == null || request.source().isBlank() ? "loaded by " + caller.subject() : request.source();
        referenceDataService.putCalendarYear(parsed, source, caller);
        return new YearView(year, new java.util.TreeMap<>(parsed.holidays()), new java.util.TreeMap<>(parsed.makeUpWorkdays()));
    }
}
