package cn.healthsec.reporting.institution.api;

import java.time.OffsetDateTime;

/** An institution as the registry answers it. */
public record InstitutionView(
        String uscc,
        String name,
        String divisionCode,
        String divisionName,
        String supervisingAuthorityId,
        boolean criticalInformationInfrastructure,
        boolean centralOrganAffiliate,
        String centralOrganDepartment,
        boolean processesImportantData,
        boolean processesCoreData,
        boolean usccCheckOverridden,
        OffsetDateTime registeredAt,
        OffsetDateTime updatedAt) {
}
