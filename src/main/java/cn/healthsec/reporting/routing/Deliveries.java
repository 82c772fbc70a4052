package cn.healthsec.reporting.routing;

import cn.healthsec.reporting.authority.AuthorityId;
import cn.healthsec.reporting.config.Policy;
import cn.healthsec.reporting.institution.Institution;
import cn.healthsec.reporting.reference.ReferenceData;
import cn.healthsec.reporting.rules.Basis;
import cn.healthsec.reporting.rules.CitedRule;
import cn.healthsec.reporting.rules.LegalTime;
import cn.healthsec.reporting.rules.Provenance;
import cn.healthsec.reporting.rules.Rule;
import cn.healthsec.reporting.rules.Source;
import cn.healthsec.reporting.rules.SubmissionType;
import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
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
     * when its route clocks start (null: no clocks), the earlier submissions of its thread (the
     * earlier reports of an incident), whose recipients' clocks already ran, and the version it
     * amends (null: not an amendment).
     */
    public record Parcel(UUID submissionId, SubmissionType type, String reference, Instant receivedAt, Institution institution,
                         Set<String> markers, Instant clockStart, Collection<UUID> earlierOfThread, Amends amends,
                         Collection<Relative> relatives) {
    }

    /**
     * Another submission that whoever receives one of the two may see: another report of the same
     * incident thread, or another version of the same lineage (the relation of
     * {@code Visibility.related}), with when it was received.
     */
    public record Relative(UUID submissionId, Instant receivedAt) {
    }

    /** The version an amendment replaces. */
    public record Amends(UUID submissionId, String reference) {
    }

    /** Why a recipient of an earlier version that the amendment's own routes do not reach still receives it. */
    public static final String EARLIER_VERSION_RECIPIENT = "EARLIER_VERSION_RECIPIENT";
    public static final Rule AMENDMENT_TO_EARLIER_RECIPIENTS = rule("ROUTE-AMENDMENT-TO-EARLIER-RECIPIENTS",
            "An amendment reaches every recipient of the version it amends, besides its own routes.",
            Basis.of(Source.SERVICE_POLICY, "a correction reaches whoever holds what it corrects", Provenance.INFERENCE));

    /** Joins the caller's transaction: the entries are written with the submission or not at all. */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<Delivered> deliver(Parcel parcel) {
        RoutingFacts facts = new RoutingFacts(parcel.type(), parcel.institution(), parcel.markers(), referenceData.authorities(),
                routingPolicy());
        // The deliveries of every earlier submission this filing knows (its thread's earlier reports, the
        // version it amends, its relatives), read once: they serve the clocks, the amendment and the relatives.
        Set<UUID> known = new HashSet<>(parcel.earlierOfThread());
        parcel.relatives().forEach(r -> known.add(r.submissionId()));
        if (parcel.amends() != null) {
            known.add(parcel.amends().submissionId());
        }
        List<InboxEntryEntity> earlierDeliveries = entries(known).stream().filter(e -> InboxEntryEntity.SUBMISSION.equals(e.kind)).toList();
        Set<UUID> thread = Set.copyOf(parcel.earlierOfThread());
        Set<String> notifiedBefore = earlierDeliveries.stream().filter(e -> thread.contains(e.submissionId))
                .map(e -> e.authorityId).collect(Collectors.toSet());
        List<Delivered> delivered = new ArrayList<>();
        Set<String> reached = new LinkedHashSet<>();
        for (Route route : RoutingTable.route(facts)) {
            InboxEntryEntity e = entry(parcel, route.authority().toString(), route.reason(), route.basis(), route.ruleId());
            // A recipient an earlier report of the thread reached had its clock then.
            if (route.clock() != null && parcel.clockStart() != null && !notifiedBefore.contains(e.authorityId)) {
                e.dueAt = parcel.clockStart().plus(route.clock().within());
                e.clockBasis = route.clock().basis().cite();
                e.clockBasisKey = route.clock().basis().key();
            }
            e.persist();
            reached.add(e.authorityId);
            delivered.add(Delivered.of(e));
        }
        if (parcel.amends() != null) {
            for (InboxEntryEntity earlier : earlierDeliveries) {
                if (earlier.submissionId.equals(parcel.amends().submissionId()) && reached.add(earlier.authorityId)) {
                    InboxEntryEntity e = entry(parcel, earlier.authorityId, EARLIER_VERSION_RECIPIENT,
                            AMENDMENT_TO_EARLIER_RECIPIENTS.basis(), AMENDMENT_TO_EARLIER_RECIPIENTS.id());
                    e.persist();
                    delivered.add(Delivered.of(e));
                }
            }
        }
        if (!parcel.relatives().isEmpty()) {
            relate(parcel, reached, earlierDeliveries);
        }
        return delivered;
    }

    /**
     * Keeps {@code delivered_relative} (V22) exact: (authority, submission) for each submission an
     * authority may see because a relative of it was delivered to it and it was not. A filing is the
     * only moment a relation or a delivery is made, so two cases cover it: the filing's recipients may
     * see its relatives, and the recipients of its relatives may see it. Only the listing reads it
     * (an index of who may see what); {@code Visibility.maySee} decides from the deliveries.
     */
    private void relate(Parcel parcel, Set<String> reached, List<InboxEntryEntity> earlierDeliveries) {
        Set<UUID> relatives = parcel.relatives().stream().map(Relative::submissionId).collect(Collectors.toSet());
        Map<String, Set<UUID>> deliveredTo = new HashMap<>();
        for (InboxEntryEntity e : earlierDeliveries) {
            if (relatives.contains(e.submissionId)) {
                deliveredTo.computeIfAbsent(e.authorityId, a -> new HashSet<>()).add(e.submissionId);
            }
        }
        List<String> authorities = new ArrayList<>();
        List<Instant> at = new ArrayList<>();
        List<UUID> ids = new ArrayList<>();
        for (String authority : reached) {
            Set<UUID> own = deliveredTo.getOrDefault(authority, Set.of());
            for (Relative r : parcel.relatives()) {
                if (!own.contains(r.submissionId())) {
                    authorities.add(authority);
                    at.add(r.receivedAt());
                    ids.add(r.submissionId());
                }
            }
        }
        for (String authority : deliveredTo.keySet()) {
            if (!reached.contains(authority)) {
                authorities.add(authority);
                at.add(parcel.receivedAt());
                ids.add(parcel.submissionId());
            }
        }
        if (!ids.isEmpty()) {
            Panache.getEntityManager().createNativeQuery("insert into delivered_relative (authority_id, received_at, submission_id)"
                            + " select * from unnest(cast(:authorities as varchar[]), cast(cast(:at as varchar[]) as timestamptz[]),"
                            + " cast(cast(:ids as varchar[]) as uuid[]))"
                            + " on conflict do nothing")
                    .setParameter("authorities", authorities.toArray(String[]::new))
                    .setParameter("at", at.stream().map(Instant::toString).toArray(String[]::new))
                    .setParameter("ids", ids.stream().map(UUID::toString).toArray(String[]::new))
                    .executeUpdate();
        }
    }

    private static InboxEntryEntity entry(Parcel parcel, String authorityId, String reason, Basis basis, String ruleId) {
        InboxEntryEntity e = new InboxEntryEntity();
        e.authorityId = authorityId;
        e.submissionId = parcel.submissionId();
        e.submissionType = parcel.type();
        e.submissionReference = parcel.reference();
        e.receivedAt = parcel.receivedAt();
        e.institutionUscc = parcel.institution().uscc();
        e.reason = reason;
        e.basis = basis.cite();
        e.basisKey = basis.key();
        e.ruleId = ruleId;
        e.createdAt = parcel.receivedAt();
        if (parcel.amends() != null) {
            e.amendsSubmissionId = parcel.amends().submissionId();
            e.amendsReference = parcel.amends().reference();
        }
        return e;
    }

    /** An application its primary recipient approved: what the routes an approval opens are evaluated on. */
    public record Approval(UUID submissionId, SubmissionType type, String reference, Instant receivedAt, Institution institution,
                           Set<String> markers) {
    }

    /**
     * Delivers an approved application to the recipients its approval opens ({@link RoutingTable#ON_APPROVAL}),
     * in the decision's transaction; a recipient that already holds it is not sent it again. The entry
     * arrives now (the decision), and carries the submission's receipt.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<Delivered> approved(Approval a) {
        RoutingFacts facts = new RoutingFacts(a.type(), a.institution(), a.markers(), referenceData.authorities(), routingPolicy());
        Set<String> holders = entries(List.of(a.submissionId())).stream().filter(e -> InboxEntryEntity.SUBMISSION.equals(e.kind))
                .map(e -> e.authorityId).collect(Collectors.toSet());
        Parcel parcel = new Parcel(a.submissionId(), a.type(), a.reference(), a.receivedAt(), a.institution(), a.markers(), null,
                List.of(), null, List.of());
        Instant now = LegalTime.now();
        List<Delivered> delivered = new ArrayList<>();
        for (Route route : RoutingTable.onApproval(facts)) {
            if (holders.add(route.authority().toString())) {
                InboxEntryEntity e = entry(parcel, route.authority().toString(), route.reason(), route.basis(), route.ruleId());
                e.createdAt = now;
                e.persist();
                delivered.add(Delivered.of(e));
            }
        }
        return delivered;
    }

    /** Why every recipient of a retracted submission is told. */
    public static final String RETRACTED = "SUBMISSION_RETRACTED";
    public static final Rule RETRACTION_TO_RECIPIENTS = rule("ROUTE-RETRACTION-TO-RECIPIENTS",
            "Every recipient of a retracted submission is told; nothing is deleted.",
            Basis.of(Source.SERVICE_POLICY, "a recipient must know that what it holds was withdrawn", Provenance.INFERENCE));

    /** The delivery rules besides the routing table, for the rule catalogue. */
    public static final List<Rule> RULES = List.of(AMENDMENT_TO_EARLIER_RECIPIENTS, RETRACTION_TO_RECIPIENTS);

    private static Rule rule(String id, String summary, Basis basis) {
        return new CitedRule(id, basis, summary) { };
    }

    /**
     * Tells every recipient of the submission that the institution retracted it: one RETRACTION
     * entry each, in the retraction's transaction. Answers how many were told.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public int retraction(UUID submissionId, Instant at) {
        int told = 0;
        for (InboxEntryEntity delivered : entries(List.of(submissionId))) {
            if (!InboxEntryEntity.SUBMISSION.equals(delivered.kind)) {
                continue;
            }
            InboxEntryEntity e = new InboxEntryEntity();
            e.kind = InboxEntryEntity.RETRACTION;
            e.authorityId = delivered.authorityId;
            e.submissionId = submissionId;
            e.submissionType = delivered.submissionType;
            e.submissionReference = delivered.submissionReference;
            e.institutionUscc = delivered.institutionUscc;
            e.reason = RETRACTED;
            e.basis = RETRACTION_TO_RECIPIENTS.basis().cite();
            e.basisKey = RETRACTION_TO_RECIPIENTS.basis().key();
            e.ruleId = RETRACTION_TO_RECIPIENTS.id();
            e.receivedAt = at;
            e.createdAt = at;
            e.persist();
            told++;
        }
        return told;
    }

    /**
     * The notice of an obligation past its due date, for the authority supervising the institution:
     * what is owed ({@code obligationKind}, {@code subject}), when it was due, on what basis
     * ({@code basisKey}: {@link Basis#key()}, null for obligations derived before V14).
     */
    public record Notice(String authorityId, String institutionUscc, String obligationId, String obligationKind, String subject,
                         String due, String basis, String basisKey, String ruleId, Instant at) {
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
        e.basisKey = n.basisKey();
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
                "PROVINCE".equals(incident.ciiPublicSecurityLevel()), incident.majorIncidentsToNhc(),
                "PROVINCE".equals(incident.publicSecurityLevel()), policy.catalogueToProvince(), policy.catalogueToNhc());
    }

    /** Every delivery of these submissions, in the order they were made (not the notices of their retraction). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Delivered> delivered(Collection<UUID> submissionIds) {
        return entries(submissionIds).stream().filter(e -> InboxEntryEntity.SUBMISSION.equals(e.kind)).map(Delivered::of).toList();
    }

    /** Every inbox entry about these submissions — deliveries and notices of retraction — oldest first, for their history. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Delivered> entriesAbout(Collection<UUID> submissionIds) {
        return entries(submissionIds).stream().map(Delivered::of).toList();
    }

    private static List<InboxEntryEntity> entries(Collection<UUID> submissionIds) {
        return submissionIds.isEmpty() ? List.of() : InboxEntryEntity.list("submissionId in ?1 order by id", submissionIds);
    }
}
