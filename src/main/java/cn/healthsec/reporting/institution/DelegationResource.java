package cn.healthsec.reporting.institution;

import cn.healthsec.reporting.institution.api.GrantRequest;
import cn.healthsec.reporting.institution.api.GrantView;
import cn.healthsec.reporting.problem.ProblemException;
import cn.healthsec.reporting.security.CallerResolver;
import cn.healthsec.reporting.security.Role;
import cn.healthsec.reporting.web.RequestReader;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.net.URI;
import java.util.List;

/** Who may file for an institution besides itself: its grants to delegates (HIS vendors, regional platforms). */
@Path("/api/v1/institutions/{uscc}/delegates")
@Produces(MediaType.APPLICATION_JSON)
public class DelegationResource {

    @Inject
    DelegationService delegations;

    @Inject
    CallerResolver callers;

    @Inject
    RequestReader reader;

    /** The grants of an institution, in force or not. */
    public record Grants(List<GrantView> grants) {
    }

    @GET
    @RolesAllowed({Role.ADMIN, Role.INSTITUTION})
    public Grants list(@PathParam("uscc") String uscc) {
        return new Grants(delegations.list(uscc, callers.current()));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.ADMIN, Role.INSTITUTION})
    public Response grant(@PathParam("uscc") String uscc, JsonNode body) {
        GrantRequest request = reader.read(body, GrantRequest.class, DelegationService::check);
        GrantView g = delegations.grant(uscc, request, callers.current());
        return Response.created(URI.create("/api/v1/institutions/" + uscc + "/delegates/" + g.id())).entity(g).build();
    }

    /** Revokes a grant at once: the delegate's next request for the institution is refused. Revoking twice answers the same. */
    @DELETE
    @Path("/{grantId}")
    @RolesAllowed({Role.ADMIN, Role.INSTITUTION})
    public GrantView revoke(@PathParam("uscc") String uscc, @PathParam("grantId") String grantId) {
        long id;
        try {
            id = Long.parseLong(grantId);
        } catch (NumberFormatException e) {
            throw ProblemException.notFound();
        }
        return delegations.revoke(uscc, id, callers.current());
    }
}
