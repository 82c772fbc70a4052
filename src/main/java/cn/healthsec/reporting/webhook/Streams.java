package cn.healthsec.reporting.webhook;

import cn.healthsec.reporting.routing.InboxService;
import cn.healthsec.reporting.rules.LegalTime;
import cn.healthsec.reporting.web.Cursor;
import cn.healthsec.reporting.web.StoredJson;
import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The stream a subscription follows, read from its owner's record: an authority's inbox (routing)
 * or an institution's events ({@link InstitutionEvents}), both in (txid, id) order below the writer
 * horizon, so the sender meets events in the order a portal paging them would, and never passes one
 * that commits late.
 */
@ApplicationScoped
public class Streams {

    @Inject
    InboxService inbox;

    @Inject
    InstitutionEvents institutionEvents;

    @Inject
    StoredJson json;

    /** One event with its place: {@code txid}, {@code id} order the stream. {@code data} is the view's JSON. */
    public record Event(long txid, long id, String eventId, EventType type, String subject, Instant time, String data) {
        public String cursor() {
            return Cursor.of(txid, id).encode();
        }

        public CloudEvent envelope(Owner owner) {
            return new CloudEvent(CloudEvent.SPEC_VERSION, eventId, owner.source(), type.type(), subject, LegalTime.local(time),
                    "application/json", cursor(), data);
        }
    }

    /** The next events of the owner's stream after a position, at most {@code limit}. */
    @Transactional
    public List<Event> after(Owner owner, long afterTx, long afterId, int limit) {
        if (owner.kind() == Owner.Kind.AUTHORITY) {
            return inbox.after(owner.id(), afterTx, afterId, limit).stream()
                    .map(p -> new Event(p.txid(), p.id(), "ie_" + p.id(), EventType.INBOX_ENTRY_CREATED,
                            p.view().submissionId() != null ? p.view().submissionId().toString()
                                    : p.view().obligation() != null ? p.view().obligation().id() : String.valueOf(p.id()),
                            p.createdAt(), json(p.view())))
                    .toList();
        }
        return institutionEvents.after(owner.id(), afterTx, afterId, limit).stream()
                .map(e -> new Event(e.txid, e.id, "ev_" + e.id, EventType.of(e.type).orElseThrow(), e.subject, e.occurredAt, e.data))
                .toList();
    }

    /** The event at exactly this position, if it is (still) in the stream. */
    @Transactional
    public Optional<Event> at(Owner owner, long txid, long id) {
        return after(owner, txid, id - 1, 1).stream().filter(e -> e.txid() == txid && e.id() == id).findFirst();
    }

    /** The position a new subscription starts after: everything final now is before it, everything later after it. */
    @Transactional
    public long[] end() {
        long horizon = ((Number) Panache.getEntityManager().createNativeQuery("select writer_horizon()").getSingleResult()).longValue();
        return new long[] {horizon - 1, Long.MAX_VALUE};
    }

    private String json(Object view) {
        return json.write(view);
    }
}
