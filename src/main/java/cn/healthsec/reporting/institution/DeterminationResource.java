package cn.healthsec.reporting.institution;

import cn.healthsec.reporting.institution.api.DeterminationRequest;
import cn.healthsec.reporting.institution.api.DeterminationView;
import cn.healthsec.reporting.security.CallerResolver;
import cn.healthsec.reporting.security.Role;
import cn.healthsec.reporting.web.RequestReader;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.net.URI;
import java.util.List;

/** Important-data determinations about one institution (2026 Data Measures art. 6 ¶1). */
@Path("/api/v1/institutions/{uscc}/important-data-determinations")
@Produces(MediaType.APPLICATION_JSON)
public class DeterminationResource {

    @Inject
    DeterminationService determinations;

    @Inject
    CallerResolver callers;

    @Inject
    RequestReader reader;

    public record Determinations(List<DeterminationView> determinations) {
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.AUTHORITY)
    public Response determine(@PathParam("uscc") String uscc, JsonNode body) {
        DeterminationRequest request = reader.read(body, DeterminationRequest.class, r -> List.of());
        DeterminationView d = determinations.determine(uscc, request, callers.current());
        return Response.created(URI.create("/api/v1/institutions/" + uscc + "/important-data-determinations")).entity(d).build();
    }

    @GET
    @RolesAllowed({Role.ADMIN, Role.INSTITUTION, Role.DELEGATE, Role.AUTHORITY})
    public Determinations list(@PathParam("uscc") String uscc) {
        return new Determinations(determinations.list(uscc, callers.current()));
    }
}
