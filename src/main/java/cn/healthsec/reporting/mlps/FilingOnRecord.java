package cn.healthsec.reporting.mlps;

import cn.healthsec.reporting.mlps.api.FilingType;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * One accepted MLPS filing as the record keeps it: the level decision it reports, its filing with
 * public security, the last level assessment it records, and what the assessment cadence depends on.
 */
public record FilingOnRecord(UUID submissionId, String networkId, FilingType filingType, int protectionLevel,
                             Integer previousProtectionLevel, LocalDate levelDeterminedOn, Instant receivedAt,
                             LocalDate psbFiledOn, LocalDate lastAssessmentOn, long personalInformationSubjects,
                             LocalDate goLiveOn, boolean criticalInformationInfrastructure) {

    /** The higher of the new and previous level: a change from level 2 to 1 still touches a filing. */
    public int highestLevel() {
        return Math.max(protectionLevel, previousProtectionLevel == null ? 0 : previousProtectionLevel);
    }
}
