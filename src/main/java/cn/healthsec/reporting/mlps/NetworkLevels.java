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
                        "institutionUscc = ?1 and networkId = ?2 order by receivedAt desc, submissionId desc", uscc, networkId)
                .firstResultOptional()
                .map(f -> new LevelOnRecord(f.networkId, f.filingType, f.protectionLevel, f.levelDeterminedOn,
                        f.criticalInformationInfrastructure));
    }
}
