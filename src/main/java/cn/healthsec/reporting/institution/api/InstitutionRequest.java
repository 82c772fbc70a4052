package cn.healthsec.reporting.institution.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * Registry entry of an institution. {@code supervisingAuthorityId} defaults to the county health
 * commission of {@code divisionCode}; NHC-affiliated, provincial and XPCC hospitals name theirs. A
 * central organ's affiliate names the organ it belongs to in {@code centralOrganDepartment} ({@code NHC},
 * or the department's name): its cybersecurity office receives the unit's 较大+ incidents (CAC
 * Incident Measures art. 4).
 */
public record InstitutionRequest(
        @NotBlank @Size(max = 200) String name,
        @NotNull @Pattern(regexp = "\\d{6}") String divisionCode,
        @Size(max = 16) String supervisingAuthorityId,
        @NotNull Boolean criticalInformationInfrastructure,
        @NotNull Boolean centralOrganAffiliate,
        @NotNull Boolean processesImportantData,
        @NotNull Boolean processesCoreData,
        @Valid UsccCheckOverride usccCheckOverride,
        @Size(max = 100) String centralOrganDepartment) {

    /** An entry that names no central organ (the field came later). */
    public InstitutionRequest(String name, String divisionCode, String supervisingAuthorityId, Boolean criticalInformationInfrastructure,
                              Boolean centralOrganAffiliate, Boolean processesImportantData, Boolean processesCoreData,
                              UsccCheckOverride usccCheckOverride) {
        this(name, divisionCode, supervisingAuthorityId, criticalInformationInfrastructure, centralOrganAffiliate, processesImportantData,
                processesCoreData, usccCheckOverride, null);
    }
}
