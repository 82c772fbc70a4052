package cn.healthsec.reporting.web;

import cn.healthsec.reporting.audit.Refusal;
import cn.healthsec.reporting.problem.Messages;
import cn.healthsec.reporting.problem.Problem;
import cn.healthsec.reporting.problem.ProblemResponses;
import cn.healthsec.reporting.problem.ProblemType;
import cn.healthsec.reporting.problem.TextHygiene;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.http.impl.HttpServerRequestInternal;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * The limits of the HTTP layer, answered like every other refusal: problem+json in the caller's
 * language, audited. Checked first on every request, before authentication and before any body
 * byte is read:
 * <ul>
 *   <li>request URI at most {@value #MAX_URI_LENGTH} characters, else 414;</li>
 *   <li>header block at most {@value #MAX_HEADER_BYTES} bytes, else 431;</li>
 *   <li>declared body ({@code Content-Length}) at most {@value #MAX_BODY_BYTES} bytes, else 413
 *       (a chunked body is cut at the same size while it is read);</li>
 *   <li>a URI that is not RFC 3986 (a <code>{</code> in the path), malformed percent-encoding, or a path or
 *       query that decodes to control characters (tab and line breaks included) or invalid UTF-8, else 400.</li>
 * </ul>
 * The HTTP codec's own ceilings ({@code quarkus.http.limits.max-initial-line-length} and
 * {@code max-header-size}) are set well above these so that the refusals are ours; a request beyond
 * even those (64 KiB) is cut off by the codec with a bare status, as a protection of the codec's memory.
 */
@ApplicationScoped
public class HttpLimits {

    public static final int MAX_BODY_BYTES = 2 * 1024 * 1024;
    public static final int MAX_URI_LENGTH = 4096;
    public static final int MAX_HEADER_BYTES = 20 * 1024;

    /** Before Quarkus's own upload limit (order -2) and everything else the application router runs. */
    static final int ORDER = -1000;

    /**
     * Quarkus's switch for its own URI check, which refuses an invalid URI with an empty 400 before
     * any route runs. Its maintainers keep it for benchmarks, since a URI that is not validated is an
     * attack vector; here the check is not dropped but moved: {@link #wellFormed} runs the same
     * {@code java.net.URI} parse, and more, as the first route of every request. It must be set before
     * Quarkus's HTTP recorder is loaded: by {@code Main} in the packaged service, by the build for
     * tests and dev mode.
     */
    public static final String URI_VALIDATION_SWITCH = "vertx.disableURIValidation";

    private static final org.jboss.logging.Logger LOG = org.jboss.logging.Logger.getLogger(HttpLimits.class);

    /**
     * The {@code uri} tag of {@code http.server.requests} (and the span's route) for a request refused
     * here, which matched no endpoint. Without it, Quarkus tags such a request with its raw path: any
     * client could spend the registry's 100 uri tags with 100 long URIs (the endpoints first called
     * after that would have no metrics), and a path may carry what a caller should not have put there.
     */
    public static final String REFUSED_URI_TAG = "/REFUSED";

    /** The request-context local Quarkus's HTTP metrics and tracing read for the route template (quarkus-micrometer, HttpRequestMetric). */
    static final String URL_PATH_TEMPLATE = "UrlPathTemplate";

    public static void takeOverUriValidation() {
        System.setProperty(URI_VALIDATION_SWITCH, "true");
    }

    @Inject
    ObjectMapper mapper;

    @Inject
    RefusalAudit refusals;

    void install(@Observes Router router) {
        if (!Boolean.getBoolean(URI_VALIDATION_SWITCH)) {
            LOG.warnf("%s is not set: Quarkus refuses malformed URIs itself, with an empty 400 instead of a problem document",
                    URI_VALIDATION_SWITCH);
        }
        router.route().order(ORDER).handler(this::check);
        router.route().order(ORDER).failureHandler(this::failed);
    }

    /**
     * Requests the router itself fails before any handler runs — a path whose percent-encoding or
     * characters it cannot decode is failed with 400 while the routing context is created — get a
     * problem too. Failures that carry an exception are the REST layer's and pass on.
     */
    void failed(RoutingContext context) {
        if (context.failure() == null && !context.response().headWritten() && context.statusCode() == 400) {
            refuse(context, ProblemType.MALFORMED_REQUEST, "malformed-request", Map.of(), false);
        } else {
            context.next();
        }
    }

    void check(RoutingContext context) {
        HttpServerRequest request = context.request();
        context.addHeadersEndHandler(v -> tagUnmatched(context));
        String uri = request.uri();
        if (uri.length() > MAX_URI_LENGTH) {
            refuse(context, ProblemType.URI_TOO_LONG, "uri-too-long", Map.of("limit", MAX_URI_LENGTH), false);
        } else if (headerBytes(request.headers()) > MAX_HEADER_BYTES) {
            refuse(context, ProblemType.HEADERS_TOO_LARGE, "headers-too-large", Map.of("limit", MAX_HEADER_BYTES), false);
        } else if (declaredLength(request) > MAX_BODY_BYTES) {
            refuse(context, ProblemType.PAYLOAD_TOO_LARGE, "payload-too-large", Map.of("limit", MAX_BODY_BYTES), true);
        } else if (!wellFormed(uri)) {
            refuse(context, ProblemType.MALFORMED_REQUEST, "malformed-request", Map.of(), false);
        } else {
            context.next();
        }
    }

    /**
     * A refusal the REST layer makes before it settles on an endpoint (405 for a method the path does
     * not take, 406, 415) carries no route template either: it is tagged {@link #REFUSED_URI_TAG} as
     * ours are. A 404 without one keeps Quarkus's own {@code NOT_FOUND}; an endpoint's answers keep
     * their template.
     */
    private static void tagUnmatched(RoutingContext context) {
        int status = context.response().getStatusCode();
        if (status >= 400 && status != 404 && context.request() instanceof HttpServerRequestInternal internal
                && internal.context().getLocal(URL_PATH_TEMPLATE) == null) {
            tagRefused(internal);
        }
    }

    private static void tagRefused(HttpServerRequest request) {
        if (request instanceof HttpServerRequestInternal internal) {
            internal.context().putLocal(URL_PATH_TEMPLATE, REFUSED_URI_TAG);
        }
    }

    private void refuse(RoutingContext context, ProblemType type, String detailKey, Map<String, Object> arguments, boolean close) {
        refuse(context, type, detailKey, arguments, close, Map.of(), true);
    }

    /**
     * Answers the request with a problem of {@code type} and {@code headers} besides the usual ones,
     * once the refusal is audited ({@code audit}) or at once.
     */
    void refuse(RoutingContext context, ProblemType type, String detailKey, Map<String, Object> arguments, boolean close,
                Map<String, String> headers, boolean audit) {
        HttpServerRequest request = context.request();
        tagRefused(request);
        String rawPath = pathOf(request.uri());
        Problem problem = ProblemResponses.document(type, detailKey, arguments, List.of(),
                request.getHeader(HttpHeaders.ACCEPT_LANGUAGE), rawPath);
        String body;
        try {
            body = mapper.writeValueAsString(problem);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a problem document could not be written", e);
        }
        Refusal refusal = Refusal.anonymous(request.method().name(), ProblemResponses.safeInstance(rawPath), type.status(), type.slug(),
                context.get(RequestIds.CONTEXT_KEY));
        refusals.record(refusal, audit).subscribe().with(done -> {
            HttpServerResponse response = context.response();
            if (response.ended()) {
                return;
            }
            response.setStatusCode(type.status())
                    .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                    .putHeader(HttpHeaders.CONTENT_LANGUAGE, Messages.choose(request.getHeader(HttpHeaders.ACCEPT_LANGUAGE)).toLanguageTag());
            ProblemResponses.extraHeaders(type).forEach(response::putHeader);
            headers.forEach(response::putHeader);
            if (close) {
                // The body was not read: the connection cannot carry another request.
                response.putHeader(HttpHeaders.CONNECTION, "close");
                response.endHandler(v -> request.connection().close());
            }
            response.end(body);
        });
    }

    static int headerBytes(MultiMap headers) {
        int total = 0;
        for (Map.Entry<String, String> h : headers) {
            total += h.getKey().length() + h.getValue().length() + 4;
        }
        return total;
    }

    private static long declaredLength(HttpServerRequest request) {
        String value = request.getHeader(HttpHeaders.CONTENT_LENGTH);
        if (value == null) {
            return -1;
        }
        try {
            return Long.parseLong(value.trim());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static String pathOf(String uri) {
        int query = uri.indexOf('?');
        return query < 0 ? uri : uri.substring(0, query);
    }

    /**
     * An origin-form request target (RFC 9112 §3.2.1) of RFC 3986 characters, whose percent-encoded
     * octets are UTF-8 and decode to no character a request may not carry.
     */
    static boolean wellFormed(String uri) {
        if (uri.isEmpty() || uri.charAt(0) != '/') {
            return false;
        }
        int fragment = uri.indexOf('#');
        if (fragment >= 0) {
            return false;
        }
        for (int i = 0; i < uri.length(); i++) {
            char c = uri.charAt(i);
            if (c == '%') {
                if (i + 2 >= uri.length() || Character.digit(uri.charAt(i + 1), 16) < 0 || Character.digit(uri.charAt(i + 2), 16) < 0) {
                    return false;
                }
                i += 2;
            } else if (!isUriCharacter(c)) {
                return false;
            }
        }
        String decoded = decode(uri);
        if (decoded == null || TextHygiene.isUnsafe(decoded) || decoded.chars().anyMatch(c -> c < 0x20)) {
            return false;
        }
        try {
            // What Quarkus checked before handing the check over: at least as strict as it.
            new java.net.URI(uri);
            return true;
        } catch (java.net.URISyntaxException e) {
            return false;
        }
    }

    private static boolean isUriCharacter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                || "-._~:/?[]@!$&'()*+,;=".indexOf(c) >= 0;
    }

    /** Percent-decoding as UTF-8, strictly: null when the octets are not UTF-8. */
    private static String decode(String uri) {
        byte[] bytes = new byte[uri.length()];
        int n = 0;
        for (int i = 0; i < uri.length(); i++) {
            char c = uri.charAt(i);
            if (c == '%') {
                bytes[n++] = (byte) Integer.parseInt(uri.substring(i + 1, i + 3), 16);
                i += 2;
            } else {
                bytes[n++] = (byte) c;
            }
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes, 0, n)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }
}
