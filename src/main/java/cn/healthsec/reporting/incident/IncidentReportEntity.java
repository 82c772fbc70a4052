package cn.healthsec.reporting.incident;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

@Entity
@Table(name = "incident_report")
public class IncidentReportEntity extends PanacheEntityBase {

    @Id
    public UUID submissionId;

    public UUID incidentId;

    @Enumerated(EnumType.STRING)
    public IncidentStage stage;

    public Instant receivedAt;
}
