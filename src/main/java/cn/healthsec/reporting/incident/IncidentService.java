package cn.healthsec.reporting.incident;

import cn.healthsec.reporting.config.Policy;
import cn.healthsec.reporting.incident.api.FinalIncidentReport;
import cn.healthsec.reporting.incident.api.Impact;
import cn.healthsec.reporting.incident.api.IncidentCategory;
import cn.healthsec.reporting.incident.api.IncidentGrade;
import cn.healthsec.reporting.incident.api.IncidentUpdate;
import cn.healthsec.reporting.incident.api.InitialIncidentReport;
import cn.healthsec.reporting.institution.Institution;
import cn.healthsec.reporting.problem.FieldError;
import cn.healthsec.reporting.problem.ProblemException;
import cn.healthsec.reporting.routing.InboxEntryEntity;
import cn.healthsec.reporting.routing.RoutingFacts;
import cn.healthsec.reporting.rules.Outcome;
import cn.healthsec.reporting.security.Caller;
import cn.healthsec.reporting.submission.NewSubmission;
import cn.healthsec.reporting.submission.SubmissionService;
import cn.healthsec.reporting.submission.SubmissionType;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The three stages of an incident. Each report is a submission of its own, routed to every
 * recipient the incident's facts so far call for: the initial report's recipients and any an
 * upgrade adds (原渠道). Grades only go up. Clocks run from discovery.
 */
@ApplicationScoped
public class IncidentService {

    @Inject
    SubmissionService submissions;

    @Inject
    Policy policy;

    List<GradeThreshold> thresholds() {
        return IncidentGrading.thresholds(policy.incident().economicLossMajorYuan(), policy.incident().economicLossLargeYuan());
    }

    @Transactional
    public SubmissionService.Accepted open(InitialIncidentReport r, JsonNode content, Institution institution, Caller caller,
                                           Instant receivedAt, UUID id) {
        IncidentGrading.Result computed = IncidentGrading.compute(r.impact(), thresholds());
        IncidentRules.Facts facts = new IncidentRules.Facts(IncidentStage.INITIAL, r.category(), r.declaredGrade(), computed,
                r.impact().personalInformation(), r.individualsNotified() == null ? null : r.individualsNotified().notified(),
                r.supplementsPending(), receivedAt, null);
        Set<String> markers = markers(facts.effective(), r.impact().importantOrCoreData(), Boolean.TRUE.equals(r.suspectedCrime()),
                r.category(), r.vulnerability() != null && Boolean.TRUE.equals(r.vulnerability().endangersNationalSecurityOrPublicInterest()));
        Outcome outcome = IncidentRules.evaluate(facts);
        return submissions.accept(new NewSubmission(SubmissionType.INCIDENT_REPORT, institution, caller, receivedAt, content,
                outcome, markers, id, s -> {
                    IncidentEntity i = new IncidentEntity();
                    i.id = s.id;
                    i.institutionUscc = institution.uscc();
                    i.category = r.category();
                    i.discoveredAt = r.discoveredAt();
                    i.declaredGrade = r.declaredGrade();
                    i.computedGrade = computed.grade();
                    i.effectiveGrade = facts.effective();
                    i.personalInformation = r.impact().personalInformation();
                    i.importantOrCoreData = r.impact().importantOrCoreData();
                    i.suspectedCrime = Boolean.TRUE.equals(r.suspectedCrime());
                    i.openedAt = receivedAt;
                    i.persist();
                    s.threadId = s.id;
                    report(s.id, i.id, IncidentStage.INITIAL, receivedAt);
                }, r.discoveredAt(), Set.of()));
    }

    @Transactional
    public SubmissionService.Accepted update(UUID incidentId, IncidentUpdate u, JsonNode content, Institution institution,
                                             Caller caller, Instant receivedAt, UUID id) {
        IncidentEntity i = openIncident(incidentId, institution);
        return next(i, IncidentStage.UPDATE, u.impact(), u.declaredGrade(), u.suspectedCrime(),
                u.individualsNotified() == null ? null : u.individualsNotified().notified(), null,
                content, institution, caller, receivedAt, id);
    }

    @Transactional
    public SubmissionService.Accepted close(UUID incidentId, FinalIncidentReport f, JsonNode content, Institution institution,
                                            Caller caller, Instant receivedAt, UUID id) {
        IncidentEntity i = openIncident(incidentId, institution);
        if (f.handlingEndedAt().isBefore(i.discoveredAt)) {
            throw ProblemException.validation(List.of(FieldError.of("/handlingEndedAt", "before_discovery")));
        }
        return next(i, IncidentStage.FINAL, f.impact(), f.declaredGrade(), null, null, f.handlingEndedAt(),
                content, institution, caller, receivedAt, id);
    }

    private SubmissionService.Accepted next(IncidentEntity i, IncidentStage stage, Impact impact, IncidentGrade declared,
                                            Boolean suspectedCrime, Boolean notified, Instant handlingEndedAt, JsonNode content,
                                            Institution institution, Caller caller, Instant receivedAt, UUID id) {
        IncidentGrading.Result computed = IncidentGrading.compute(impact == null ? Impact.NONE : impact, thresholds());
        IncidentGrade declaredNow = declared == null ? i.declaredGrade : IncidentGrade.max(i.declaredGrade, declared);
        IncidentGrade computedNow = IncidentGrade.max(i.computedGrade, computed.grade());
        IncidentRules.Facts facts = new IncidentRules.Facts(stage, i.category, declaredNow,
                new IncidentGrading.Result(computedNow, computed.measurements()),
                i.personalInformation || (impact != null && impact.personalInformation()), notified, false, receivedAt, handlingEndedAt);
        boolean important = i.importantOrCoreData || (impact != null && impact.importantOrCoreData());
        boolean crime = i.suspectedCrime || Boolean.TRUE.equals(suspectedCrime);
        Set<String> markers = markers(IncidentGrade.max(i.effectiveGrade, facts.effective()), important, crime, i.category, false);
        Set<String> notifiedAlready = alreadyNotified(i.id);
        Outcome outcome = IncidentRules.evaluate(facts);
        return submissions.accept(new NewSubmission(SubmissionType.INCIDENT_REPORT, institution, caller, receivedAt, content,
                outcome, markers, id, s -> {
                    i.declaredGrade = declaredNow;
                    i.computedGrade = computedNow;
                    i.effectiveGrade = IncidentGrade.max(i.effectiveGrade, facts.effective());
                    i.personalInformation = facts.personalInformation();
                    i.importantOrCoreData = important;
                    i.suspectedCrime = crime;
                    if (stage == IncidentStage.FINAL) {
                        i.handlingEndedAt = handlingEndedAt;
                        i.closedAt = receivedAt;
                    }
                    s.threadId = i.id;
                    report(s.id, i.id, stage, receivedAt);
                }, i.discoveredAt, notifiedAlready));
    }

    /**
     * The caller's own incident, still open; another's is "not found", a closed one a conflict.
     * Locked until the report is stored: two reports to one incident are taken one after the other,
     * so two final reports cannot both close it and no update is lost to a concurrent one.
     */
    private IncidentEntity openIncident(UUID id, Institution institution) {
        IncidentEntity i = IncidentEntity.findById(id, LockModeType.PESSIMISTIC_WRITE);
        if (i == null || !i.institutionUscc.equals(institution.uscc())) {
            throw ProblemException.notFound();
        }
        if (i.closedAt != null) {
            throw ProblemException.conflict("incident-closed", List.of());
        }
        return i;
    }

    private static Set<String> alreadyNotified(UUID incidentId) {
        List<UUID> reports = IncidentReportEntity.<IncidentReportEntity>list("incidentId", incidentId).stream()
                .map(r -> r.submissionId).toList();
        return InboxEntryEntity.<InboxEntryEntity>list("submissionId in ?1", reports).stream()
                .map(e -> e.authorityId).collect(Collectors.toSet());
    }

    private static void report(UUID submissionId, UUID incidentId, IncidentStage stage, Instant receivedAt) {
        IncidentReportEntity r = new IncidentReportEntity();
        r.submissionId = submissionId;
        r.incidentId = incidentId;
        r.stage = stage;
        r.receivedAt = receivedAt;
        r.persist();
    }

    static Set<String> markers(IncidentGrade effective, boolean importantData, boolean crime, IncidentCategory category,
                               boolean vulnerabilityEndangers) {
        Set<String> m = new HashSet<>();
        if (effective.atLeast(IncidentGrade.LARGE)) {
            m.add(RoutingFacts.GRADE_LARGE);
        }
        if (effective.atLeast(IncidentGrade.MAJOR)) {
            m.add(RoutingFacts.GRADE_MAJOR);
        }
        if (importantData) {
            m.add(RoutingFacts.IMPORTANT_OR_CORE_DATA_INVOLVED);
        }
        if (crime) {
            m.add(RoutingFacts.SUSPECTED_CRIME);
        }
        if (category == IncidentCategory.VULNERABILITY) {
            m.add(RoutingFacts.VULNERABILITY);
            if (vulnerabilityEndangers) {
                m.add(RoutingFacts.VULNERABILITY_NATIONAL_SECURITY);
            }
        }
        return m;
    }
}
