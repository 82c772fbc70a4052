package cn.healthsec.reporting.mlps;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.util.Optional;

/** The protection level on record for an institution's network: its latest accepted filing. */
@ApplicationScoped
public class NetworkLevels {

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<LevelOnRecord> latest(String uscc, String networkId) {
        return MlpsFilingEntity.<MlpsFilingEntity>find(
                        "select f from MlpsFilingEntity f, SubmissionEntity s where s.id = f.submissionId "
                                + "and f.institutionUscc = ?1 and f.networkId = ?2 order by s.receivedAt desc, s.id desc",
                        uscc, networkId)
                .firstResultOptional()
                .map(f -> new LevelOnRecord(f.networkId, f.filingType, f.protectionLevel, f.levelDeterminedOn,
                        f.criticalInformationInfrastructure));
    }
}
