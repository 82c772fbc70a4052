package cn.healthsec.reporting.institution;

import cn.healthsec.reporting.security.CallerResolver;
import cn.healthsec.reporting.security.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** For a delegate: the institutions it may file for now (its token need not name one). */
@Path("/api/v1/delegations")
@Produces(MediaType.APPLICATION_JSON)
public class DelegationsOfCallerResource {

    @Inject
    DelegationService delegations;

    @Inject
    CallerResolver callers;

    @GET
    @RolesAllowed(Role.DELEGATE)
    public DelegationResource.Grants mine() {
        return new DelegationResource.Grants(delegations.mine(callers.current()));
    }
}
