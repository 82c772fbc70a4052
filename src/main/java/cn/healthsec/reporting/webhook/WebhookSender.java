package cn.healthsec.reporting.webhook;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.jboss.logging.Logger;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Sends every subscription its stream, after commit, from any replica (issue 25 §4).
 *
 * <p><b>One sender per subscription.</b> A replica first takes the subscription's lease (a short
 * transaction: {@code lease_owner}, {@code lease_until} in database time); every later write of the
 * subscription is fenced by it, and the stream position also by its old value (compare-and-set), so a
 * replica that lost its lease, or raced a replay, changes nothing. No transaction is open while a
 * receiver is called: the writer horizon never waits on a slow portal.
 *
 * <p><b>In order, at least once.</b> Events are taken in stream order; the position moves past one
 * only when its receiver answered 2xx, or when it is dead-lettered after its last retry. A failed
 * head event holds the stream back until it is retried ({@link RetrySchedule}; a receiver's
 * Retry-After is honoured); a 410 ends the subscription. A crash after a delivery and before the
 * position moved sends it again: receivers drop a repeated {@code webhook-id}.
 */
@ApplicationScoped
public class WebhookSender {

    private static final Logger LOG = Logger.getLogger(WebhookSender.class);
    static final String ATTEMPTS = "healthsec.webhook.attempts";
    static final String DELIVERIES = "healthsec.webhook.deliveries";
    static final String USER_AGENT = "healthsec-reporting-webhooks/1";

    @Inject
    WebhookConfig config;

    @Inject
    SecretBox box;

    @Inject
    Streams streams;

    @Inject
    Courier courier;

    @Inject
    WebhookClock clock;

    @Inject
    ObjectMapper mapper;

    @Inject
    MeterRegistry registry;

    @Inject
    EntityManager em;

    /** This replica's name in leases. */
    final String replica = "replica-" + UUID.randomUUID();
    private ExecutorService pool;
    private Semaphore slots;
    private volatile AddressPolicy policy;
    private volatile RetrySchedule schedule;

    /** What one attempt of the head event came to, for the stream. */
    enum Step { NEXT, WAIT, STOP }

    private synchronized void start() {
        if (pool == null) {
            AtomicInteger n = new AtomicInteger();
            pool = Executors.newFixedThreadPool(config.senders(), r -> {
                Thread t = new Thread(r, "webhook-sender-" + n.incrementAndGet());
                t.setDaemon(true);
                return t;
            });
            slots = new Semaphore(config.senders());
        }
    }

    @PreDestroy
    void stop() {
        if (pool != null) {
            pool.shutdownNow();
        }
    }

    AddressPolicy policy() {
        if (policy == null) {
            policy = new AddressPolicy(config.allowHttpHosts().orElse(List.of()), config.allowPrivateAddresses(), AddressPolicy.DNS);
        }
        return policy;
    }

    RetrySchedule schedule() {
        if (schedule == null) {
            schedule = new RetrySchedule(config.firstRetryAfter(), config.maxRetryInterval(), config.retryFor());
        }
        return schedule;
    }

    @Scheduled(identity = "webhook-sender", every = "${healthsec.webhooks.send-every:1s}", delayed = "${healthsec.webhooks.send-delay:2s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP, skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void scheduled() {
        if (!box.configured()) {
            return;
        }
        try {
            dispatch();
        } catch (RuntimeException e) {
            // Only the class: a driver's message can quote data. The next run picks up what this one did not.
            LOG.errorf("webhook sending failed: %s", e.getClass().getName());
        }
    }

    /** Hands the due subscriptions this replica can take now to its sender threads. */
    void dispatch() {
        start();
        int free = slots.availablePermits();
        if (free == 0) {
            return;
        }
        for (UUID id : due(free)) {
            if (!slots.tryAcquire()) {
                return;
            }
            if (!claim(replica, id)) {
                slots.release();
                continue;
            }
            pool.execute(() -> {
                try {
                    drain(replica, id);
                } catch (RuntimeException e) {
                    LOG.errorf("webhook sending for a subscription failed: %s", e.getClass().getName());
                } finally {
                    release(replica, id);
                    slots.release();
                }
            });
        }
    }

    /**
     * Sends what is due for every subscription, on the calling thread, as the replica named
     * {@code as} (tests: one name per simulated replica); how many events were delivered.
     */
    public int sendDue(String as) {
        int delivered = 0;
        for (UUID id : due(100)) {
            if (claim(as, id)) {
                try {
                    delivered += drain(as, id);
                } finally {
                    release(as, id);
                }
            }
        }
        return delivered;
    }

    /** Subscriptions with work that is due and no live lease: head events after their position, or redeliveries. */
    @SuppressWarnings("unchecked")
    List<UUID> due(int limit) {
        Instant now = clock.now();
        return QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery("""
                        select s.id from webhook_subscription s
                        where s.state = 'ACTIVE' and s.deleted_at is null
                          and (s.lease_until is null or s.lease_until < clock_timestamp())
                          and (((s.next_attempt_at is null or s.next_attempt_at <= :now) and (
                                  (s.owner_kind = 'AUTHORITY' and exists (select 1 from inbox_stream e where e.authority_id = s.owner_id
                                       and (e.txid, e.id) > (s.cursor_txid, s.cursor_id) and e.txid < writer_horizon()))
                               or (s.owner_kind = 'INSTITUTION' and exists (select 1 from institution_event e where e.institution_uscc = s.owner_id
                                       and (e.txid, e.id) > (s.cursor_txid, s.cursor_id) and e.txid < writer_horizon()))))
                            or exists (select 1 from webhook_delivery d where d.subscription_id = s.id and d.redelivery
                                       and d.state = 'PENDING' and d.next_attempt_at <= :now))
                        order by s.next_attempt_at nulls first, s.id limit :limit""")
                .setParameter("now", now).setParameter("limit", limit).getResultList());
    }

    /** Takes the subscription's lease if nobody holds a live one. */
    boolean claim(String as, UUID id) {
        return QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery("update webhook_subscription"
                        + " set lease_owner = :me, lease_until = clock_timestamp() + cast(:lease as interval)"
                        + " where id = :id and state = 'ACTIVE' and deleted_at is null and (lease_until is null or lease_until < clock_timestamp())")
                .setParameter("me", as).setParameter("lease", config.lease().toMillis() + " milliseconds").setParameter("id", id)
                .executeUpdate()) == 1;
    }

    void release(String as, UUID id) {
        try {
            QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("update webhook_subscription set lease_owner = null,"
                    + " lease_until = null where id = :id and lease_owner = :me").setParameter("me", as).setParameter("id", id).executeUpdate());
        } catch (RuntimeException e) {
            // The lease runs out by itself.
            LOG.warnf("webhook lease not released: %s", e.getClass().getName());
        }
    }

    /** The subscription's state as the sender needs it, read fresh. */
    record Sub(UUID id, Owner owner, String url, Set<String> types, byte[] secret, byte[] previous, Instant previousUntil,
               long cursorTxid, long cursorId, Instant nextAttemptAt) {
    }

    private Optional<Sub> load(String as, UUID id) {
        return QuarkusTransaction.requiringNew().call(() -> {
            SubscriptionEntity s = em.find(SubscriptionEntity.class, id);
            if (s == null || !SubscriptionEntity.ACTIVE.equals(s.state) || s.deletedAt != null || !as.equals(s.leaseOwner)) {
                return Optional.<Sub>empty();
            }
            em.detach(s);
            return Optional.of(new Sub(s.id, s.owner(), s.url, Set.of(s.types), s.secretSealed, s.previousSecretSealed,
                    s.previousSecretUntil, s.cursorTxid, s.cursorId, s.nextAttemptAt));
        });
    }

    /** Sends the subscription its due redeliveries and its stream from its position, while it holds the lease; events delivered. */
    int drain(String as, UUID id) {
        int delivered = 0;
        while (true) {
            Optional<Sub> loaded = load(as, id);
            if (loaded.isEmpty()) {
                return delivered;
            }
            Sub s = loaded.get();
            delivered += redeliver(as, s);
            if (s.nextAttemptAt() != null && s.nextAttemptAt().isAfter(clock.now())) {
                return delivered;
            }
            List<Streams.Event> events = streams.after(s.owner(), s.cursorTxid(), s.cursorId(), config.batch());
            if (events.isEmpty()) {
                return delivered;
            }
            long[] at = {s.cursorTxid(), s.cursorId()};
            long[] skipped = null;
            for (Streams.Event e : events) {
                if (!s.types().contains(e.type().type())) {
                    skipped = new long[] {e.txid(), e.id()};
                    continue;
                }
                if (skipped != null) {
                    if (!move(as, s.id(), at, skipped)) {
                        return delivered;
                    }
                    at = skipped;
                    skipped = null;
                }
                Attempted result = attemptHead(as, s, e, at);
                if (result.delivered()) {
                    delivered++;
                }
                if (result.step() != Step.NEXT) {
                    return delivered;
                }
                at = new long[] {e.txid(), e.id()};
            }
            if (skipped != null && !move(as, s.id(), at, skipped)) {
                return delivered;
            }
        }
    }

    record Attempted(boolean delivered, Step step) {
    }

    /** One attempt of the stream's head event, and what it means for the stream. */
    private Attempted attemptHead(String as, Sub s, Streams.Event e, long[] at) {
        Instant now = clock.now();
        long deliveryId = QuarkusTransaction.requiringNew().call(() -> {
            List<?> found = em.createNativeQuery("select id from webhook_delivery where subscription_id = :s and event_id = :e"
                            + " and state = 'PENDING' and not redelivery")
                    .setParameter("s", s.id()).setParameter("e", e.eventId()).getResultList();
            if (!found.isEmpty()) {
                return ((Number) found.get(0)).longValue();
            }
            DeliveryEntity d = new DeliveryEntity();
            d.subscriptionId = s.id();
            d.eventId = e.eventId();
            d.eventType = e.type().type();
            d.positionTxid = e.txid();
            d.positionId = e.id();
            d.state = DeliveryEntity.PENDING;
            d.createdAt = now;
            d.persist();
            return d.id;
        });
        Courier.Outcome outcome = send(s, e);
        if (outcome.interrupted()) {
            // This replica is stopping: not the receiver's failure, nothing to record; the next holder sends it.
            return new Attempted(false, Step.STOP);
        }
        return QuarkusTransaction.requiringNew().call(() -> {
            DeliveryEntity d = recorded(deliveryId, outcome);
            if (outcome.delivered()) {
                finish(d, DeliveryEntity.DELIVERED, "delivered");
                return new Attempted(true, moved(as, s.id(), at, e) ? Step.NEXT : Step.STOP);
            }
            if (outcome.gone()) {
                finish(d, DeliveryEntity.FAILED, "gone");
                end(as, s.id());
                return new Attempted(false, Step.STOP);
            }
            Optional<Instant> next = schedule().next(d.attempts, d.firstAttemptAt, clock.now(), outcome.retryAfter(),
                    ThreadLocalRandom.current().nextDouble(-1, 1));
            if (next.isEmpty()) {
                finish(d, DeliveryEntity.FAILED, "failed");
                return new Attempted(false, moved(as, s.id(), at, e) ? Step.NEXT : Step.STOP);
            }
            d.nextAttemptAt = next.get();
            em.createNativeQuery("update webhook_subscription set next_attempt_at = :next, lease_until = clock_timestamp() + cast(:lease as interval)"
                            + " where id = :id and lease_owner = :me and cursor_txid = :fromTx and cursor_id = :fromId")
                    .setParameter("next", next.get()).setParameter("lease", config.lease().toMillis() + " milliseconds")
                    .setParameter("id", s.id()).setParameter("me", as).setParameter("fromTx", at[0]).setParameter("fromId", at[1])
                    .executeUpdate();
            return new Attempted(false, Step.WAIT);
        });
    }

    /** The subscription's due redeliveries, each one attempt now; how many were delivered. */
    private int redeliver(String as, Sub s) {
        int delivered = 0;
        Instant now = clock.now();
        List<DeliveryEntity> due = QuarkusTransaction.requiringNew().call(() -> DeliveryEntity.<DeliveryEntity>list(
                "subscriptionId = ?1 and redelivery = true and state = ?2 and nextAttemptAt <= ?3 order by id", s.id(), DeliveryEntity.PENDING, now));
        for (DeliveryEntity r : due) {
            Optional<Streams.Event> event = streams.at(s.owner(), r.positionTxid, r.positionId);
            if (event.isEmpty()) {
                QuarkusTransaction.requiringNew().run(() -> {
                    DeliveryEntity d = DeliveryEntity.findById(r.id);
                    d.lastError = "event_gone";
                    finish(d, DeliveryEntity.FAILED, "failed");
                });
                continue;
            }
            Courier.Outcome outcome = send(s, event.get());
            if (outcome.interrupted()) {
                return delivered;
            }
            boolean ok = QuarkusTransaction.requiringNew().call(() -> {
                DeliveryEntity d = recorded(r.id, outcome);
                if (outcome.delivered()) {
                    finish(d, DeliveryEntity.DELIVERED, "delivered");
                    return true;
                }
                if (outcome.gone()) {
                    finish(d, DeliveryEntity.FAILED, "gone");
                    end(as, s.id());
                    return false;
                }
                Optional<Instant> next = schedule().next(d.attempts, d.firstAttemptAt, clock.now(), outcome.retryAfter(),
                        ThreadLocalRandom.current().nextDouble(-1, 1));
                if (next.isEmpty()) {
                    finish(d, DeliveryEntity.FAILED, "failed");
                } else {
                    d.nextAttemptAt = next.get();
                }
                return false;
            });
            if (ok) {
                delivered++;
            }
            if (outcome.gone()) {
                return delivered;
            }
        }
        return delivered;
    }

    /** One POST of the event, signed with every secret valid now; never throws for a receiver's failure. */
    private Courier.Outcome send(Sub s, Streams.Event e) {
        byte[] body;
        try {
            body = mapper.writeValueAsBytes(e.envelope(s.owner()));
        } catch (JsonProcessingException ex) {
            throw new IllegalStateException("an event always serialises: " + ex.getClass().getSimpleName());
        }
        AddressPolicy.Target target;
        try {
            target = policy().resolve(s.url());
        } catch (AddressPolicy.Refused refused) {
            return new Courier.Outcome(null, refused.refusal().code(), Optional.empty(), 0);
        }
        List<byte[]> keys = new ArrayList<>();
        keys.add(box.open(s.secret(), s.id()));
        if (s.previous() != null && s.previousUntil() != null && s.previousUntil().isAfter(clock.now())) {
            keys.add(box.open(s.previous(), s.id()));
        }
        long timestamp = Instant.now().getEpochSecond();
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("content-type", CloudEvent.CONTENT_TYPE);
        headers.put("user-agent", USER_AGENT);
        headers.put("webhook-id", e.eventId());
        headers.put("webhook-timestamp", String.valueOf(timestamp));
        headers.put("webhook-signature", Signature.header(keys, e.eventId(), timestamp, body));
        headers.put("ce-id", e.eventId());
        Courier.Outcome outcome = courier.post(target, headers, body);
        if (!outcome.interrupted()) {
            registry.counter(ATTEMPTS, "result", outcome.result()).increment();
        }
        return outcome;
    }

    /** Records the attempt on its delivery, in the caller's transaction; the delivery, managed. */
    private DeliveryEntity recorded(long deliveryId, Courier.Outcome outcome) {
        Instant now = clock.now();
        DeliveryEntity d = em.find(DeliveryEntity.class, deliveryId);
        d.attempts++;
        if (d.firstAttemptAt == null) {
            d.firstAttemptAt = now;
        }
        d.lastAttemptAt = now;
        d.lastStatus = outcome.status();
        d.lastError = outcome.error();
        d.nextAttemptAt = null;
        em.createNativeQuery("insert into webhook_attempt (delivery_id, attempt, attempted_at, status, error, duration_ms)"
                        + " values (:d, :n, :at, :status, :error, :ms)")
                .setParameter("d", deliveryId).setParameter("n", d.attempts).setParameter("at", now)
                .setParameter("status", outcome.status()).setParameter("error", outcome.error())
                .setParameter("ms", (int) Math.min(Integer.MAX_VALUE, outcome.millis())).executeUpdate();
        return d;
    }

    private void finish(DeliveryEntity d, String state, String outcome) {
        d.state = state;
        d.finishedAt = clock.now();
        d.nextAttemptAt = null;
        registry.counter(DELIVERIES, "outcome", outcome).increment();
    }

    /** Moves the stream past the event, fenced by the lease and the position read; false when it was not this sender's to move. */
    private boolean moved(String as, UUID id, long[] from, Streams.Event e) {
        return move(as, id, from, new long[] {e.txid(), e.id()});
    }

    private boolean move(String as, UUID id, long[] from, long[] to) {
        return QuarkusTransaction.joiningExisting().call(() -> em.createNativeQuery("update webhook_subscription set cursor_txid = :tx,"
                        + " cursor_id = :eid, next_attempt_at = null, lease_until = clock_timestamp() + cast(:lease as interval)"
                        + " where id = :id and lease_owner = :me and lease_until > clock_timestamp()"
                        + " and cursor_txid = :fromTx and cursor_id = :fromId and state = 'ACTIVE' and deleted_at is null")
                .setParameter("tx", to[0]).setParameter("eid", to[1]).setParameter("lease", config.lease().toMillis() + " milliseconds")
                .setParameter("id", id).setParameter("me", as).setParameter("fromTx", from[0]).setParameter("fromId", from[1])
                .executeUpdate()) == 1;
    }

    /** A 410: the receiver is gone for good; nothing more is sent to it. */
    private void end(String as, UUID id) {
        em.createNativeQuery("update webhook_subscription set state = 'ENDED', ended_reason = 'gone', updated_at = :now, next_attempt_at = null"
                        + " where id = :id and lease_owner = :me")
                .setParameter("now", clock.now()).setParameter("id", id).setParameter("me", as).executeUpdate();
        LOG.infof("webhook subscription %s ended: its receiver answered 410 Gone", id);
    }
}
