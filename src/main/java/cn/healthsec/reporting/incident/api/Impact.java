package cn.healthsec.reporting.incident.api;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.PositiveOrZero;

import java.math.BigDecimal;

/** What the incident has done so far, in the units the grading guide counts. */
public record Impact(
        @PositiveOrZero Long personalInformationSubjectsAffected,
        @DecimalMin("0") BigDecimal directEconomicLossYuan,
        @DecimalMin("0") BigDecimal ciiWholeOutageHours,
        @DecimalMin("0") BigDecimal ciiMainFunctionOutageHours,
        @PositiveOrZero Long peopleAffected,
        Boolean importantDataInvolved,
        Boolean coreDataInvolved) {

    public static final Impact NONE = new Impact(null, null, null, null, null, null, null);

    public boolean personalInformation() {
        return personalInformationSubjectsAffected != null && personalInformationSubjectsAffected > 0;
    }

    public boolean importantOrCoreData() {
        return Boolean.TRUE.equals(importantDataInvolved) || Boolean.TRUE.equals(coreDataInvolved);
    }
}
