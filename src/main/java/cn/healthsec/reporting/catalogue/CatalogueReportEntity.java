package cn.healthsec.reporting.catalogue;

import cn.healthsec.reporting.catalogue.api.CatalogueReportType;
import cn.healthsec.reporting.submission.ReportRow;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.hibernate.annotations.SQLRestriction;

import java.time.LocalDate;

@Entity
@Table(name = "catalogue_report")
// A superseded or retracted version no longer counts for the record (V10; ReportRow.withdrawn).
@SQLRestriction("not withdrawn")
public class CatalogueReportEntity extends ReportRow {

    @Enumerated(EnumType.STRING)
    public CatalogueReportType reportType;

    public LocalDate reviewedOn;

    /** The submission's reference, for the catalogues authorities compile. */
    public String reference;
}
