package cn.healthsec.reporting.mlps.api;

import cn.healthsec.reporting.identifier.UsccFormat;
import cn.healthsec.reporting.problem.NotAfterReceipt;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;

/**
 * An MLPS filing as HIS integrations send it. {@code levelDeterminedOn} is the date the level was
 * determined, or for a change or withdrawal the date of that decision. {@code institution}, when
 * given, must be the caller's own USCC.
 */
public record MlpsFilingRequest(
        @NotNull FilingType filingType,
        @Size(max = 18) @UsccFormat String institution,
        @NotNull @Valid Network network,
        @NotNull @Min(1) @Max(5) Integer protectionLevel,
        @Min(1) @Max(5) Integer previousProtectionLevel,
        @NotNull @NotAfterReceipt LocalDate levelDeterminedOn,
        @Valid ExpertReview expertReview,
        @Valid SuperiorApproval superiorApproval,
        @Valid PublicSecurityFiling publicSecurityFiling,
        @Valid LastAssessment lastAssessment) {

    /** The higher of the new and previous level: a change from level 2 to 1 still touches a filing. */
    public int highestLevel() {
        return Math.max(protectionLevel, previousProtectionLevel == null ? 0 : previousProtectionLevel);
    }
}
