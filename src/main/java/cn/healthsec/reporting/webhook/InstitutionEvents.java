package cn.healthsec.reporting.webhook;

import cn.healthsec.reporting.rules.LegalTime;
import cn.healthsec.reporting.web.StoredJson;
import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.util.List;

/**
 * The institutions' event outbox: what an institution's push subscriptions receive. The capability
 * that decides, returns, issues a notice or notices an overdue obligation publishes here, in its own
 * transaction, the view the API serves the institution for it: the event exists exactly when what it
 * tells was committed. Streams are read in (txid, id) order below the writer horizon, as the inbox.
 */
@ApplicationScoped
public class InstitutionEvents {

    @Inject
    StoredJson json;

    /** Joins the caller's transaction: the event commits with what it tells, or not at all. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void publish(String uscc, EventType type, String subject, Object data) {
        if (type.recipient() != Owner.Kind.INSTITUTION) {
            throw new IllegalArgumentException(type + " is not an institution's event");
        }
        InstitutionEventEntity e = new InstitutionEventEntity();
        e.institutionUscc = uscc;
        e.type = type.type();
        e.subject = subject;
        e.occurredAt = LegalTime.now();
        e.data = json.write(data);
        e.persist();
    }

    /** The institution's events after a position, in order, below the writer horizon. */
    @Transactional
    List<InstitutionEventEntity> after(String uscc, long afterTx, long afterId, int limit) {
        @SuppressWarnings("unchecked")
        List<InstitutionEventEntity> rows = Panache.getEntityManager().createNativeQuery("select * from institution_event e"
                        + " where e.institution_uscc = :uscc and e.txid < writer_horizon() and (e.txid, e.id) > (:afterTx, :afterId)"
                        + " order by e.txid, e.id limit :limit", InstitutionEventEntity.class)
                .setHint(org.hibernate.jpa.HibernateHints.HINT_READ_ONLY, true)
                .setParameter("uscc", uscc).setParameter("afterTx", afterTx).setParameter("afterId", afterId).setParameter("limit", limit)
                .getResultList();
        return rows;
    }
}
