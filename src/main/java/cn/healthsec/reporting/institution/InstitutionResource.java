package cn.healthsec.reporting.institution;

import cn.healthsec.reporting.institution.api.InstitutionRequest;
import cn.healthsec.reporting.institution.api.InstitutionView;
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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

@Path("/api/v1/institutions/{uscc}")
@Produces(MediaType.APPLICATION_JSON)
public class InstitutionResource {

    @Inject
    InstitutionService institutions;

    @Inject
    RequestReader reader;

    @Inject
    CallerResolver callers;

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.ADMIN)
    public Response put(@PathParam("uscc") String uscc, JsonNode body) {
        var caller = callers.current();
        InstitutionRequest request = reader.read(body, InstitutionRequest.class, r -> institutions.check(uscc, r));
        InstitutionService.Saved saved = institutions.put(uscc, request, caller);
        return Response.status(saved.created() ? Response.Status.CREATED : Response.Status.OK).entity(saved.view()).build();
    }

    @GET
    @RolesAllowed({Role.ADMIN, Role.INSTITUTION, Role.DELEGATE, Role.AUTHORITY})
    public InstitutionView get(@PathParam("uscc") String uscc) {
        return institutions.get(uscc, callers.current());
    }
}
