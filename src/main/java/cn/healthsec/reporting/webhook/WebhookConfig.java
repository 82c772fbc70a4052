package cn.healthsec.reporting.webhook;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** Push delivery's settings (README, "Push delivery"); every one has a default but the encryption key. */
@ConfigMapping(prefix = "healthsec.webhooks")
public interface WebhookConfig {

    /**
     * Hosts a subscription may name with {@code http://} (an operator's test portal, a receiver inside
     * the cluster); every other URL must be {@code https://}. Names compare case-insensitively.
     */
    Optional<List<String>> allowHttpHosts();

    /**
     * Deliver to loopback, link-local, private, shared (CGNAT) and cloud-metadata addresses too. Off:
     * each attempt resolves the host and refuses such an address, so that a subscription cannot make
     * the service call into its own network.
     */
    @WithDefault("false")
    boolean allowPrivateAddresses();

    /** The delay before the first retry; each later one is four times longer, up to {@link #maxRetryInterval()}, with ±20% jitter. */
    @WithDefault("5s")
    Duration firstRetryAfter();

    /** The longest wait between two attempts of one event (also the most a Retry-After is honoured for). */
    @WithDefault("1h")
    Duration maxRetryInterval();

    /** How long an event is retried after its first attempt before it is dead-lettered (at least 24 h in production). */
    @WithDefault("24h")
    Duration retryFor();

    /** Connecting to a receiver may take this long. */
    @WithDefault("5s")
    Duration connectTimeout();

    /** A whole attempt (connect, send, the answer's status and headers) may take this long. */
    @WithDefault("10s")
    Duration timeout();

    /** After a rotation, the previous secret still signs for this long: both signatures are sent. */
    @WithDefault("24h")
    Duration secretOverlap();

    /**
     * The key (base64 of 32 bytes) that seals subscription secrets at rest (AES-256-GCM). Without one
     * the subscription operations answer 503 and nothing is sent. Give it from a Kubernetes Secret.
     */
    Optional<String> encryptionKey();

    /** Earlier encryption keys (base64), still opened after a key rotation; secrets are resealed with the current key on rotation. */
    Optional<List<String>> previousEncryptionKeys();

    /**
     * How often each replica looks for subscriptions with something to send ({@code off}: this replica
     * sends nothing). The scheduler reads it; it is here so that the mapping knows every key.
     */
    @WithDefault("1s")
    String sendEvery();

    /** How long after start a replica first looks. */
    @WithDefault("2s")
    String sendDelay();

    /** A replica lets go of a subscription it sends for after this long without renewing (database time). */
    @WithDefault("60s")
    Duration lease();

    /** Subscriptions one replica sends for at once. */
    @WithDefault("4")
    int senders();

    /** Live subscriptions one authority or institution may have. */
    @WithDefault("10")
    int maxSubscriptionsPerOwner();

    /**
     * Finished deliveries (and their attempts) are kept this long for their subscribers to read, then
     * deleted by the retention job; the events themselves stay in their streams (replayable).
     */
    @WithDefault("30d")
    Duration keepDeliveries();

    /** How often each replica deletes the finished deliveries past {@link #keepDeliveries()} ({@code off}: never). */
    @WithDefault("1h")
    String retentionEvery();

    /** Events read from a stream at a time. */
    @WithDefault("50")
    int batch();
}
