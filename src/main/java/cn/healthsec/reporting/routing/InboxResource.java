package cn.healthsec.reporting.routing;

import cn.healthsec.reporting.authority.AuthorityId;
import cn.healthsec.reporting.problem.FieldError;
import cn.healthsec.reporting.problem.QueryParameters;
import cn.healthsec.reporting.security.AuthorityAccess;
import cn.healthsec.reporting.security.Caller;
import cn.healthsec.reporting.security.CallerResolver;
import cn.healthsec.reporting.security.Role;
import cn.healthsec.reporting.web.Page;
import cn.healthsec.reporting.web.PageSize;
import cn.healthsec.reporting.web.Paging;
import cn.healthsec.reporting.web.RequestReader;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

@Path("/api/v1/authorities/{authorityId}/inbox")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.AUTHORITY)
public class InboxResource {

    /** The largest page, and the most entries one acknowledgement takes ({@link InboxAcknowledgement}). */
    static final int MAX_LIMIT = 500;
    static final PageSize PAGE = new PageSize(100, MAX_LIMIT);

    @Inject
    CallerResolver callers;

    @Inject
    InboxService inbox;

    @Inject
    AuthorityAccess access;

    @Inject
    RequestReader reader;

    @GET
    public Page<InboxEntryView> list(@PathParam("authorityId") String authorityId, @BeanParam Paging paging, @QueryParam("acknowledged") String acknowledged) {
        Caller caller = callers.current();
        AuthorityId id = access.own(authorityId, caller);
        QueryParameters q = QueryParameters.read();
        Boolean onlyAcknowledged = q.bool("acknowledged", acknowledged);
        int pageSize = paging.checkedLimit(q, PAGE);
        return inbox.list(id, caller, paging.after(), pageSize, onlyAcknowledged);
    }

    /** Acknowledges up to a page of entries at once (a backlog drained page by page). */
    @POST
    @Path("/ack")
    @Consumes(MediaType.APPLICATION_JSON)
    public InboxAcknowledgement.Result acknowledgeAll(@PathParam("authorityId") String authorityId, JsonNode body) {
        Caller caller = callers.current();
        AuthorityId id = access.own(authorityId, caller);
        InboxAcknowledgement request = reader.read(body, InboxAcknowledgement.class, InboxResource::unique);
        return inbox.acknowledgeAll(id, request.entryIds(), caller);
    }

    /**
     * Each id once: a repeated id is a client's mistake worth naming. Runs with the field checks
     * (every error at once), so a missing list or a missing id is theirs to name, not a failure here.
     */
    static List<FieldError> unique(InboxAcknowledgement request) {
        Set<Long> seen = new HashSet<>();
        List<FieldError> errors = new ArrayList<>();
        List<Long> ids = request.entryIds() == null ? List.of() : request.entryIds();
        for (int i = 0; i < ids.size(); i++) {
            if (ids.get(i) != null && !seen.add(ids.get(i))) {
                errors.add(FieldError.of("/entryIds/" + i, "duplicate_id"));
            }
        }
        return errors;
    }

    @POST
    @Path("/{entryId}/ack")
    public InboxEntryView acknowledge(@PathParam("authorityId") String authorityId, @PathParam("entryId") long entryId) {
        Caller caller = callers.current();
        AuthorityId id = access.own(authorityId, caller);
        return inbox.acknowledge(id, entryId, caller);
    }
}
