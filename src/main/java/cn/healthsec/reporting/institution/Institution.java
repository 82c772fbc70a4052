package cn.healthsec.reporting.institution;

import cn.healthsec.reporting.authority.AuthorityId;

/** A registered institution, as the rules and routing see it. */
public record Institution(
        String uscc,
        String name,
        String divisionCode,
        AuthorityId supervisor,
        boolean criticalInformationInfrastructure,
        boolean centralOrganAffiliate,
        boolean processesImportantData,
        boolean processesCoreData) {

    static Institution from(InstitutionEntity e) {
        return new Institution(e.uscc, e.name, e.divisionCode,
                AuthorityId.parse(e.supervisingAuthorityId).orElseThrow(),
                e.criticalInformationInfrastructure, e.centralOrganAffiliate,
                e.processesImportantData, e.processesCoreData);
    }
}
