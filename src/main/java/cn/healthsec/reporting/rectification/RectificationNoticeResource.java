package cn.healthsec.reporting.rectification;

import cn.healthsec.reporting.rectification.api.RectificationNoticeRequest;
import cn.healthsec.reporting.rectification.api.RectificationNoticeView;
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

/** Rectification notices (整改通知) to one institution: issued by a commission that supervises it, read by it and its commissions. */
@Path("/api/v1/institutions/{uscc}/rectification-notices")
@Produces(MediaType.APPLICATION_JSON)
public class RectificationNoticeResource {

    @Inject
    RectificationService rectification;

    @Inject
    CallerResolver callers;

    @Inject
    RequestReader reader;

    public record Notices(List<RectificationNoticeView> notices) {
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.AUTHORITY)
    public Response issue(@PathParam("uscc") String uscc, JsonNode body) {
        RectificationNoticeRequest request = RectificationChecks.readNotice(reader, body);
        RectificationService.Issued issued = rectification.issue(uscc, request, callers.current());
        return (issued.created() ? Response.created(URI.create("/api/v1/institutions/" + uscc + "/rectification-notices")) : Response.ok())
                .entity(issued.notice()).build();
    }

    @GET
    @RolesAllowed({Role.ADMIN, Role.INSTITUTION, Role.DELEGATE, Role.AUTHORITY})
    public Notices list(@PathParam("uscc") String uscc) {
        return new Notices(rectification.notices(uscc, callers.current()));
    }
}
