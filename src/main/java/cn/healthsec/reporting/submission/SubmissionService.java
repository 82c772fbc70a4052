package cn.healthsec.reporting.submission;

import cn.healthsec.reporting.audit.AuditLog;
import cn.healthsec.reporting.routing.Deliveries;
import cn.healthsec.reporting.rules.LegalTime;
import cn.healthsec.reporting.web.StoredJson;
import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * The shared store of every report type: the submission row, its deliveries into the recipients'
 * inboxes and its audit record, written in the caller's transaction ({@code ReportIntake.fileOnce}'s,
 * which the type's {@link ReportType#file} joins and then writes its own rows in) — so the key
 * claim, the submission, its deliveries, its audit record and the type's rows commit together or
 * not at all.
 */
@ApplicationScoped
public class SubmissionService {

    @Inject
    StoredJson json;

    @Inject
    AuditLog audit;

    @Inject
    Deliveries deliveries;

    @Inject
    ReceiptRenderer receipts;

    /**
     * Stores the submission and delivers it to every authority that must receive it, with its audit
     * record, in the caller's transaction; the report type writes its own rows in the same
     * transaction afterwards.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Accepted accept(NewSubmission n) {
        Received<?> r = n.received();
        SubmissionEntity s = new SubmissionEntity();
        s.id = r.id();
        Received.Amending amending = r.amending();
        s.reference = reference(n);
        s.lineageId = amending != null ? amending.lineageId() : s.id;
        s.version = amending != null ? amending.version() : 1;
        s.previousVersionId = amending != null ? amending.previousId() : null;
        s.type = n.type();
        s.contentType = n.contentType();
        s.institutionUscc = r.institution().uscc();
        s.receivedAt = r.at();
        s.status = SubmissionStatus.of(n.outcome(), r.at());
        s.payload = json.write(r.content());
        s.evaluation = json.write(n.outcome());
        s.submittedBy = r.caller().subject();
        s.submittedByRole = r.caller().role();
        s.threadId = n.threadId();
        s.persist();
        List<SubmissionEntity> thread = n.threadId() == null ? List.of()
                : SubmissionEntity.list("threadId = ?1 and id <> ?2", n.threadId(), s.id);
        List<UUID> earlierOfThread = thread.stream().map(t -> t.id).toList();
        // Its relatives (Visibility.related): the other reports of its thread and its other versions.
        Map<UUID, Deliveries.Relative> relatives = new LinkedHashMap<>();
        List<SubmissionEntity> lineage = amending == null ? List.of() : SubmissionEntity.list("lineageId = ?1 and id <> ?2", s.lineageId, s.id);
        for (SubmissionEntity t : Stream.concat(thread.stream(), lineage.stream()).toList()) {
            relatives.putIfAbsent(t.id, new Deliveries.Relative(t.id, t.receivedAt));
        }
        deliveries.deliver(new Deliveries.Parcel(s.id, n.type(), s.reference, s.receivedAt, r.institution(), n.routingMarkers(),
                n.clockStart(), earlierOfThread, amending == null ? null : new Deliveries.Amends(amending.previousId(), amending.previousReference()),
                List.copyOf(relatives.values())));
        audit.record(r.caller(), amending != null ? "SUBMISSION_AMENDED" : "SUBMISSION_ACCEPTED", n.type().name(), s.id.toString());
        return new Accepted(s.id, s.reference, true);
    }

    /**
     * A new report's reference takes the next number; an amendment's is its first version's with
     * "/n"; a dry run's ends in "-DRYRUN" and takes no number (it is rolled back, and a number taken
     * is never given back).
     */
    private String reference(NewSubmission n) {
        String year = Integer.toString(LegalTime.dateOf(n.received().at()).getYear());
        Received.Amending amending = n.received().amending();
        if (amending != null) {
            return amending.reference() + (n.received().dryRun() ? "-DRYRUN" : "");
        }
        if (n.received().dryRun()) {
            return n.type().referencePrefix() + "-" + year + "-DRYRUN";
        }
        Number next = (Number) Panache.getEntityManager()
                .createNativeQuery("select nextval('submission_reference_seq')").getSingleResult();
        return String.format("%s-%s-%08d", n.type().referencePrefix(), year, next.longValue());
    }

}
