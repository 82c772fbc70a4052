package cn.healthsec.reporting.selfinspection.api;

import cn.healthsec.reporting.identifier.UsccFormat;
import cn.healthsec.reporting.problem.NotAfterReceipt;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;
import java.util.List;

/**
 * The annual security self-inspection and rectification report (2022 Measures art. 9): the
 * networks inventoried with their level and filing status (9(1)), the methods used, what was
 * found, and the rectification items with their target dates and state (9(2); with the level
 * assessment's rectification, art. 6(5)), and the personal-information protection compliance audit
 * where one was done (2026 Data Measures art. 26). Reported to the superior health commission.
 */
public record SelfInspectionReportRequest(
        @Size(max = 18) @UsccFormat String institution,
        @NotNull @Min(2000) @Max(2100) @NotAfterReceipt Integer year,
        @NotNull @NotAfterReceipt LocalDate completedOn,
        @NotNull @Size(min = 1, max = 6) List<@NotNull InspectionMethod> methods,
        @NotNull @Size(max = 500) List<@NotNull @Valid InventoriedNetwork> networks,
        @Size(max = 500) List<@NotNull @Valid InspectionFinding> findings,
        @Size(max = 500) List<@NotNull @Valid RectificationItem> rectification,
        @Size(max = 4000) String summary,
        @Valid PersonalInformationAudit personalInformationAudit) {

    /**
     * The personal-information protection compliance audit the institution conducted (2026 Data
     * Measures art. 26: "regularly, either by themselves or by engaging a specialized agency"): when,
     * by whom, and what it concluded. The ledger counts the audit interval (policy) from it.
     */
    public record PersonalInformationAudit(
            @NotNull @NotAfterReceipt LocalDate auditedOn,
            @NotNull Auditor auditor,
            @Size(max = 200) String agencyName,
            @NotNull Conclusion conclusion) {

        public enum Auditor {
            SELF,
            SPECIALIZED_AGENCY
        }

        public enum Conclusion {
            COMPLIANT,
            COMPLIANT_WITH_RECTIFICATION,
            NOT_COMPLIANT
        }
    }
}
