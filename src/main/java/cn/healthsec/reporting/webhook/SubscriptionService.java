package cn.healthsec.reporting.webhook;

import cn.healthsec.reporting.audit.AuditLog;
import cn.healthsec.reporting.authority.AuthorityId;
import cn.healthsec.reporting.institution.InstitutionService;
import cn.healthsec.reporting.problem.FieldError;
import cn.healthsec.reporting.problem.ProblemException;
import cn.healthsec.reporting.reference.ReferenceData;
import cn.healthsec.reporting.rules.LegalTime;
import cn.healthsec.reporting.security.AuthorityAccess;
import cn.healthsec.reporting.security.Caller;
import cn.healthsec.reporting.web.Cursor;
import cn.healthsec.reporting.web.Page;
import cn.healthsec.reporting.webhook.api.DeliveryView;
import cn.healthsec.reporting.webhook.api.ReplayRequest;
import cn.healthsec.reporting.webhook.api.SubscriptionRequest;
import cn.healthsec.reporting.webhook.api.SubscriptionView;
import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.persistence.Tuple;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Push subscriptions of authorities and institutions (issue 25 §4): made, listed, paused and
 * resumed, their secret rotated, deleted, replayed from a cursor, their deliveries read and a
 * finished one redelivered. Each owner's alone: an authority's by its own token or an admin's
 * (another authority: 403, as its inbox); an institution's by its own token or an admin's (anyone
 * else: 404, as its delegations). Every change is audited; the secret is never logged or stored in
 * clear ({@link SecretBox}) and is shown once.
 */
@ApplicationScoped
public class SubscriptionService {

    static final String TARGET = "webhook_subscription";

    @Inject
    SecretBox box;

    @Inject
    WebhookConfig config;

    @Inject
    WebhookClock clock;

    @Inject
    Streams streams;

    @Inject
    WebhookSender sender;

    @Inject
    AuditLog audit;

    @Inject
    InstitutionService institutions;

    @Inject
    ReferenceData referenceData;

    @Inject
    AuthorityAccess access;

    /** The authority whose subscriptions these are, if the caller is it or an admin. */
    public Owner authority(String pathId, Caller caller) {
        if (caller.isAdmin()) {
            AuthorityId id = referenceData.authorities().resolve(pathId).orElseThrow(() ->
                    ProblemException.validation(List.of(FieldError.of("authorityId", "unknown_authority"))));
            return Owner.authority(id.toString());
        }
        return Owner.authority(access.own(pathId, caller).toString());
    }

    /** The institution whose subscriptions these are, if the caller is it or an admin; anyone else is told it does not exist. */
    public Owner institution(String uscc, Caller caller, String action) {
        boolean allowed = caller.isAdmin() || (caller.isInstitution() && uscc.equals(caller.uscc()));
        if (!allowed || institutions.find(uscc).isEmpty()) {
            audit.denied(caller, action, "institution", uscc);
            throw ProblemException.notFound();
        }
        return Owner.institution(uscc);
    }

    /** Push delivery needs the operator's encryption key; without it every operation answers 503. */
    public void requireConfigured() {
        if (!box.configured()) {
            throw ProblemException.unavailable("webhooks-not-configured");
        }
    }

    /** The request's own checks: the URL's shape and scheme, and types this owner may receive, each once. */
    public List<FieldError> check(SubscriptionRequest r, Owner.Kind kind) {
        List<FieldError> errors = new ArrayList<>();
        if (r.url() != null) {
            sender.policy().checkShape(r.url()).ifPresent(refusal -> errors.add(FieldError.of("/url", refusal.code())));
        }
        if (r.types() != null) {
            Set<String> seen = new HashSet<>();
            for (int i = 0; i < r.types().size(); i++) {
                String t = r.types().get(i);
                if (t == null) {
                    continue;
                }
                Optional<EventType> type = EventType.of(t);
                if (type.isEmpty() || type.get().recipient() != kind) {
                    errors.add(FieldError.of("/types/" + i, "unknown_event_type"));
                } else if (!seen.add(t)) {
                    errors.add(FieldError.of("/types/" + i, "duplicate_id"));
                }
            }
        }
        return errors;
    }

    /**
     * The URL's host resolved now and its addresses checked, before anything is stored (each attempt
     * checks again): 422 naming {@code /url} for a private address or a host that does not resolve.
     */
    public void checkAddress(String url) {
        try {
            sender.policy().resolve(url);
        } catch (AddressPolicy.Refused refused) {
            throw ProblemException.unprocessable("webhook-address-refused", List.of(FieldError.of("/url", refused.refusal().code())));
        }
    }

    @Transactional
    public SubscriptionView create(Owner owner, SubscriptionRequest r, Caller caller) {
        long live = SubscriptionEntity.count("ownerKind = ?1 and ownerId = ?2 and deletedAt is null", owner.kind().name(), owner.id());
        if (live >= config.maxSubscriptionsPerOwner()) {
            throw ProblemException.conflict("too-many-subscriptions", List.of());
        }
        Instant now = clock.now();
        SubscriptionEntity s = new SubscriptionEntity();
        s.id = UUID.randomUUID();
        s.ownerKind = owner.kind().name();
        s.ownerId = owner.id();
        s.url = r.url();
        s.description = r.description();
        s.types = r.types().toArray(String[]::new);
        byte[] key = Signature.newKey();
        s.secretSealed = box.seal(key, s.id);
        s.state = SubscriptionEntity.ACTIVE;
        s.createdAt = now;
        s.createdBy = caller.subject();
        s.updatedAt = now;
        long[] end = streams.end();
        s.cursorTxid = end[0];
        s.cursorId = end[1];
        s.persist();
        audit.record(caller, "WEBHOOK_SUBSCRIPTION_CREATED", TARGET, s.id.toString());
        return view(s, Signature.secret(key));
    }

    @Transactional
    public List<SubscriptionView> list(Owner owner, Caller caller) {
        audit.record(caller, "WEBHOOK_SUBSCRIPTIONS_READ", owner.kind() == Owner.Kind.AUTHORITY ? "authority" : "institution", owner.id());
        return SubscriptionEntity.<SubscriptionEntity>list("ownerKind = ?1 and ownerId = ?2 and deletedAt is null order by createdAt, id",
                owner.kind().name(), owner.id()).stream().map(s -> view(s, null)).toList();
    }

    @Transactional
    public SubscriptionView get(Owner owner, UUID id, Caller caller) {
        SubscriptionEntity s = owned(owner, id);
        audit.record(caller, "WEBHOOK_SUBSCRIPTION_READ", TARGET, id.toString());
        return view(s, null);
    }

    /** Stops sending; events keep arriving in the stream and are sent, in order, once resumed. Pausing twice answers the same. */
    @Transactional
    public SubscriptionView pause(Owner owner, UUID id, Caller caller) {
        SubscriptionEntity s = locked(owner, id, false);
        if (SubscriptionEntity.ACTIVE.equals(s.state)) {
            s.state = SubscriptionEntity.PAUSED;
            s.updatedAt = clock.now();
            audit.record(caller, "WEBHOOK_SUBSCRIPTION_PAUSED", TARGET, id.toString());
        }
        return view(s, null);
    }

    /** Sends again from where it stopped; a subscription its receiver ended (410) cannot be resumed (409): make a new one. */
    @Transactional
    public SubscriptionView resume(Owner owner, UUID id, Caller caller) {
        SubscriptionEntity s = locked(owner, id, false);
        if (SubscriptionEntity.ENDED.equals(s.state)) {
            throw ProblemException.conflict("subscription-ended", List.of());
        }
        if (SubscriptionEntity.PAUSED.equals(s.state)) {
            s.state = SubscriptionEntity.ACTIVE;
            s.nextAttemptAt = null;
            s.updatedAt = clock.now();
            audit.record(caller, "WEBHOOK_SUBSCRIPTION_RESUMED", TARGET, id.toString());
        }
        return view(s, null);
    }

    /** A new secret, shown once; the previous one still signs for {@code healthsec.webhooks.secret-overlap}. */
    @Transactional
    public SubscriptionView rotate(Owner owner, UUID id, Caller caller) {
        SubscriptionEntity s = locked(owner, id, false);
        Instant now = clock.now();
        byte[] previous = box.open(s.secretSealed, s.id);
        s.previousSecretSealed = box.seal(previous, s.id);
        s.previousSecretUntil = now.plus(config.secretOverlap());
        byte[] key = Signature.newKey();
        s.secretSealed = box.seal(key, s.id);
        s.updatedAt = now;
        audit.record(caller, "WEBHOOK_SECRET_ROTATED", TARGET, id.toString());
        return view(s, Signature.secret(key));
    }

    /** Nothing more is sent; the subscription and its deliveries stay on record (deleted, no longer listed). Deleting twice answers the same. */
    @Transactional
    public void delete(Owner owner, UUID id, Caller caller) {
        SubscriptionEntity s = locked(owner, id, true);
        if (s.deletedAt == null) {
            s.deletedAt = clock.now();
            s.updatedAt = s.deletedAt;
            audit.record(caller, "WEBHOOK_SUBSCRIPTION_DELETED", TARGET, id.toString());
        }
    }

    /**
     * Sends the stream again from after a cursor (or from its beginning): every event after it, in
     * order, whatever was delivered before (receivers drop ids they have seen).
     */
    @Transactional
    public SubscriptionView replay(Owner owner, UUID id, ReplayRequest r, Caller caller) {
        long[] from = {-1, -1};
        if (r.after() != null) {
            Cursor cursor = Cursor.parse(r.after(), "/after");
            try {
                from = new long[] {cursor.firstLong(), cursor.secondLong()};
            } catch (ProblemException e) {
                throw ProblemException.validation(List.of(FieldError.of("/after", "invalid_cursor")));
            }
        }
        SubscriptionEntity s = locked(owner, id, false);
        s.cursorTxid = from[0];
        s.cursorId = from[1];
        s.nextAttemptAt = null;
        s.updatedAt = clock.now();
        audit.record(caller, "WEBHOOK_SUBSCRIPTION_REPLAYED", TARGET, id.toString());
        return view(s, null);
    }

    /** The subscription's deliveries, newest first, optionally in one state. */
    @Transactional
    public Page<DeliveryView> deliveries(Owner owner, UUID id, String state, String after, int limit, Caller caller) {
        owned(owner, id);
        Cursor cursor = Cursor.after(after);
        long before = cursor == null ? Long.MAX_VALUE : cursor.secondLong();
        List<DeliveryEntity> rows = DeliveryEntity.<DeliveryEntity>find("subscriptionId = ?1 and id < ?2" + (state == null ? "" : " and state = ?3")
                        + " order by id desc", state == null ? new Object[] {id, before} : new Object[] {id, before, state})
                .page(0, limit + 1).list();
        Map<Long, List<DeliveryView.Attempt>> attempts = attempts(rows.stream().map(d -> d.id).toList());
        audit.record(caller, "WEBHOOK_DELIVERIES_READ", TARGET, id.toString());
        return Page.of(rows, limit, d -> view(d, attempts.getOrDefault(d.id, List.of())), d -> Cursor.of("d", d.id));
    }

    /** Sends a finished delivery's event once more, apart from the stream (it may arrive out of order); 202 with the new delivery. */
    @Transactional
    public DeliveryView redeliver(Owner owner, UUID id, long deliveryId, Caller caller) {
        SubscriptionEntity s = owned(owner, id);
        DeliveryEntity d = DeliveryEntity.findById(deliveryId);
        if (d == null || !d.subscriptionId.equals(s.id)) {
            throw ProblemException.notFound();
        }
        if (DeliveryEntity.PENDING.equals(d.state)) {
            throw ProblemException.conflict("delivery-pending", List.of());
        }
        DeliveryEntity r = new DeliveryEntity();
        r.subscriptionId = s.id;
        r.eventId = d.eventId;
        r.eventType = d.eventType;
        r.positionTxid = d.positionTxid;
        r.positionId = d.positionId;
        r.redelivery = true;
        r.state = DeliveryEntity.PENDING;
        r.createdAt = clock.now();
        r.nextAttemptAt = r.createdAt;
        r.persist();
        audit.record(caller, "WEBHOOK_EVENT_REDELIVERED", TARGET, id.toString());
        return view(r, List.of());
    }

    private SubscriptionEntity owned(Owner owner, UUID id) {
        return ownedOrNotFound(SubscriptionEntity.findById(id), owner, false);
    }

    /** The subscription locked for a change (one statement), so that two changes of it are taken one after the other. */
    private SubscriptionEntity locked(Owner owner, UUID id, boolean deletedToo) {
        return ownedOrNotFound(SubscriptionEntity.findById(id, LockModeType.PESSIMISTIC_WRITE), owner, deletedToo);
    }

    /** Another owner's subscription, or a deleted one, names nothing here. */
    private static SubscriptionEntity ownedOrNotFound(SubscriptionEntity s, Owner owner, boolean deletedToo) {
        if (s == null || (s.deletedAt != null && !deletedToo) || !s.ownerKind.equals(owner.kind().name()) || !s.ownerId.equals(owner.id())) {
            throw ProblemException.notFound();
        }
        return s;
    }

    private Map<Long, List<DeliveryView.Attempt>> attempts(List<Long> deliveries) {
        if (deliveries.isEmpty()) {
            return Map.of();
        }
        @SuppressWarnings("unchecked")
        List<Tuple> rows = Panache.getEntityManager().createNativeQuery("select delivery_id, attempt, attempted_at, status, error, duration_ms"
                        + " from webhook_attempt where delivery_id in (:ids) order by delivery_id, attempt", Tuple.class)
                .setParameter("ids", deliveries).getResultList();
        return rows.stream().collect(Collectors.groupingBy(r -> ((Number) r.get("delivery_id")).longValue(), Collectors.mapping(
                r -> new DeliveryView.Attempt(((Number) r.get("attempt")).intValue(), LegalTime.local(LegalTime.fromDriver(r.get("attempted_at"))),
                        r.get("status") == null ? null : ((Number) r.get("status")).intValue(), r.get("error", String.class),
                        ((Number) r.get("duration_ms")).intValue()), Collectors.toList())));
    }

    private SubscriptionView view(SubscriptionEntity s, String secret) {
        boolean overlapping = s.previousSecretUntil != null && s.previousSecretUntil.isAfter(clock.now());
        return new SubscriptionView(s.id, s.url, List.of(s.types), s.description, s.state, s.endedReason, LegalTime.local(s.createdAt),
                LegalTime.local(s.updatedAt), Cursor.of(s.cursorTxid, s.cursorId).encode(),
                s.nextAttemptAt == null ? null : LegalTime.local(s.nextAttemptAt),
                overlapping ? LegalTime.local(s.previousSecretUntil) : null, secret);
    }

    static DeliveryView view(DeliveryEntity d, List<DeliveryView.Attempt> attempts) {
        return new DeliveryView(d.id, d.eventId, d.eventType, Cursor.of(d.positionTxid, d.positionId).encode(), d.redelivery, d.state,
                LegalTime.local(d.createdAt), d.nextAttemptAt == null ? null : LegalTime.local(d.nextAttemptAt),
                d.finishedAt == null ? null : LegalTime.local(d.finishedAt), attempts);
    }
}
