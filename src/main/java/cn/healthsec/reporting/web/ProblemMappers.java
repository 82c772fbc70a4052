package cn.healthsec.reporting.web;

import cn.healthsec.reporting.audit.Refusal;
import cn.healthsec.reporting.audit.RequestId;
import cn.healthsec.reporting.problem.FieldError;
import cn.healthsec.reporting.problem.ProblemException;
import cn.healthsec.reporting.problem.ProblemResponses;
import cn.healthsec.reporting.problem.ProblemType;
import cn.healthsec.reporting.problem.Validation;
import cn.healthsec.reporting.security.TokenHolder;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.NotAcceptableException;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The one place exceptions of the REST layer become HTTP answers. Every answer is
 * application/problem+json; no exception text, class name or stack trace reaches the client, and
 * no exception message reaches the log (messages of the JSON parser and of the database driver
 * quote request data). Every refusal is audited before it is answered ({@link RefusalAudit}).
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);
    /** A database outage is logged once per this many milliseconds, with the number of requests it refused. */
    private static final long OUTAGE_LOG_INTERVAL_MS = 10_000;
    private static final AtomicLong LAST_OUTAGE_LOG = new AtomicLong();
    private static final AtomicLong OUTAGE_ANSWERS = new AtomicLong();

    @Inject
    CurrentIdentityAssociation identities;

    @Inject
    RefusalAudit refusals;

    @ServerExceptionMapper
    public Uni<Response> problem(ProblemException e, HttpHeaders headers, UriInfo uri, Request request) {
        return answer(e.type(), e.detailKey(), e.arguments(), e.errors(), headers, uri, request);
    }

    @ServerExceptionMapper
    public Uni<Response> constraintViolation(ConstraintViolationException e, HttpHeaders headers, UriInfo uri, Request request) {
        List<FieldError> errors = Validation.toFieldErrors(e.getConstraintViolations());
        return answer(ProblemType.VALIDATION, "validation", Map.of("count", errors.size()), errors, headers, uri, request);
    }

    @ServerExceptionMapper({AuthenticationFailedException.class, UnauthorizedException.class})
    public Uni<Response> unauthenticated(Exception e, HttpHeaders headers, UriInfo uri, Request request) {
        return answer(ProblemType.UNAUTHENTICATED, "unauthenticated", Map.of(), List.of(), headers, uri, request);
    }

    @ServerExceptionMapper
    public Uni<Response> forbidden(ForbiddenException e, HttpHeaders headers, UriInfo uri, Request request) {
        return answer(ProblemType.FORBIDDEN, "forbidden.role", Map.of(), List.of(), headers, uri, request);
    }

    /**
     * A body the parser could not read: not JSON, text after the document, or beyond the parser's
     * limits ({@link StrictJson}). The parser's message quotes the body, so it is dropped.
     */
    @ServerExceptionMapper({JsonProcessingException.class, JsonParseException.class, StreamReadException.class,
            StreamConstraintsException.class, MismatchedInputException.class})
    public Uni<Response> unreadableJson(JsonProcessingException e, HttpHeaders headers, UriInfo uri, Request request) {
        if (e instanceof StreamConstraintsException) {
            return answer(ProblemType.MALFORMED_JSON, "json-limits", Map.of("nesting", StrictJson.MAX_NESTING,
                    "number", StrictJson.MAX_NUMBER_LENGTH, "name", StrictJson.MAX_NAME_LENGTH), List.of(), headers, uri, request);
        }
        return answer(ProblemType.MALFORMED_JSON, "malformed-json", Map.of(), List.of(), headers, uri, request);
    }

    @ServerExceptionMapper
    public Uni<Response> webApplication(WebApplicationException e, HttpHeaders headers, UriInfo uri, Request request) {
        if (e.getCause() instanceof StreamConstraintsException limits) {
            return unreadableJson(limits, headers, uri, request);
        }
        int status = e.getResponse() == null ? 500 : e.getResponse().getStatus();
        ProblemType type;
        if (e instanceof NotFoundException) {
            type = ProblemType.NOT_FOUND;
        } else if (e instanceof NotAllowedException) {
            type = ProblemType.METHOD_NOT_ALLOWED;
        } else if (e instanceof NotSupportedException) {
            type = ProblemType.UNSUPPORTED_MEDIA_TYPE;
        } else if (e instanceof NotAcceptableException) {
            type = ProblemType.NOT_ACCEPTABLE;
        } else if (status == 413) {
            return answer(ProblemType.PAYLOAD_TOO_LARGE, "payload-too-large", Map.of("limit", HttpLimits.MAX_BODY_BYTES), List.of(),
                    headers, uri, request);
        } else if (status < 500) {
            // Unparseable bodies and unconvertible parameters: Quarkus answers 400 for both.
            type = ProblemType.MALFORMED_JSON;
        } else {
            type = ProblemType.INTERNAL;
            LOG.errorf("request failed: %s", e.getClass().getName());
        }
        return answer(type, type.slug(), Map.of(), List.of(), headers, uri, request);
    }

    @ServerExceptionMapper
    public Uni<Response> unexpected(Throwable e, HttpHeaders headers, UriInfo uri, Request request) {
        if (DatabaseFailures.isUnavailable(e)) {
            logOutage(e);
            return answer(ProblemType.UNAVAILABLE, "unavailable", Map.of(), List.of(), headers, uri, request);
        }
        // Only the classes of the causes, and where: exception messages can quote request values.
        LOG.errorf("unexpected failure: %s at %s", DatabaseFailures.causes(e),
                e.getStackTrace().length > 0 ? e.getStackTrace()[0] : "?");
        return answer(ProblemType.INTERNAL, "internal", Map.of(), List.of(), headers, uri, request);
    }

    private Uni<Response> answer(ProblemType type, String detailKey, Map<String, Object> arguments, List<FieldError> errors,
                                 HttpHeaders headers, UriInfo uri, Request request) {
        Response response = ProblemResponses.of(type, detailKey, arguments, errors, headers, uri);
        if (!RefusalAudit.isRefusal(type.status())) {
            return Uni.createFrom().item(response);
        }
        String method = request.getMethod();
        String path = ProblemResponses.safeInstance(uri.getRequestUri().getRawPath());
        String requestId = RequestId.current();
        Uni<TokenHolder> holder = type == ProblemType.UNAUTHENTICATED ? Uni.createFrom().item(TokenHolder.ANONYMOUS)
                : identities.getDeferredIdentity().map(TokenHolder::of).onFailure().recoverWithItem(TokenHolder.ANONYMOUS);
        return holder
                .map(h -> new Refusal(h.subject(), h.role(), h.organisation(), method, path, type.status(), type.slug(), requestId))
                .chain(refusals::record)
                .replaceWith(response);
    }

    /** One line per outage interval, never a stack trace: the driver's messages and traces repeat for every request. */
    private static void logOutage(Throwable e) {
        long count = OUTAGE_ANSWERS.incrementAndGet();
        long now = System.currentTimeMillis();
        long last = LAST_OUTAGE_LOG.get();
        if (now - last >= OUTAGE_LOG_INTERVAL_MS && LAST_OUTAGE_LOG.compareAndSet(last, now)) {
            OUTAGE_ANSWERS.set(0);
            LOG.warnf("database unavailable (%s): answered 503 to %d request(s) since the last report", e.getClass().getName(), count);
        }
    }
}
