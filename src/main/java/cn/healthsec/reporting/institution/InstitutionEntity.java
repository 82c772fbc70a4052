package cn.healthsec.reporting.institution;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;

@Entity
@Table(name = "institution")
public class InstitutionEntity extends PanacheEntityBase {

    @Id
    @Column(length = 18)
    public String uscc;

    @Column(nullable = false, length = 200)
    public String name;

    @Column(name = "division_code", nullable = false, length = 6)
    public String divisionCode;

    @Column(name = "supervising_authority_id", nullable = false, length = 16)
    public String supervisingAuthorityId;

    @Column(name = "critical_information_infrastructure", nullable = false)
    public boolean criticalInformationInfrastructure;

    @Column(name = "central_organ_affiliate", nullable = false)
    public boolean centralOrganAffiliate;

    @Column(name = "processes_important_data", nullable = false)
    public boolean processesImportantData;

    @Column(name = "processes_core_data", nullable = false)
    public boolean processesCoreData;

    @Column(name = "uscc_override_approved_by", length = 200)
    public String usccOverrideApprovedBy;

    @Column(name = "uscc_override_reason", length = 500)
    public String usccOverrideReason;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Version
    @Column(nullable = false)
    public long version;
}
