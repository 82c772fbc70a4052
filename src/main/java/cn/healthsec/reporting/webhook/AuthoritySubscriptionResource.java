package cn.healthsec.reporting.webhook;

import cn.healthsec.reporting.security.CallerResolver;
import cn.healthsec.reporting.security.Role;
import cn.healthsec.reporting.web.Page;
import cn.healthsec.reporting.web.Paging;
import cn.healthsec.reporting.webhook.api.DeliveryView;
import cn.healthsec.reporting.webhook.api.SubscriptionView;
import cn.healthsec.reporting.webhook.api.Subscriptions;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** An authority's push subscriptions: its inbox, pushed to its portal (its own token, or an admin's). */
@Path("/api/v1/authorities/{authorityId}/subscriptions")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.AUTHORITY, Role.ADMIN})
public class AuthoritySubscriptionResource {

    @Inject
    CallerResolver callers;

    @Inject
    SubscriptionService service;

    @Inject
    SubscriptionEndpoints endpoints;

    private Owner owner(String id, String action) {
        return service.authority(id, callers.current());
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(@PathParam("authorityId") String owner, JsonNode body) {
        return endpoints.create(owner(owner, "WEBHOOK_SUBSCRIPTION_CREATE"), body, callers.current());
    }

    @GET
    public Subscriptions list(@PathParam("authorityId") String owner) {
        return endpoints.list(owner(owner, "WEBHOOK_SUBSCRIPTIONS_READ"), callers.current());
    }

    @GET
    @Path("/{subscriptionId}")
    public SubscriptionView get(@PathParam("authorityId") String owner, @PathParam("subscriptionId") String id) {
        return endpoints.get(owner(owner, "WEBHOOK_SUBSCRIPTION_READ"), id, callers.current());
    }

    @DELETE
    @Path("/{subscriptionId}")
    public Response delete(@PathParam("authorityId") String owner, @PathParam("subscriptionId") String id) {
        return endpoints.delete(owner(owner, "WEBHOOK_SUBSCRIPTION_DELETE"), id, callers.current());
    }

    @POST
    @Path("/{subscriptionId}/pause")
    public SubscriptionView pause(@PathParam("authorityId") String owner, @PathParam("subscriptionId") String id) {
        return endpoints.pause(owner(owner, "WEBHOOK_SUBSCRIPTION_PAUSE"), id, callers.current());
    }

    @POST
    @Path("/{subscriptionId}/resume")
    public SubscriptionView resume(@PathParam("authorityId") String owner, @PathParam("subscriptionId") String id) {
        return endpoints.resume(owner(owner, "WEBHOOK_SUBSCRIPTION_RESUME"), id, callers.current());
    }

    @POST
    @Path("/{subscriptionId}/rotate-secret")
    public SubscriptionView rotate(@PathParam("authorityId") String owner, @PathParam("subscriptionId") String id) {
        return endpoints.rotate(owner(owner, "WEBHOOK_SECRET_ROTATE"), id, callers.current());
    }

    @POST
    @Path("/{subscriptionId}/replay")
    @Consumes(MediaType.APPLICATION_JSON)
    public SubscriptionView replay(@PathParam("authorityId") String owner, @PathParam("subscriptionId") String id, JsonNode body) {
        return endpoints.replay(owner(owner, "WEBHOOK_SUBSCRIPTION_REPLAY"), id, body, callers.current());
    }

    @GET
    @Path("/{subscriptionId}/deliveries")
    public Page<DeliveryView> deliveries(@PathParam("authorityId") String owner, @PathParam("subscriptionId") String id,
                                         @QueryParam("state") String state, @BeanParam Paging paging) {
        return endpoints.deliveries(owner(owner, "WEBHOOK_DELIVERIES_READ"), id, state, paging, callers.current());
    }

    @POST
    @Path("/{subscriptionId}/deliveries/{deliveryId}/redeliver")
    public Response redeliver(@PathParam("authorityId") String owner, @PathParam("subscriptionId") String id,
                              @PathParam("deliveryId") String deliveryId) {
        return endpoints.redeliver(owner(owner, "WEBHOOK_EVENT_REDELIVER"), id, deliveryId, callers.current());
    }
}
