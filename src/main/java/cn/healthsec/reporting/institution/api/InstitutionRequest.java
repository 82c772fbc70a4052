package cn.healthsec.reporting.institution.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * Registry entry of an institution. {@code supervisingAuthorityId} defaults to the county health
 * commission of {@code divisionCode}; NHC-affiliated, provincial and XPCC hospitals name theirs.
 */
public record InstitutionRequest(
        @NotBlank @Size(max = 200) String name,
        @NotNull @Pattern(regexp = "\\d{6}") String divisionCode,
        @Size(max = 16) String supervisingAuthorityId,
        @NotNull Boolean criticalInformationInfrastructure,
        @NotNull Boolean centralOrganAffiliate,
        @NotNull Boolean processesImportantData,
        @NotNull Boolean processesCoreData,
        @Valid UsccCheckOverride usccCheckOverride) {
}
