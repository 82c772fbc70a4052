package cn.healthsec.reporting.web;

import cn.healthsec.reporting.problem.ProblemType;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;

/**
 * Per-client rate limits on the API, before any work: a token bucket (Bucket4j) per bearer token —
 * what a client holds and no one else can present — and per remote address for requests without
 * one. A client over its limit gets 429 problem+json with {@code Retry-After} (whole seconds until
 * a request would pass). The first refusal of a client in each minute is audited; the ones after it
 * are not, so that a flood cannot turn into a flood of audit writes.
 *
 * <p>The limits are per replica (the load balancer spreads a client's requests). Behind a proxy,
 * enable {@code quarkus.http.proxy.proxy-address-forwarding} so that the remote address is the
 * client's. {@code /q/*} (health, metrics, the contract) is not limited. Buckets of clients idle for
 * ten minutes are forgotten; at most {@value #MAX_CLIENTS} are kept.
 */
@ApplicationScoped
public class RateLimits {

    static final int ORDER = HttpLimits.ORDER + 1;
    static final int MAX_CLIENTS = 100_000;
    private static final String BEARER = "bearer ";

    @Inject
    HttpLimits limits;

    @ConfigProperty(name = "healthsec.limits.client-per-second", defaultValue = "50")
    int clientPerSecond;

    @ConfigProperty(name = "healthsec.limits.client-burst", defaultValue = "100")
    int clientBurst;

    @ConfigProperty(name = "healthsec.limits.anonymous-per-second", defaultValue = "20")
    int anonymousPerSecond;

    @ConfigProperty(name = "healthsec.limits.anonymous-burst", defaultValue = "40")
    int anonymousBurst;

    @ConfigProperty(name = "healthsec.limits.enabled", defaultValue = "true")
    boolean enabled;

    private final Cache<String, Bucket> buckets = Caffeine.newBuilder().maximumSize(MAX_CLIENTS)
            .expireAfterAccess(Duration.ofMinutes(10)).build();
    private final Cache<String, Boolean> auditedLately = Caffeine.newBuilder().maximumSize(MAX_CLIENTS)
            .expireAfterWrite(Duration.ofMinutes(1)).build();

    void install(@Observes Router router) {
        if (enabled) {
            router.route().order(ORDER).handler(this::check);
        }
    }

    /** A token's SHA-256, so that the cache holds 44 characters a client rather than its whole token. */
    static String fingerprint(String token) {
        try {
            return Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java platform", e);
        }
    }

    void check(RoutingContext context) {
        String path = context.request().path();
        if (path == null || !path.startsWith("/api/")) {
            context.next();
            return;
        }
        String authorization = context.request().getHeader(HttpHeaders.AUTHORIZATION);
        boolean bearer = authorization != null && authorization.length() > BEARER.length()
                && authorization.regionMatches(true, 0, BEARER, 0, BEARER.length());
        String key = bearer ? "t:" + fingerprint(authorization.substring(BEARER.length()).trim())
                : "a:" + context.request().remoteAddress().hostAddress();
        int perSecond = bearer ? clientPerSecond : anonymousPerSecond;
        int burst = bearer ? clientBurst : anonymousBurst;
        Bucket bucket = buckets.get(key, k -> Bucket.builder()
                .addLimit(Bandwidth.builder().capacity(burst).refillGreedy(perSecond, Duration.ofSeconds(1)).build()).build());
        ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
        if (probe.isConsumed()) {
            context.next();
            return;
        }
        long retryAfter = Math.max(1, (probe.getNanosToWaitForRefill() + 999_999_999L) / 1_000_000_000L);
        boolean audit = auditedLately.asMap().putIfAbsent(key, Boolean.TRUE) == null;
        limits.refuse(context, ProblemType.TOO_MANY_REQUESTS, "too-many-requests",
                Map.of("limit", perSecond, "retryAfter", retryAfter), false,
                Map.of(HttpHeaders.RETRY_AFTER.toString(), String.valueOf(retryAfter)), audit);
    }
}
