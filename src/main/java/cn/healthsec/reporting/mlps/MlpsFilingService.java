package cn.healthsec.reporting.mlps;

import cn.healthsec.reporting.mlps.api.MlpsFilingRequest;
import cn.healthsec.reporting.reference.ReferenceData;
import cn.healthsec.reporting.rules.Outcome;
import cn.healthsec.reporting.rules.SubmissionType;
import cn.healthsec.reporting.submission.Accepted;
import cn.healthsec.reporting.submission.NewSubmission;
import cn.healthsec.reporting.submission.Received;
import cn.healthsec.reporting.submission.ReportForm;
import cn.healthsec.reporting.submission.ReportRow;
import cn.healthsec.reporting.submission.ReportType;
import cn.healthsec.reporting.submission.SubmissionService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.util.Optional;
import java.util.Set;

/** Checks an MLPS filing against the rules and hands it to the shared submission store. */
@ApplicationScoped
public class MlpsFilingService extends ReportType<MlpsFilingRequest> {

    @Inject
    ReferenceData referenceData;

    @Inject
    SubmissionService submissions;

    @Inject
    NetworkLevels networkLevels;

    @Inject
    LevelApprovalService levelApprovals;

    MlpsFilingService() {
        super(new ReportForm<>("fileMlpsFiling", SubmissionType.MLPS_FILING, MlpsFilingRequest.class, MlpsFilingChecks::check,
                MlpsFilingChecks.SCANNER, MlpsFilingRequest::institution), MlpsFilingEntity.class);
    }

    /** One transaction: the record the rules read is the one the new filing is written over. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Accepted file(Received<MlpsFilingRequest> r) {
        MlpsFilingRequest filing = r.report();
        Optional<LevelApprovalOnRecord> request = filing.superiorApproval() == null ? Optional.empty()
                : levelApprovals.find(r.institution().uscc(), filing.superiorApproval().request());
        Outcome outcome = MlpsRules.evaluate(new MlpsRules.Input(filing, r.at(), referenceData.calendar(),
                networkLevels.latest(r.institution().uscc(), filing.network().id()), request));
        Accepted accepted = submissions.accept(new NewSubmission(r, type(), outcome, Set.of()));
        MlpsFilingEntity row = ReportRow.of(MlpsFilingEntity::new, accepted, r);
        row.networkId = filing.network().id();
        row.filingType = filing.filingType();
        row.protectionLevel = filing.protectionLevel().shortValue();
        row.levelDeterminedOn = filing.levelDeterminedOn();
        row.criticalInformationInfrastructure = filing.network().criticalInformationInfrastructure();
        row.previousProtectionLevel = filing.previousProtectionLevel() == null ? null : filing.previousProtectionLevel().shortValue();
        row.psbFiledOn = filing.publicSecurityFiling() == null ? null : filing.publicSecurityFiling().filedOn();
        row.lastAssessmentOn = filing.lastAssessment() == null ? null : filing.lastAssessment().completedOn();
        row.personalInformationSubjects = filing.network().personalInformationSubjects();
        row.goLiveOn = filing.network().goLiveOn();
        row.persist();
        return accepted;
    }
}
