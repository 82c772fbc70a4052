package cn.healthsec.reporting.catalogue;

import cn.healthsec.reporting.authority.AuthorityId;
import cn.healthsec.reporting.vocabulary.DataGrade;
import cn.healthsec.reporting.problem.QueryParameters;
import cn.healthsec.reporting.security.AuthorityAccess;
import cn.healthsec.reporting.security.Caller;
import cn.healthsec.reporting.security.CallerResolver;
import cn.healthsec.reporting.security.Role;
import cn.healthsec.reporting.vocabulary.DataCategory;
import cn.healthsec.reporting.web.Page;
import cn.healthsec.reporting.web.PageSize;
import cn.healthsec.reporting.web.Paging;
import cn.healthsec.reporting.web.Csv;
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
import jakarta.ws.rs.core.StreamingOutput;

import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

@Path("/api/v1/authorities/{authorityId}/data-catalogue")
@RolesAllowed(Role.AUTHORITY)
public class AuthorityCatalogueResource {

    static final String CSV = "text/csv";
    static final PageSize PAGE = new PageSize(200, 1000);

    @Inject
    CallerResolver callers;

    @Inject
    AuthorityAccess access;

    @Inject
    AuthorityCatalogueService catalogue;

    /** The grade and category asked for, each optional. */
    private record Requested(DataGrade grade, DataCategory category) {
    }

    private static Requested requested(QueryParameters q, String grade, String category) {
        return new Requested(q.oneOf("grade", grade, DataGrade.class), q.oneOf("category", category, DataCategory.class));
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Page<AuthorityCatalogueView> json(@PathParam("authorityId") String authorityId, @QueryParam("grade") String grade,
                                             @QueryParam("category") String category, @BeanParam Paging paging) {
        Caller caller = callers.current();
        AuthorityId authority = access.own(authorityId, caller);
        QueryParameters q = QueryParameters.read();
        Requested requested = requested(q, grade, category);
        int pageSize = paging.checkedLimit(q, PAGE);
        return catalogue.page(catalogue.filter(authority, requested.grade(), requested.category()), caller, paging.after(), pageSize);
    }

    /**
     * The same CSV as an operation of its own, for clients generated from the contract: they pick
     * an operation, not a media type, and read its body as a file.
     */
    @GET
    @Path("/export")
    @Produces({CSV, Csv.PROBLEM_JSON}) // CSV all the same when a generated client's Accept names only problem+json (Csv.PROBLEM_JSON)
    public Response export(@PathParam("authorityId") String authorityId, @QueryParam("grade") String grade,
                           @QueryParam("category") String category) {
        return csv(authorityId, grade, category);
    }

    /**
     * The whole filtered catalogue as UTF-8 CSV (with a BOM, so spreadsheet software reads the
     * Chinese right). Its lower quality makes JSON the answer to clients that accept anything.
     */
    @GET
    @Produces(CSV + ";qs=0.5")
    public Response csv(@PathParam("authorityId") String authorityId, @QueryParam("grade") String grade,
                        @QueryParam("category") String category) {
        Caller caller = callers.current();
        AuthorityId authority = access.own(authorityId, caller);
        QueryParameters q = QueryParameters.read();
        Requested requested = requested(q, grade, category);
        q.check();
        var filter = catalogue.filter(authority, requested.grade(), requested.category());
        StreamingOutput body = out -> {
            BufferedWriter w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
            w.write('\uFEFF');
            w.write(AuthorityCatalogueView.CSV_HEADER);
            w.write("\r\n");
            catalogue.export(filter, caller, row -> {
                try {
                    w.write(row.csvRow());
                    w.write("\r\n");
                } catch (java.io.IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            w.flush();
        };
        return Response.ok(body, CSV + "; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"data-catalogue-" + filter.authority() + ".csv\"")
                .build();
    }
}
