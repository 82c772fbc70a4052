package cn.healthsec.reporting.catalogue;

import cn.healthsec.reporting.catalogue.api.CatalogueReportType;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
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
    @Column(name = "submission_id")
    public UUID submissionId;

    @Column(name = "institution_uscc", nullable = false, length = 18)
    public String institutionUscc;

    @Enumerated(EnumType.STRING)
    @Column(name = "report_type", nullable = false, length = 16)
    public CatalogueReportType reportType;

    @Column(name = "reviewed_on", nullable = false)
    public LocalDate reviewedOn;

    @Column(name = "received_at", nullable = false)
    public Instant receivedAt;

    /** The submission's reference, for the catalogues authorities compile. */
    @Column(nullable = false, length = 40)
    public String reference;

    /** Set when the submission was superseded by an amendment or retracted ({@code SubmissionWithdrawn}). */
    @Column(nullable = false)
    public boolean withdrawn;
}
