package cn.healthsec.reporting.webhook;

import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpClientRequest;
import io.vertx.core.http.HttpClientResponse;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.net.SocketAddress;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import javax.net.ssl.SSLException;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Makes one attempt: a POST to the address {@link AddressPolicy} checked (the URL's host named in
 * the Host header, TLS SNI and the certificate check), no redirect followed, {@code connect-timeout}
 * to connect and {@code timeout} for the whole answer's status and headers. The answer's body is
 * read and thrown away (at most {@value #MAX_BODY} bytes, then the connection is cut): it is never
 * stored or logged. Blocking; runs on the sender's threads, never the event loop.
 */
@ApplicationScoped
public class Courier {

    private static final org.jboss.logging.Logger LOG = org.jboss.logging.Logger.getLogger(Courier.class);

    static final String INTERRUPTED = "interrupted";

    /** Bytes of an answer's body read before the connection is cut. */
    static final int MAX_BODY = 64 * 1024;

    /** What an attempt came to: an HTTP status, or why there was none; and a Retry-After, if the receiver sent one. */
    public record Outcome(Integer status, String error, Optional<Duration> retryAfter, long millis) {

        public boolean delivered() {
            return status != null && status >= 200 && status < 300;
        }

        public boolean gone() {
            return status != null && status == 410;
        }

        /** The sending replica is stopping: no answer, and no fault of the receiver's. */
        public boolean interrupted() {
            return status == null && INTERRUPTED.equals(error);
        }

        /** A closed set for metrics: success, gone, http_3xx, http_4xx, http_5xx, or the error. */
        public String result() {
            if (status == null) {
                return error;
            }
            return delivered() ? "success" : gone() ? "gone" : "http_" + (status / 100) + "xx";
        }
    }

    private final HttpClient client;
    private final Duration timeout;

    @Inject
    public Courier(Vertx vertx, WebhookConfig config) {
        this.timeout = config.timeout();
        this.client = vertx.createHttpClient(new HttpClientOptions()
                .setConnectTimeout((int) config.connectTimeout().toMillis())
                .setKeepAlive(false)
                .setVerifyHost(true)
                .setForceSni(true)
                .setMaxHeaderSize(16 * 1024)
                .setTryUseCompression(false));
    }

    @PreDestroy
    void close() {
        client.close();
    }

    public Outcome post(AddressPolicy.Target target, Map<String, String> headers, byte[] body) {
        long start = System.nanoTime();
        RequestOptions options = new RequestOptions()
                .setMethod(HttpMethod.POST)
                .setServer(SocketAddress.inetSocketAddress(new InetSocketAddress(target.address(), target.port())))
                .setHost(target.host())
                .setPort(target.port())
                .setSsl(target.https())
                .setURI(target.pathAndQuery())
                .setFollowRedirects(false)
                .setIdleTimeout(timeout.toMillis());
        headers.forEach(options::putHeader);
        AtomicReference<HttpClientRequest> sent = new AtomicReference<>();
        CompletableFuture<Outcome> answer = client.request(options)
                .compose(request -> {
                    sent.set(request);
                    return request.send(Buffer.buffer(body));
                })
                .compose(response -> discard(response).map(v -> new Outcome(response.statusCode(), null,
                        retryAfter(response.getHeader("Retry-After")), millis(start))))
                .toCompletionStage().toCompletableFuture();
        try {
            return answer.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            HttpClientRequest request = sent.get();
            if (request != null) {
                request.reset();
            }
            answer.cancel(true);
            return new Outcome(null, "timeout", Optional.empty(), millis(start));
        } catch (ExecutionException e) {
            LOG.debugf("webhook attempt failed: %s", e.getCause() == null ? "?" : e.getCause().getClass().getName());
            return new Outcome(null, error(e.getCause()), Optional.empty(), millis(start));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Outcome(null, INTERRUPTED, Optional.empty(), millis(start));
        }
    }

    /**
     * Reads the body away, cutting the connection past {@link #MAX_BODY}. A short answer may have
     * ended before this runs (the response future's callbacks are not on the connection's own turn):
     * then there is nothing left to read, and the status stands.
     */
    private static io.vertx.core.Future<Void> discard(HttpClientResponse response) {
        long[] read = {0};
        try {
            response.handler(chunk -> {
                read[0] += chunk.length();
                if (read[0] > MAX_BODY) {
                    response.request().reset();
                }
            });
        } catch (IllegalStateException ended) {
            return io.vertx.core.Future.succeededFuture();
        }
        return response.end().otherwiseEmpty();
    }

    private static String error(Throwable cause) {
        if (cause instanceof SSLException || cause != null && cause.getClass().getName().contains("Ssl")) {
            return "tls";
        }
        if (cause instanceof ConnectException || cause != null && cause.getClass().getName().contains("Connect")) {
            return "connection";
        }
        if (cause instanceof UnknownHostException) {
            return "unresolvable_host";
        }
        if (cause != null && cause.getClass().getName().contains("Timeout")) {
            return "timeout";
        }
        return "connection";
    }

    /** {@code Retry-After}: delta-seconds or an HTTP-date (RFC 9110 §10.2.3); anything else is ignored. */
    static Optional<Duration> retryAfter(String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        String v = value.trim();
        if (v.chars().allMatch(Character::isDigit) && v.length() <= 9) {
            return Optional.of(Duration.ofSeconds(Long.parseLong(v)));
        }
        try {
            Instant at = ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
            Duration d = Duration.between(Instant.now(), at);
            return Optional.of(d.isNegative() ? Duration.ZERO : d);
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static long millis(long start) {
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
    }
}
