package cn.healthsec.reporting.dataexport.api;

import cn.healthsec.reporting.identifier.UsccFormat;
import cn.healthsec.reporting.problem.NotAfterReceipt;
import cn.healthsec.reporting.vocabulary.DataHolding;
import cn.healthsec.reporting.vocabulary.References;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;
import java.util.List;

/**
 * The report of an external provision of the institution's data (2026 Data Measures art. 15 ¶3:
 * "promptly report to the local health administrative authority on the external provision of
 * healthcare institution data"): the recipient, purpose and legal basis, the data by catalogue
 * metadata (never the data), its volume, the method, when it starts and ends, the agreement (art. 10
 * ¶2), the security measures, the prior risk assessment for important data (art. 10 ¶1), the
 * institution's own approval (art. 13 ¶2), and for a recipient abroad the approved cross-border
 * application (art. 22(4)). Names no person.
 */
public record ExternalProvisionReportRequest(
        @Size(max = 18) @UsccFormat String institution,
        @NotNull @Valid Recipient recipient,
        @NotBlank @Size(max = 500) String purpose,
        @NotNull ProvisionLegalBasis legalBasis,
        @NotNull @Size(min = 1, max = 100) List<@NotNull @Valid DataHolding> data,
        @NotNull @Valid Volume volume,
        @NotNull ProvisionMethod method,
        @NotNull LocalDate startsOn,
        LocalDate endsOn,
        @Size(max = 100) String agreementReference,
        @NotNull @Size(min = 1, max = 30) List<@NotBlank @Size(max = 300) String> securityMeasures,
        @Valid RiskAssessment riskAssessment,
        @Valid InternalApproval approval,
        @Size(max = 40) @Pattern(regexp = References.PATTERN) String crossBorderApplication) {

    /** The risk assessment made before providing important data (2026 art. 10 ¶1). */
    public record RiskAssessment(@NotNull @NotAfterReceipt LocalDate assessedOn, @NotNull AssessmentConclusion conclusion,
                                 @Size(max = 100) String reference) {
    }

    /** The institution's approval of the provision (2026 art. 13 ¶2: "approval shall be applied for"). */
    public record InternalApproval(@NotBlank @Size(max = 200) String approvedBy, @NotNull @NotAfterReceipt LocalDate approvedOn,
                                   @Size(max = 100) String reference) {
    }

    public boolean importantOrCoreData() {
        return data.stream().anyMatch(d -> d != null && d.grade() != null && d.grade().atLeastImportant());
    }
}
