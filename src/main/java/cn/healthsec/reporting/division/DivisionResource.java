package cn.healthsec.reporting.division;

import cn.healthsec.reporting.audit.AuditLog;
import cn.healthsec.reporting.problem.FieldError;
import cn.healthsec.reporting.problem.ProblemException;
import cn.healthsec.reporting.reference.ReferenceData;
import cn.healthsec.reporting.reference.ReferenceDataStore;
import cn.healthsec.reporting.security.Caller;
import cn.healthsec.reporting.security.CallerResolver;
import cn.healthsec.reporting.security.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
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
import java.util.Map;
import java.util.Set;

@Path("/api/v1/divisions")
public class DivisionResource {

    @Inject
    ReferenceData referenceData;

    @Inject
    ReferenceDataStore store;

    @Inject
    CallerResolver callers;

    @Inject
    AuditLog audit;

    public record DivisionListSummary(int divisions, long provinces, long prefectures, long counties) {
    }

    @GET
    @Path("/{code}")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.INSTITUTION, Role.AUTHORITY, Role.ADMIN})
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
    @Transactional
    public DivisionListSummary replace(String csv) {
        Caller caller = callers.current();
        DivisionList list;
        try {
            list = DivisionList.parseCsv(new StringReader(csv == null ? "" : csv));
        } catch (IOException | IllegalArgumentException e) {
            throw ProblemException.validation(List.of(FieldError.of("", "invalid_division_csv")));
        }
        Set<String> missing = store.codesInUseMissingFrom(list);
        if (!missing.isEmpty()) {
            throw ProblemException.conflict("divisions-in-use", missing.stream().limit(50)
                    .map(code -> FieldError.of("", "division_in_use", Map.of("code", code))).toList());
        }
        store.replaceDivisions(list);
        audit.record(caller, "DIVISIONS_REPLACED", "division", null);
        referenceData.invalidate();
        return summary(list);
    }

    static DivisionListSummary summary(DivisionList list) {
        return new DivisionListSummary(list.size(),
                list.all().stream().filter(d -> d.level() == DivisionLevel.PROVINCE).count(),
                list.all().stream().filter(d -> d.level() == DivisionLevel.PREFECTURE).count(),
                list.all().stream().filter(d -> d.level() == DivisionLevel.COUNTY).count());
    }
}
