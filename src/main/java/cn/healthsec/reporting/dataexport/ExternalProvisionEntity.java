package cn.healthsec.reporting.dataexport;

import cn.healthsec.reporting.submission.ReportRow;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.hibernate.annotations.SQLRestriction;

import java.time.LocalDate;

/** The facts of an external provision report the ledger counts from: when the provision starts, and where the recipient is. */
@Entity
@Table(name = "external_provision_report")
@SQLRestriction("not withdrawn")
public class ExternalProvisionEntity extends ReportRow {

    public String reference;

    public LocalDate startsOn;

    public String recipientCountry;
}
