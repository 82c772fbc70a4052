package cn.healthsec.reporting.riskassessment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.util.List;

/** The risk-assessment record of an institution, for the capabilities that count from it (the obligation ledger). */
@ApplicationScoped
public class RiskAssessmentRecord {

    /** Every accepted risk-assessment report of the institution, oldest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<RiskAssessmentOnRecord> history(String uscc) {
        return RiskAssessmentEntity.<RiskAssessmentEntity>list("institutionUscc = ?1 order by receivedAt, submissionId", uscc).stream()
                .map(r -> new RiskAssessmentOnRecord(r.submissionId, r.assessmentType, r.year, r.assessedOn, r.receivedAt))
                .toList();
    }
}
