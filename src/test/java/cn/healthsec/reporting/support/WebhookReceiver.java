package cn.healthsec.reporting.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A portal's webhook endpoint, as an integrator would write one: it records every request (headers,
 * body, when, what it answered), answers by a script per path (e.g. 500 three times, then 200), may
 * be slow, and counts the requests in flight per path. {@link #verify} checks a request's signature
 * as the Standard Webhooks specification publishes it, written here from the specification rather
 * than with the service's own code.
 */
public final class WebhookReceiver implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** One request as it arrived. */
    public record Received(String path, Map<String, String> headers, byte[] body, int answered, Instant at) {
        public String id() {
            return headers.get("webhook-id");
        }

        public JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        public boolean accepted() {
            return answered >= 200 && answered < 300;
        }
    }

    /** How a path answers once its script is spent: a status and an optional Retry-After. */
    record Answer(int status, String retryAfter) {
    }

    private final HttpServer server;
    private final List<Received> received = new ArrayList<>();
    private final Map<String, Deque<Integer>> scripts = new ConcurrentHashMap<>();
    private final Map<String, Answer> otherwise = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> inFlight = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> maxInFlight = new ConcurrentHashMap<>();
    private volatile Duration delay = Duration.ZERO;

    private WebhookReceiver() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 64);
        server.setExecutor(Executors.newFixedThreadPool(8));
        server.createContext("/", this::handle);
        server.start();
    }

    public static WebhookReceiver start() {
        try {
            return new WebhookReceiver();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    /** The next answers of a path, in order; then its standing answer (200 unless set). */
    public WebhookReceiver script(String path, int... statuses) {
        Deque<Integer> q = scripts.computeIfAbsent(path, p -> new ArrayDeque<>());
        synchronized (q) {
            for (int s : statuses) {
                q.add(s);
            }
        }
        return this;
    }

    /** The path's standing answer from now on. */
    public WebhookReceiver always(String path, int status, String retryAfter) {
        otherwise.put(path, new Answer(status, retryAfter));
        return this;
    }

    public WebhookReceiver slow(Duration by) {
        this.delay = by;
        return this;
    }

    public List<Received> at(String path) {
        synchronized (received) {
            return received.stream().filter(r -> r.path().equals(path)).toList();
        }
    }

    /** The webhook-ids a path accepted, in the order they arrived. */
    public List<String> accepted(String path) {
        return at(path).stream().filter(Received::accepted).map(Received::id).toList();
    }

    public int maxInFlight(String path) {
        return maxInFlight.getOrDefault(path, new AtomicInteger()).get();
    }

    private void handle(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        AtomicInteger now = inFlight.computeIfAbsent(path, p -> new AtomicInteger());
        maxInFlight.computeIfAbsent(path, p -> new AtomicInteger()).accumulateAndGet(now.incrementAndGet(), Math::max);
        try {
            byte[] body = exchange.getRequestBody().readAllBytes();
            Map<String, String> headers = new ConcurrentHashMap<>();
            exchange.getRequestHeaders().forEach((k, v) -> headers.put(k.toLowerCase(Locale.ROOT), String.join(",", v)));
            if (!delay.isZero()) {
                Thread.sleep(delay.toMillis());
            }
            Answer answer = next(path);
            synchronized (received) {
                received.add(new Received(path, Map.copyOf(headers), body, answer.status(), Instant.now()));
            }
            if (answer.retryAfter() != null) {
                exchange.getResponseHeaders().add("Retry-After", answer.retryAfter());
            }
            byte[] out = "{\"received\":true}".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(answer.status(), out.length);
            exchange.getResponseBody().write(out);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            now.decrementAndGet();
            exchange.close();
        }
    }

    private Answer next(String path) {
        Deque<Integer> q = scripts.get(path);
        if (q != null) {
            synchronized (q) {
                Integer s = q.poll();
                if (s != null) {
                    return new Answer(s, null);
                }
            }
        }
        return otherwise.getOrDefault(path, new Answer(200, null));
    }

    /**
     * Whether the request carries a valid signature by {@code secret} (Standard Webhooks: the key is
     * the base64 after {@code whsec_}; each {@code v1,<base64>} in {@code webhook-signature} is an
     * HMAC-SHA256 of {@code webhook-id.webhook-timestamp.body}; the timestamp within 5 minutes).
     */
    public static boolean verify(String secret, Received r) {
        try {
            long timestamp = Long.parseLong(r.headers().get("webhook-timestamp"));
            if (Math.abs(Instant.now().getEpochSecond() - timestamp) > 300) {
                return false;
            }
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(Base64.getDecoder().decode(secret.substring("whsec_".length())), "HmacSHA256"));
            mac.update((r.id() + "." + timestamp + ".").getBytes(StandardCharsets.UTF_8));
            byte[] expected = mac.doFinal(r.body());
            for (String signature : r.headers().get("webhook-signature").split(" ")) {
                if (signature.startsWith("v1,")
                        && MessageDigest.isEqual(expected, Base64.getDecoder().decode(signature.substring(3)))) {
                    return true;
                }
            }
            return false;
        } catch (GeneralSecurityException | RuntimeException e) {
            return false;
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
