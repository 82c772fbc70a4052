package cn.healthsec.reporting.institution;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;

@Entity
@Table(name = "institution")
public class InstitutionEntity extends PanacheEntityBase {

    @Id
    public String uscc;

    public String name;

    public String divisionCode;

    public String supervisingAuthorityId;

    public boolean criticalInformationInfrastructure;

    public boolean centralOrganAffiliate;

    /** The central organ a central-organ affiliate belongs to ({@code NHC} or the department's name); null: not stated. */
    public String centralOrganDepartment;

    public boolean processesImportantData;

    public boolean processesCoreData;

    public String usccOverrideApprovedBy;

    public String usccOverrideReason;

    public Instant createdAt;

    public Instant updatedAt;

    @Version
    public long version;
}
