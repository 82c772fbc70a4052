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
        boolean processesCoreData,
        String centralOrganDepartment) {

    /** How the registry names the NHC as a central organ. */
    public static final String NHC = "NHC";

    /** An institution that names no central organ. */
    public Institution(String uscc, String name, String divisionCode, AuthorityId supervisor, boolean criticalInformationInfrastructure,
                       boolean centralOrganAffiliate, boolean processesImportantData, boolean processesCoreData) {
        this(uscc, name, divisionCode, supervisor, criticalInformationInfrastructure, centralOrganAffiliate, processesImportantData,
                processesCoreData, null);
    }

    static Institution from(InstitutionEntity e) {
        return new Institution(e.uscc, e.name, e.divisionCode,
                AuthorityId.parse(e.supervisingAuthorityId).orElseThrow(),
                e.criticalInformationInfrastructure, e.centralOrganAffiliate,
                e.processesImportantData, e.processesCoreData, e.centralOrganDepartment);
    }

    /** A central organ's affiliate whose registry entry names the NHC, or names no organ (the NHC by policy). */
    public boolean affiliateOfTheNhc() {
        return centralOrganAffiliate && (centralOrganDepartment == null || NHC.equals(centralOrganDepartment));
    }

    /** A central organ's affiliate that belongs to another department than the NHC: that department, else empty. */
    public java.util.Optional<String> otherCentralOrgan() {
        return centralOrganAffiliate && centralOrganDepartment != null && !NHC.equals(centralOrganDepartment)
                ? java.util.Optional.of(centralOrganDepartment) : java.util.Optional.empty();
    }
}
