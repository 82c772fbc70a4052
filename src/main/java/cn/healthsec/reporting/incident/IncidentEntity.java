package cn.healthsec.reporting.incident;

import cn.healthsec.reporting.incident.api.IncidentCategory;
import cn.healthsec.reporting.incident.api.IncidentGrade;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
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

    public String institutionUscc;

    @Enumerated(EnumType.STRING)
    public IncidentCategory category;

    public Instant discoveredAt;

    @Enumerated(EnumType.STRING)
    public IncidentGrade declaredGrade;

    @Enumerated(EnumType.STRING)
    public IncidentGrade computedGrade;

    @Enumerated(EnumType.STRING)
    public IncidentGrade effectiveGrade;

    public boolean personalInformation;

    public boolean importantOrCoreData;

    public boolean suspectedCrime;

    /** A vulnerability report that endangers national security or the public interest (Regulation art. 10). */
    public boolean vulnerabilityEndangers;

    public Instant openedAt;

    public Instant handlingEndedAt;

    public Instant closedAt;
}
