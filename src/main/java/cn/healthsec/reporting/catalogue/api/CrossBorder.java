package cn.healthsec.reporting.catalogue.api;

import cn.healthsec.reporting.vocabulary.CrossBorderLegalBasis;
import cn.healthsec.reporting.vocabulary.References;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.util.List;

/**
 * Whether the item leaves China, where to, on what legal basis, the security assessment's
 * reference, and — for an export the review path of 2026 Data Measures art. 22(4) reaches — the
 * reference of the cross-border application the local commission approved
 * ({@code POST /api/v1/cross-border-applications}); {@code sensitiveData} marks sensitive data
 * among it (which the academic exemption excludes).
 */
public record CrossBorder(
        @NotNull Boolean transferred,
        @Size(max = 20) List<@NotBlank @Size(max = 100) String> destinations,
        CrossBorderLegalBasis legalBasis,
        @Size(max = 100) String assessmentReference,
        @Size(max = 40) @Pattern(regexp = References.PATTERN) String applicationReference,
        Boolean sensitiveData) {

    public CrossBorder(Boolean transferred, List<String> destinations, CrossBorderLegalBasis legalBasis, String assessmentReference) {
        this(transferred, destinations, legalBasis, assessmentReference, null, null);
    }
}
