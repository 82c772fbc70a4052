package cn.healthsec.reporting.problem;

import io.quarkus.security.AuthenticationFailedException;
import cn.healthsec.reporting.audit.AuditLog;
import cn.healthsec.reporting.privacy.PersonalDataDetector;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Request;
import io.quarkus.security.UnauthorizedException;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.NotAcceptableException;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.util.List;
import java.util.Map;

/**
 * The one place exceptions become HTTP answers. Every answer is application/problem+json; no
 * exception text, class name or stack trace reaches the client.
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @Inject
    SecurityIdentity identity;

    @Inject
    AuditLog audit;

    @ServerExceptionMapper
    public Response problem(ProblemException e, HttpHeaders headers, UriInfo uri, Request request) {
        if (e.type() == ProblemType.FORBIDDEN) {
            auditForbidden(uri, request);
        }
        return ProblemResponses.of(e, headers, uri);
    }

    @ServerExceptionMapper
    public Response constraintViolation(ConstraintViolationException e, HttpHeaders headers, UriInfo uri) {
        return ProblemResponses.of(ProblemException.validation(Validation.toFieldErrors(e.getConstraintViolations())), headers, uri);
    }

    @ServerExceptionMapper({AuthenticationFailedException.class, UnauthorizedException.class})
    public Response unauthenticated(Exception e, HttpHeaders headers, UriInfo uri) {
        return ProblemResponses.of(ProblemType.UNAUTHENTICATED, "unauthenticated", Map.of(), List.of(), headers, uri);
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, HttpHeaders headers, UriInfo uri, Request request) {
        auditForbidden(uri, request);
        return ProblemResponses.of(ProblemType.FORBIDDEN, "forbidden.role", Map.of(), List.of(), headers, uri);
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e, HttpHeaders headers, UriInfo uri) {
        ProblemType type;
        if (e instanceof NotFoundException) {
            type = ProblemType.NOT_FOUND;
        } else if (e instanceof NotAllowedException) {
            type = ProblemType.METHOD_NOT_ALLOWED;
        } else if (e instanceof NotSupportedException) {
            type = ProblemType.UNSUPPORTED_MEDIA_TYPE;
        } else if (e instanceof NotAcceptableException) {
            type = ProblemType.NOT_ACCEPTABLE;
        } else if (e.getResponse() != null && e.getResponse().getStatus() < 500) {
            // Unparseable bodies and unconvertible parameters: Quarkus answers 400 for both.
            type = ProblemType.MALFORMED_JSON;
        } else {
            type = ProblemType.INTERNAL;
        }
        if (type == ProblemType.INTERNAL) {
            LOG.errorf("request failed: %s", e.getClass().getName());
        }
        return ProblemResponses.of(type, type.slug(), Map.of(), List.of(), headers, uri);
    }

    /** Every 403 is audited, whichever check refused: role, claims, another's inbox or institution. */
    private void auditForbidden(UriInfo uri, Request request) {
        try {
            audit.forbidden(identity.isAnonymous() ? null : identity.getPrincipal().getName(), request.getMethod(),
                    PersonalDataDetector.redacted(uri.getRequestUri().getPath()));
        } catch (RuntimeException failure) {
            // The refusal stands whatever happens to its audit record; say so without details.
            LOG.errorf("could not audit a refusal: %s", failure.getClass().getName());
        }
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e, HttpHeaders headers, UriInfo uri) {
        // Only the class name: exception messages can quote request values.
        LOG.errorf("unexpected failure: %s at %s", e.getClass().getName(),
                e.getStackTrace().length > 0 ? e.getStackTrace()[0] : "?");
        return ProblemResponses.of(ProblemType.INTERNAL, "internal", Map.of(), List.of(), headers, uri);
    }
}
