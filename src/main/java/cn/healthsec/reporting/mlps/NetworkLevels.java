package cn.healthsec.reporting.mlps;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.util.List;
import java.util.Optional;

/** The MLPS record of an institution: the protection level on record for each network, and every filing. */
@ApplicationScoped
public class NetworkLevels {

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<LevelOnRecord> latest(String uscc, String networkId) {
        return MlpsFilingEntity.<MlpsFilingEntity>find(
                        "institutionUscc = ?1 and networkId = ?2 order by receivedAt desc, submissionId desc", uscc, networkId)
                .firstResultOptional()
                .map(f -> new LevelOnRecord(f.networkId, f.filingType, f.protectionLevel, f.levelDeterminedOn,
                        f.criticalInformationInfrastructure));
    }

    /** Every accepted filing of the institution, oldest first: the record the obligation ledger counts from. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<FilingOnRecord> history(String uscc) {
        return MlpsFilingEntity.<MlpsFilingEntity>list("institutionUscc = ?1 order by receivedAt, submissionId", uscc).stream()
                .map(f -> new FilingOnRecord(f.submissionId, f.networkId, f.filingType, f.protectionLevel,
                        f.previousProtectionLevel == null ? null : f.previousProtectionLevel.intValue(), f.levelDeterminedOn,
                        f.receivedAt, f.psbFiledOn, f.lastAssessmentOn, f.personalInformationSubjects, f.goLiveOn,
                        f.criticalInformationInfrastructure))
                .toList();
    }
}
