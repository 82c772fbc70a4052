package cn.healthsec.reporting.mlps;

import cn.healthsec.reporting.mlps.api.FilingType;

import java.time.LocalDate;

/** The latest accepted MLPS filing of one network of one institution. */
public record LevelOnRecord(String networkId, FilingType filingType, int protectionLevel, LocalDate levelDeterminedOn,
                            boolean criticalInformationInfrastructure) {

    public boolean withdrawn() {
        return filingType == FilingType.WITHDRAWAL;
    }
}
