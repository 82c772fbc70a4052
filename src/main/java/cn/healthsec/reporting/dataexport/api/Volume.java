package cn.healthsec.reporting.dataexport.api;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;

/** How much data: records, and the people whose personal information (sensitive among it) the data holds. */
public record Volume(
        @NotNull @PositiveOrZero Long records,
        @NotNull @PositiveOrZero Long personalInformationSubjects,
        @PositiveOrZero Long sensitivePersonalInformationSubjects) {

    public long sensitive() {
        return sensitivePersonalInformationSubjects == null ? 0 : sensitivePersonalInformationSubjects;
    }
}
