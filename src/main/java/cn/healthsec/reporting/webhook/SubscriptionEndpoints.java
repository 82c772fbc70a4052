package cn.healthsec.reporting.webhook;

import cn.healthsec.reporting.problem.ProblemException;
import cn.healthsec.reporting.problem.QueryParameters;
import cn.healthsec.reporting.security.Caller;
import cn.healthsec.reporting.web.Page;
import cn.healthsec.reporting.web.PageSize;
import cn.healthsec.reporting.web.Paging;
import cn.healthsec.reporting.web.RequestReader;
import cn.healthsec.reporting.webhook.api.DeliveryView;
import cn.healthsec.reporting.webhook.api.ReplayRequest;
import cn.healthsec.reporting.webhook.api.SubscriptionRequest;
import cn.healthsec.reporting.webhook.api.SubscriptionView;
import cn.healthsec.reporting.webhook.api.Subscriptions;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;

import java.net.URI;
import java.util.List;
import java.util.UUID;

/**
 * The subscription operations, whoever owns them: the authorities' and the institutions' resources
 * resolve the owner from the path and the caller, then come here. Order of refusals: who may (403,
 * 404), then whether push delivery is configured (503), then the request (400, 422), then the state
 * (404, 409).
 */
@ApplicationScoped
public class SubscriptionEndpoints {

    static final PageSize PAGE = new PageSize(50, 200);

    /** A delivery's state, as the listing filters it. */
    enum DeliveryState { PENDING, DELIVERED, FAILED }

    @Inject
    SubscriptionService service;

    @Inject
    RequestReader reader;

    public Response create(Owner owner, JsonNode body, Caller caller) {
        service.requireConfigured();
        SubscriptionRequest request = reader.read(body, SubscriptionRequest.class, r -> service.check(r, owner.kind()));
        service.checkAddress(request.url());
        SubscriptionView created = service.create(owner, request, caller);
        return Response.created(URI.create(owner.subscriptionsPath() + "/" + created.id())).entity(created).build();
    }

    public Subscriptions list(Owner owner, Caller caller) {
        service.requireConfigured();
        return new Subscriptions(service.list(owner, caller));
    }

    public SubscriptionView get(Owner owner, String id, Caller caller) {
        service.requireConfigured();
        return service.get(owner, uuid(id), caller);
    }

    public Response delete(Owner owner, String id, Caller caller) {
        service.requireConfigured();
        service.delete(owner, uuid(id), caller);
        return Response.noContent().build();
    }

    public SubscriptionView pause(Owner owner, String id, Caller caller) {
        service.requireConfigured();
        return service.pause(owner, uuid(id), caller);
    }

    public SubscriptionView resume(Owner owner, String id, Caller caller) {
        service.requireConfigured();
        return service.resume(owner, uuid(id), caller);
    }

    public SubscriptionView rotate(Owner owner, String id, Caller caller) {
        service.requireConfigured();
        return service.rotate(owner, uuid(id), caller);
    }

    public SubscriptionView replay(Owner owner, String id, JsonNode body, Caller caller) {
        service.requireConfigured();
        ReplayRequest request = reader.read(body, ReplayRequest.class, r -> List.of());
        return service.replay(owner, uuid(id), request, caller);
    }

    public Page<DeliveryView> deliveries(Owner owner, String id, String state, Paging paging, Caller caller) {
        service.requireConfigured();
        QueryParameters q = QueryParameters.read();
        DeliveryState s = q.oneOf("state", state, DeliveryState.class);
        int pageSize = paging.checkedLimit(q, PAGE);
        return service.deliveries(owner, uuid(id), s == null ? null : s.name(), paging.after(), pageSize, caller);
    }

    public Response redeliver(Owner owner, String id, String deliveryId, Caller caller) {
        service.requireConfigured();
        long delivery;
        try {
            delivery = Long.parseLong(deliveryId);
        } catch (NumberFormatException e) {
            throw ProblemException.notFound();
        }
        return Response.accepted(service.redeliver(owner, uuid(id), delivery, caller)).build();
    }

    /** A subscription id that is not a UUID names nothing here. */
    private static UUID uuid(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw ProblemException.notFound();
        }
    }
}
