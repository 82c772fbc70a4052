package cn.healthsec.reporting.submission;

import cn.healthsec.reporting.audit.AuditLog;
import cn.healthsec.reporting.config.Policy;
import cn.healthsec.reporting.reference.ReferenceData;
import cn.healthsec.reporting.routing.InboxEntryEntity;
import cn.healthsec.reporting.routing.Route;
import cn.healthsec.reporting.routing.RoutingFacts;
import cn.healthsec.reporting.routing.RoutingTable;
import cn.healthsec.reporting.rules.LegalTime;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Duration;
import java.util.UUID;

/**
 * Stores an accepted report, its type's rows, its queue entries and its audit record in one
 * transaction: either all of it is there or none of it is.
 */
@ApplicationScoped
public class SubmissionService {

    @Inject
    ObjectMapper mapper;

    @Inject
    AuditLog audit;

    @Inject
    ReferenceData referenceData;

    @Inject
    ReceiptRenderer receipts;

    @Inject
    Policy policy;

    /** The stored submission and whether this call created it (false: an idempotent replay). */
    public record Accepted(UUID id, boolean created) {
    }

    @Transactional
    public Accepted accept(NewSubmission n) {
        String content = write(n.content());
        SubmissionEntity s = new SubmissionEntity();
        s.id = n.id();
        s.reference = reference(n);
        s.type = n.type();
        s.institutionUscc = n.institution().uscc();
        s.receivedAt = n.receivedAt();
        s.status = SubmissionStatus.of(n.outcome(), n.receivedAt());
        s.payload = content;
        s.evaluation = receipts.write(n.outcome());
        s.submittedBy = n.caller().subject();
        s.persist();
        n.typeRows().accept(s);
        RoutingFacts facts = new RoutingFacts(n.type(), n.institution(), n.routingMarkers(), referenceData.authorities(),
                Duration.ofHours(policy.incident().healthReportHours()));
        for (Route route : RoutingTable.route(facts)) {
            InboxEntryEntity e = new InboxEntryEntity();
            e.authorityId = route.authority().toString();
            e.submissionId = s.id;
            e.reason = route.reason();
            e.basis = route.basis().cite();
            e.ruleId = route.ruleId();
            e.createdAt = n.receivedAt();
            if (route.clock() != null && n.clockStart() != null && !n.alreadyNotified().contains(e.authorityId)) {
                e.dueAt = n.clockStart().plus(route.clock().within());
                e.clockBasis = route.clock().basis().cite();
            }
            e.persist();
        }
        audit.record(n.caller(), "SUBMISSION_ACCEPTED", n.type().name(), s.id.toString());
        return new Accepted(s.id, true);
    }

    private String reference(NewSubmission n) {
        Number next = (Number) Panache.getEntityManager()
                .createNativeQuery("select nextval('submission_reference_seq')").getSingleResult();
        return String.format("%s-%d-%08d", n.type().referencePrefix(), LegalTime.dateOf(n.receivedAt()).getYear(), next.longValue());
    }

    private String write(JsonNode content) {
        try {
            return mapper.writeValueAsString(content);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialize a submission", e);
        }
    }
}
