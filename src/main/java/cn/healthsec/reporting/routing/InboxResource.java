package cn.healthsec.reporting.routing;

import cn.healthsec.reporting.authority.AuthorityId;
import cn.healthsec.reporting.problem.QueryParameters;
import cn.healthsec.reporting.security.AuthorityAccess;
import cn.healthsec.reporting.security.Caller;
import cn.healthsec.reporting.security.CallerResolver;
import cn.healthsec.reporting.security.Role;
import cn.healthsec.reporting.web.Page;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

@Path("/api/v1/authorities/{authorityId}/inbox")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.AUTHORITY)
public class InboxResource {

    static final int DEFAULT_LIMIT = 100;
    static final int MAX_LIMIT = 500;

    @Inject
    CallerResolver callers;

    @Inject
    InboxService inbox;

    @Inject
    AuthorityAccess access;

    @GET
    public Page<InboxEntryView> list(@PathParam("authorityId") String authorityId, @QueryParam("after") String after,
                                     @QueryParam("limit") String limit, @QueryParam("acknowledged") String acknowledged) {
        Caller caller = callers.current();
        AuthorityId id = access.own(authorityId, caller);
        QueryParameters q = QueryParameters.read();
        Boolean onlyAcknowledged = q.bool("acknowledged", acknowledged);
        int pageSize = q.limit(limit, DEFAULT_LIMIT, MAX_LIMIT);
        q.check();
        return inbox.list(id, caller, after, pageSize, onlyAcknowledged);
    }

    @POST
    @Path("/{entryId}/ack")
    public InboxEntryView acknowledge(@PathParam("authorityId") String authorityId, @PathParam("entryId") long entryId) {
        Caller caller = callers.current();
        AuthorityId id = access.own(authorityId, caller);
        return inbox.acknowledge(id, entryId, caller);
    }
}
