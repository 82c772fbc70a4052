package cn.healthsec.reporting.obligation;

import cn.healthsec.reporting.obligation.api.ObligationView;
import cn.healthsec.reporting.problem.QueryParameters;
import cn.healthsec.reporting.reference.ReferenceData;
import cn.healthsec.reporting.rules.DeadlineState;
import cn.healthsec.reporting.security.AuthorityAccess;
import cn.healthsec.reporting.security.Caller;
import cn.healthsec.reporting.security.CallerResolver;
import cn.healthsec.reporting.security.Role;
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

/** An institution's obligations over HTTP: the institution, the commissions above it, an admin. */
@Path("/api/v1/institutions/{uscc}/obligations")
@Produces(MediaType.APPLICATION_JSON)
public class InstitutionObligationResource {

    static final PageSize PAGE = new PageSize(100, 500);

    @Inject
    CallerResolver callers;

    @Inject
    AuthorityAccess access;

    @Inject
    ObligationQueries obligations;

    @Inject
    ReferenceData referenceData;

    @GET
    @RolesAllowed({Role.ADMIN, Role.INSTITUTION, Role.DELEGATE, Role.AUTHORITY})
    public Page<ObligationView> forInstitution(@PathParam("uscc") String uscc, @QueryParam("state") String state,
                                               @QueryParam("kind") String kind, @BeanParam Paging paging) {
        Caller caller = callers.current();
        QueryParameters q = QueryParameters.read();
        ObligationQueries.Filter filter = new ObligationQueries.Filter(q.oneOf("state", state, DeadlineState.class),
                q.oneOf("kind", kind, ObligationKind.class), null);
        int pageSize = paging.checkedLimit(q, PAGE);
        return obligations.forInstitution(uscc, caller, filter, paging.after(), pageSize);
    }
}
