package cn.healthsec.reporting.mlps;

import cn.healthsec.reporting.mlps.api.MlpsFilingRequest;
import cn.healthsec.reporting.reference.ReferenceData;
import cn.healthsec.reporting.rules.Outcome;
import cn.healthsec.reporting.rules.SubmissionType;
import cn.healthsec.reporting.submission.AmendableReport;
import cn.healthsec.reporting.submission.NewSubmission;
import cn.healthsec.reporting.submission.Received;
import cn.healthsec.reporting.submission.ReportIntake;
import cn.healthsec.reporting.submission.SubmissionService;
import cn.healthsec.reporting.submission.SubmissionWithdrawn;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.util.Set;

/** Checks an MLPS filing against the rules and hands it to the shared submission store. */
@ApplicationScoped
public class MlpsFilingService implements AmendableReport<MlpsFilingRequest> {

    @Inject
    ReferenceData referenceData;

    @Inject
    SubmissionService submissions;

    @Inject
    NetworkLevels networkLevels;

    /** One transaction: the record the rules read is the one the new filing is written over. */
    @Transactional(Transactional.TxType.MANDATORY)
    public SubmissionService.Accepted file(Received<MlpsFilingRequest> r) {
        MlpsFilingRequest filing = r.report();
        Outcome outcome = MlpsRules.evaluate(new MlpsRules.Input(filing, r.at(), referenceData.calendar(),
                networkLevels.latest(r.institution().uscc(), filing.network().id())));
        SubmissionService.Accepted accepted = submissions.accept(new NewSubmission(r, SubmissionType.MLPS_FILING, outcome, Set.of()));
        MlpsFilingEntity row = new MlpsFilingEntity();
        row.submissionId = accepted.id();
        row.institutionUscc = r.institution().uscc();
        row.networkId = filing.network().id();
        row.filingType = filing.filingType();
        row.protectionLevel = filing.protectionLevel().shortValue();
        row.levelDeterminedOn = filing.levelDeterminedOn();
        row.criticalInformationInfrastructure = filing.network().criticalInformationInfrastructure();
        row.receivedAt = r.at();
        row.previousProtectionLevel = filing.previousProtectionLevel() == null ? null : filing.previousProtectionLevel().shortValue();
        row.psbFiledOn = filing.publicSecurityFiling() == null ? null : filing.publicSecurityFiling().filedOn();
        row.lastAssessmentOn = filing.lastAssessment() == null ? null : filing.lastAssessment().completedOn();
        row.personalInformationSubjects = filing.network().personalInformationSubjects();
        row.goLiveOn = filing.network().goLiveOn();
        row.persist();
        return accepted;
    }

    public SubmissionType type() {
        return SubmissionType.MLPS_FILING;
    }

    public ReportIntake.Form<MlpsFilingRequest> form() {
        return MlpsFilingResource.FORM;
    }

    /** A superseded or retracted report no longer counts: its rows are marked, in the transaction that withdrew it. */
    void onWithdrawn(@Observes SubmissionWithdrawn w) {
        if (w.type() != SubmissionType.MLPS_FILING) {
            return;
        }
        var em = io.quarkus.hibernate.orm.panache.Panache.getEntityManager();
        em.createNativeQuery("update mlps_filing set withdrawn = true where submission_id = :id").setParameter("id", w.submissionId()).executeUpdate();
    }
}
