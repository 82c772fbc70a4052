package cn.healthsec.reporting.catalogue;

import cn.healthsec.reporting.catalogue.api.CatalogueReportType;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.SQLRestriction;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

@Entity
@Table(name = "catalogue_report")
// A superseded or retracted version no longer counts for the record (V10).
@SQLRestriction("not withdrawn")
public class CatalogueReportEntity extends PanacheEntityBase {

    @Id
    public UUID submissionId;

    public String institutionUscc;

    @Enumerated(EnumType.STRING)
    public CatalogueReportType reportType;

    public LocalDate reviewedOn;

    public Instant receivedAt;

    /** The submission's reference, for the catalogues authorities compile. */
    public String reference;

    /** Set when the submission was superseded by an amendment or retracted ({@code SubmissionWithdrawn}). */
    public boolean withdrawn;
}
