package cn.healthsec.reporting.incident.api;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.PositiveOrZero;

import java.math.BigDecimal;

/**
 * What the incident has done so far, in the units the grading guide counts.
 * {@code personalInformationSubjectsLeaked}: persons whose personal information was leaked (泄露:
 * disclosed to, or obtained by, someone not entitled to it) — the count the guide's thresholds read
 * ("泄露100万人以上公民个人信息"). {@code personalInformationSubjectsAffected}: persons whose personal
 * information the incident touched in any way (encrypted, unavailable, tampered with, lost or
 * leaked) — reported, not graded.
 */
public record Impact(
        @PositiveOrZero Long personalInformationSubjectsAffected,
        @PositiveOrZero Long personalInformationSubjectsLeaked,
        @DecimalMin("0") BigDecimal directEconomicLossYuan,
        @DecimalMin("0") BigDecimal ciiWholeOutageHours,
        @DecimalMin("0") BigDecimal ciiMainFunctionOutageHours,
        @PositiveOrZero Long peopleAffected,
        Boolean importantDataInvolved,
        Boolean coreDataInvolved) {

    public static final Impact NONE = new Impact(null, null, null, null, null, null, null, null);

    /** Personal information is involved: anyone's was touched or leaked. */
    public boolean personalInformation() {
        return (personalInformationSubjectsAffected != null && personalInformationSubjectsAffected > 0)
                || (personalInformationSubjectsLeaked != null && personalInformationSubjectsLeaked > 0);
    }

    public boolean importantOrCoreData() {
        return Boolean.TRUE.equals(importantDataInvolved) || Boolean.TRUE.equals(coreDataInvolved);
    }
}
