package cn.healthsec.reporting.routing;

import cn.healthsec.reporting.authority.AuthorityId;
import cn.healthsec.reporting.config.Policy;
import cn.healthsec.reporting.institution.Institution;
import cn.healthsec.reporting.reference.ReferenceData;
import cn.healthsec.reporting.rules.SubmissionType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Delivery: routes a stored submission through the routing table into the inbox of every
 * authority that must receive it, starting each route's hour clock, and answers who received what.
 * The only writer of {@code inbox_entry} besides an authority's acknowledgement.
 */
@ApplicationScoped
public class Deliveries {

    @Inject
    ReferenceData referenceData;

    @Inject
    Policy policy;

    /**
     * What is delivered: the submission's label, the routing markers its type set from its content,
     * when its route clocks start (null: no clocks), and the earlier submissions of its thread (the
     * earlier reports of an incident), whose recipients' clocks already ran.
     */
    public record Parcel(UUID submissionId, SubmissionType type, String reference, Instant receivedAt, Institution institution,
                         Set<String> markers, Instant clockStart, Collection<UUID> earlierOfThread) {
    }

    /** Joins the caller's transaction: the entries are written with the submission or not at all. */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<Delivered> deliver(Parcel parcel) {
        RoutingFacts facts = new RoutingFacts(parcel.type(), parcel.institution(), parcel.markers(), referenceData.authorities(),
                routingPolicy());
        Set<String> notifiedBefore = parcel.earlierOfThread().isEmpty() ? Set.of()
                : entries(parcel.earlierOfThread()).stream().map(e -> e.authorityId).collect(Collectors.toSet());
        List<Delivered> delivered = new ArrayList<>();
        for (Route route : RoutingTable.route(facts)) {
            InboxEntryEntity e = new InboxEntryEntity();
            e.authorityId = route.authority().toString();
            e.submissionId = parcel.submissionId();
            e.submissionType = parcel.type();
            e.submissionReference = parcel.reference();
            e.receivedAt = parcel.receivedAt();
            e.institutionUscc = parcel.institution().uscc();
            e.reason = route.reason();
            e.basis = route.basis().cite();
            e.ruleId = route.ruleId();
            e.createdAt = parcel.receivedAt();
            // A recipient an earlier report of the thread reached had its clock then.
            if (route.clock() != null && parcel.clockStart() != null && !notifiedBefore.contains(e.authorityId)) {
                e.dueAt = parcel.clockStart().plus(route.clock().within());
                e.clockBasis = route.clock().basis().cite();
            }
            e.persist();
            delivered.add(Delivered.of(e));
        }
        return delivered;
    }

    /**
     * The notice of an obligation past its due date, for the authority supervising the institution:
     * what is owed ({@code obligationKind}, {@code subject}), when it was due, on what basis.
     */
    public record Notice(String authorityId, String institutionUscc, String obligationId, String obligationKind, String subject,
                         String due, String basis, String ruleId, Instant at) {
    }

    /** Puts an overdue notice in the authority's inbox; joins the caller's transaction (the job's, which records the notice once). */
    @Transactional(Transactional.TxType.MANDATORY)
    public long notice(Notice n) {
        InboxEntryEntity e = new InboxEntryEntity();
        e.kind = InboxEntryEntity.OVERDUE_NOTICE;
        e.authorityId = n.authorityId();
        e.institutionUscc = n.institutionUscc();
        e.obligationId = n.obligationId();
        e.obligationKind = n.obligationKind();
        e.obligationSubject = n.subject();
        e.obligationDue = n.due();
        e.reason = "OBLIGATION_OVERDUE";
        e.basis = n.basis();
        e.ruleId = n.ruleId();
        e.receivedAt = n.at();
        e.createdAt = n.at();
        e.persist();
        return e.id;
    }

    /** The routing choices the texts leave open, from the configuration (validated at startup by {@code PolicyCheck}). */
    RoutingPolicy routingPolicy() {
        Policy.Incident incident = policy.incident();
        return new RoutingPolicy(Duration.ofHours(incident.healthReportHours()),
                AuthorityId.parse(incident.ciiProtectionDepartment()).orElseThrow(),
                "PROVINCE".equals(incident.ciiPublicSecurityLevel()), incident.majorIncidentsToNhc());
    }

    /** Every delivery of these submissions, in the order they were made. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Delivered> delivered(Collection<UUID> submissionIds) {
        return entries(submissionIds).stream().map(Delivered::of).toList();
    }

    private static List<InboxEntryEntity> entries(Collection<UUID> submissionIds) {
        return submissionIds.isEmpty() ? List.of() : InboxEntryEntity.list("submissionId in ?1 order by id", submissionIds);
    }
}
