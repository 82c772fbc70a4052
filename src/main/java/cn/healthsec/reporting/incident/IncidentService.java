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
import cn.healthsec.reporting.routing.RoutingFacts;
import cn.healthsec.reporting.rules.SubmissionType;
import cn.healthsec.reporting.submission.Accepted;
import cn.healthsec.reporting.submission.NewSubmission;
import cn.healthsec.reporting.submission.Received;
import cn.healthsec.reporting.submission.ReportForm;
import cn.healthsec.reporting.submission.ReportType;
import cn.healthsec.reporting.submission.SubmissionService;
import cn.healthsec.reporting.submission.api.ContentType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * The three stages of an incident. Each report is a submission of its own, routed to every
 * recipient the incident's facts so far call for: the initial report's recipients and any an
 * upgrade adds (原渠道). Grades only go up. Clocks run from discovery.
 */
@ApplicationScoped
public class IncidentService extends ReportType<InitialIncidentReport> {

    @Inject
    SubmissionService submissions;

    @Inject
    Policy policy;

    IncidentService() {
        super(new ReportForm<>("reportIncident", SubmissionType.INCIDENT_REPORT, InitialIncidentReport.class, IncidentChecks::initial,
                IncidentChecks.SCANNER, InitialIncidentReport::institution));
    }

    List<GradeThreshold> thresholds() {
        return IncidentGrading.thresholds(policy.incident().economicLossMajorYuan(), policy.incident().economicLossLargeYuan());
    }

    /** The first report opens the incident; its submission id is the incident's id and its thread's. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Accepted file(Received<InitialIncidentReport> received) {
        InitialIncidentReport r = received.report();
        IncidentGrading.Result computed = IncidentGrading.compute(r.impact(), thresholds());
        IncidentRules.Facts facts = new IncidentRules.Facts(IncidentStage.INITIAL, r.category(), r.declaredGrade(), computed,
                r.impact().personalInformation(), r.individualsNotified() == null ? null : r.individualsNotified().notified(),
                r.supplementsPending(), received.at(), null, r.impact().importantOrCoreData(), policy.incident().importantDataSummaryDays(),
                received.institution().otherCentralOrgan().orElse(null));
        boolean endangers = r.vulnerability() != null && Boolean.TRUE.equals(r.vulnerability().endangersNationalSecurityOrPublicInterest());
        Set<String> markers = markers(facts.effective(), r.impact().importantOrCoreData(), Boolean.TRUE.equals(r.suspectedCrime()),
                r.category(), endangers);
        Accepted accepted = submissions.accept(new NewSubmission(received, SubmissionType.INCIDENT_REPORT,
                IncidentRules.evaluate(facts), markers, received.id(), r.discoveredAt(), ContentType.INCIDENT_INITIAL_REPORT));
        IncidentEntity i = new IncidentEntity();
        i.id = accepted.id();
        i.institutionUscc = received.institution().uscc();
        i.category = r.category();
        i.discoveredAt = r.discoveredAt();
        i.declaredGrade = r.declaredGrade();
        i.computedGrade = computed.grade();
        i.effectiveGrade = facts.effective();
        i.personalInformation = r.impact().personalInformation();
        i.importantOrCoreData = r.impact().importantOrCoreData();
        i.suspectedCrime = Boolean.TRUE.equals(r.suspectedCrime());
        i.vulnerabilityEndangers = endangers;
        i.openedAt = received.at();
        i.persist();
        report(accepted.id(), i.id, IncidentStage.INITIAL, received.at());
        return accepted;
    }

    /** An incident is corrected by its updates and final report, never amended. */
    @Override
    public boolean amendable() {
        return false;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public Accepted update(UUID incidentId, Received<IncidentUpdate> received) {
        IncidentUpdate u = received.report();
        IncidentEntity i = openIncident(incidentId, received.institution());
        endedAfterDiscovery(i, u.handlingEndedAt());
        return next(i, received, new FollowUp(IncidentStage.UPDATE, u.impact(), u.declaredGrade(), u.suspectedCrime(),
                u.individualsNotified() == null ? null : u.individualsNotified().notified(), u.handlingEndedAt()));
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public Accepted close(UUID incidentId, Received<FinalIncidentReport> received) {
        FinalIncidentReport f = received.report();
        IncidentEntity i = openIncident(incidentId, received.institution());
        endedAfterDiscovery(i, f.handlingEndedAt());
        return next(i, received, new FollowUp(IncidentStage.FINAL, f.impact(), f.declaredGrade(), null, null, f.handlingEndedAt()));
    }

    private static void endedAfterDiscovery(IncidentEntity i, Instant handlingEndedAt) {
        if (handlingEndedAt != null && handlingEndedAt.isBefore(i.discoveredAt)) {
            throw ProblemException.validation(List.of(FieldError.of("/handlingEndedAt", "before_discovery")));
        }
    }

    /** What a later report of an incident says that can change it. */
    private record FollowUp(IncidentStage stage, Impact impact, IncidentGrade declared, Boolean suspectedCrime, Boolean notified,
                            Instant handlingEndedAt) {
    }

    /**
     * A later report: grades only go up, facts only accumulate. It is routed to every recipient the
     * incident's facts so far call for (原渠道); routing knows which of them the earlier reports of
     * the thread reached, whose clocks ran then.
     */
    private Accepted next(IncidentEntity i, Received<?> received, FollowUp f) {
        IncidentGrading.Result computed = IncidentGrading.compute(f.impact() == null ? Impact.NONE : f.impact(), thresholds());
        IncidentGrade declaredNow = f.declared() == null ? i.declaredGrade : IncidentGrade.max(i.declaredGrade, f.declared());
        IncidentGrade computedNow = IncidentGrade.max(i.computedGrade, computed.grade());
        boolean important = i.importantOrCoreData || (f.impact() != null && f.impact().importantOrCoreData());
        IncidentRules.Facts facts = new IncidentRules.Facts(f.stage(), i.category, declaredNow,
                new IncidentGrading.Result(computedNow, computed.measurements()),
                i.personalInformation || (f.impact() != null && f.impact().personalInformation()), f.notified(), false,
                received.at(), f.handlingEndedAt(), important, policy.incident().importantDataSummaryDays());
        boolean crime = i.suspectedCrime || Boolean.TRUE.equals(f.suspectedCrime());
        IncidentGrade effective = IncidentGrade.max(i.effectiveGrade, facts.effective());
        Accepted accepted = submissions.accept(new NewSubmission(received, SubmissionType.INCIDENT_REPORT,
                IncidentRules.evaluate(facts), markers(effective, important, crime, i.category, i.vulnerabilityEndangers), i.id,
                i.discoveredAt, f.stage() == IncidentStage.FINAL ? ContentType.INCIDENT_FINAL_REPORT : ContentType.INCIDENT_UPDATE));
        i.declaredGrade = declaredNow;
        i.computedGrade = computedNow;
        i.effectiveGrade = effective;
        i.personalInformation = facts.personalInformation();
        i.importantOrCoreData = important;
        i.suspectedCrime = crime;
        if (f.handlingEndedAt() != null) {
            i.handlingEndedAt = f.handlingEndedAt();
        }
        if (f.stage() == IncidentStage.FINAL) {
            i.closedAt = received.at();
        }
        report(accepted.id(), i.id, f.stage(), received.at());
        return accepted;
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
