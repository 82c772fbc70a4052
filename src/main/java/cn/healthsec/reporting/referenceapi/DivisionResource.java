package cn.healthsec.reporting.referenceapi;

import cn.healthsec.reporting.division.Division;
import cn.healthsec.reporting.division.DivisionLevel;
import cn.healthsec.reporting.division.DivisionList;
import cn.healthsec.reporting.problem.FieldError;
import cn.healthsec.reporting.problem.ProblemException;
import cn.healthsec.reporting.reference.ReferenceData;
import cn.healthsec.reporting.security.Caller;
import cn.healthsec.reporting.security.CallerResolver;
import cn.healthsec.reporting.security.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;

@Path("/api/v1/divisions")
public class DivisionResource {

    @Inject
    ReferenceData referenceData;

    @Inject
    ReferenceDataService referenceDataService;

    @Inject
    CallerResolver callers;


    public record DivisionListSummary(int divisions, long provinces, long prefectures, long counties) {
    }

    @GET
    @Path("/{code}")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.INSTITUTION, Role.DELEGATE, Role.AUTHORITY, Role.ADMIN})
    public Division get(@PathParam("code") String code) {
        return referenceData.divisions().find(code).orElseThrow(ProblemException::notFound);
    }

    /**
     * Replaces the whole GB/T 2260 list with the posted CSV ({@code code,name,level}). Refused when
     * a registered institution's division would disappear: move those institutions first.
     */
    @PUT
    @Consumes("text/csv")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.ADMIN)
    public DivisionListSummary replace(String csv) {
        Caller caller = callers.current();
        DivisionList list;
        try {
            list = DivisionList.parseCsv(new StringReader(csv == null ? "" : csv));
        } catch (IOException | IllegalArgumentException e) {
            throw ProblemException.validation(List.of(FieldError.of("", "invalid_division_csv")));
        }
        referenceDataService.replaceDivisions(list, caller);
        return summary(list);
    }

    static DivisionListSummary summary(DivisionList list) {
        return new DivisionListSummary(list.size(),
                list.all().stream().filter(d -> d.level() == DivisionLevel.PROVINCE).count(),
                list.all().stream().filter(d -> d.level() == DivisionLevel.PREFECTURE).count(),
                list.all().stream().filter(d -> d.level() == DivisionLevel.COUNTY).count());
    }
}
