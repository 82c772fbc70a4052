package cn.healthsec.reporting.obligation;

import cn.healthsec.reporting.authority.AuthorityId;
import cn.healthsec.reporting.division.Division;
import cn.healthsec.reporting.obligation.api.InstitutionCompliance;
import cn.healthsec.reporting.obligation.api.JurisdictionStatistics;
import cn.healthsec.reporting.obligation.api.ObligationView;
import cn.healthsec.reporting.problem.FieldError;
import cn.healthsec.reporting.problem.QueryParameters;
import cn.healthsec.reporting.reference.ReferenceData;
import cn.healthsec.reporting.rules.DeadlineState;
import cn.healthsec.reporting.security.AuthorityAccess;
import cn.healthsec.reporting.security.Caller;
import cn.healthsec.reporting.security.CallerResolver;
import cn.healthsec.reporting.security.Role;
import cn.healthsec.reporting.web.Csv;
import cn.healthsec.reporting.web.Page;
import cn.healthsec.reporting.web.PageSize;
import cn.healthsec.reporting.web.Paging;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.time.LocalDate;

/** What a health commission supervises, over HTTP: its jurisdiction's obligations, institutions and statistics. */
@Path("/api/v1/authorities/{authorityId}")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.AUTHORITY)
public class JurisdictionResource {

    static final PageSize PAGE = new PageSize(100, 500);

    @Inject
    CallerResolver callers;

    @Inject
    AuthorityAccess access;

    @Inject
    ObligationQueries obligations;

    @Inject
    JurisdictionStatisticsService statistics;

    @Inject
    ReferenceData referenceData;

    @GET
    @Path("/obligations")
    public Page<ObligationView> forJurisdiction(@PathParam("authorityId") String authorityId, @QueryParam("state") String state,
                                                @QueryParam("kind") String kind, @QueryParam("division") String division,
                                                @BeanParam Paging paging) {
        Caller caller = callers.current();
        AuthorityId authority = access.own(authorityId, caller);
        QueryParameters q = QueryParameters.read();
        ObligationQueries.Filter filter = new ObligationQueries.Filter(q.oneOf("state", state, DeadlineState.class),
                q.oneOf("kind", kind, ObligationKind.class), divisionPrefix(q, division));
        int pageSize = paging.checkedLimit(q, PAGE);
        return obligations.forJurisdiction(authority, caller, filter, paging.after(), pageSize);
    }

    @GET
    @Path("/institutions")
    public Page<InstitutionCompliance> institutions(@PathParam("authorityId") String authorityId,
                                                    @QueryParam("compliance") String compliance, @QueryParam("type") String type,
                                                    @QueryParam("division") String division, @BeanParam Paging paging) {
        Caller caller = callers.current();
        AuthorityId authority = access.own(authorityId, caller);
        QueryParameters q = QueryParameters.read();
        ObligationQueries.Compliance wanted = q.oneOf("compliance", compliance, ObligationQueries.Compliance.class);
        ObligationKind kind = q.oneOf("type", type, ObligationKind.class);
        String prefix = divisionPrefix(q, division);
        int pageSize = paging.checkedLimit(q, PAGE);
        return obligations.institutions(authority, caller, wanted, kind, prefix, paging.after(), pageSize);
    }

    @GET
    @Path("/statistics")
    public JurisdictionStatistics statistics(@PathParam("authorityId") String authorityId, @QueryParam("from") String from,
                                             @QueryParam("to") String to) {
        Caller caller = callers.current();
        AuthorityId authority = access.own(authorityId, caller);
        LocalDate[] period = Statistics.period(from, to);
        return statistics.of(authority, caller, period[0], period[1]);
    }

    /**
     * The same CSV as an operation of its own, for clients generated from the contract (they read its
     * body as a file). Some generated clients send only the error's type
     * ({@code Accept: application/problem+json}, the one JSON type the operation names): the answer
     * is the CSV all the same ({@link Csv#PROBLEM_JSON}).
     */
    @GET
    @Path("/statistics/export")
    @Produces({Csv.MEDIA_TYPE, Csv.PROBLEM_JSON})
    public Response statisticsExport(@PathParam("authorityId") String authorityId, @QueryParam("from") String from,
                                     @QueryParam("to") String to) {
        return statisticsCsv(authorityId, from, to);
    }

    /** The same statistics as UTF-8 CSV with a BOM: the jurisdiction's row first, then one per unit. */
    @GET
    @Path("/statistics")
    @Produces(Csv.MEDIA_TYPE + ";qs=0.5")
    public Response statisticsCsv(@PathParam("authorityId") String authorityId, @QueryParam("from") String from,
                                  @QueryParam("to") String to) {
        return Statistics.csv(statistics(authorityId, from, to));
    }

    /** The leading digits every code inside the division shares: a province's two, a prefecture's four, a county's six. */
    String divisionPrefix(QueryParameters q, String code) {
        if (code == null) {
            return null;
        }
        Division d = code.matches("[0-9]{6}") ? referenceData.divisions().find(code).orElse(null) : null;
        if (d == null) {
            q.error(FieldError.of("division", "unknown_division"));
            return null;
        }
        return switch (d.level()) {
            case PROVINCE -> code.substring(0, 2);
            case PREFECTURE -> code.substring(0, 4);
            case COUNTY -> code;
        };
    }
}
