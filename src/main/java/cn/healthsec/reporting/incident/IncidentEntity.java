package cn.healthsec.reporting.incident;

import cn.healthsec.reporting.incident.api.IncidentCategory;
import cn.healthsec.reporting.incident.api.IncidentGrade;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

@Entity
@Table(name = "incident")
public class IncidentEntity extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "institution_uscc", nullable = false, length = 18)
    public String institutionUscc;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    public IncidentCategory category;

    @Column(name = "discovered_at", nullable = false)
    public Instant discoveredAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "declared_grade", nullable = false, length = 16)
    public IncidentGrade declaredGrade;

    @Enumerated(EnumType.STRING)
    @Column(name = "computed_grade", nullable = false, length = 16)
    public IncidentGrade computedGrade;

    @Enumerated(EnumType.STRING)
    @Column(name = "effective_grade", nullable = false, length = 16)
    public IncidentGrade effectiveGrade;

    @Column(name = "personal_information", nullable = false)
    public boolean personalInformation;

    @Column(name = "important_or_core_data", nullable = false)
    public boolean importantOrCoreData;

    @Column(name = "suspected_crime", nullable = false)
    public boolean suspectedCrime;

    /** A vulnerability report that endangers national security or the public interest (Regulation art. 10). */
    @Column(name = "vulnerability_endangers", nullable = false)
    public boolean vulnerabilityEndangers;

    @Column(name = "opened_at", nullable = false)
    public Instant openedAt;

    @Column(name = "handling_ended_at")
    public Instant handlingEndedAt;

    @Column(name = "closed_at")
    public Instant closedAt;
}
