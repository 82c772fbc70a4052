package cn.healthsec.reporting.security;

import io.quarkus.security.UnauthorizedException;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Who calls is settled before anything else about the request: on every {@code /api/} path the
 * bearer token is verified before the REST layer matches the request to an operation. Matching
 * looks at the media types, and without this a request with no token (or a forged one) and a body
 * of a type the operation does not take was answered 415 — telling a stranger what the operation
 * consumes — where every other request without a token is answered 401. The identity established
 * here is the one the role checks and {@link CallerResolver} use afterwards (authentication runs
 * once per request). The HTTP limits (414, 431, 413) still come first: they protect the service
 * before any token is read.
 */
public class AuthenticateFirst {

    @Inject
    CurrentIdentityAssociation identity;

    @ServerRequestFilter(preMatching = true)
    public Uni<Response> authenticate(ContainerRequestContext request) {
        if (!request.getUriInfo().getPath().startsWith("/api/")) {
            return Uni.createFrom().nullItem();
        }
        return identity.getDeferredIdentity().map(caller -> {
            if (caller.isAnonymous()) {
                throw new UnauthorizedException();
            }
            return null;
        });
    }
}
