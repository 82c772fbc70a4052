package cn.healthsec.reporting.hazard;

import cn.healthsec.reporting.submission.ReportRow;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.hibernate.annotations.SQLRestriction;

import java.time.LocalDate;

/** The facts of a hazard report the ledger counts from: when the hazard was identified, and whether important or core data is at stake. */
@Entity
@Table(name = "hazard_report")
@SQLRestriction("not withdrawn")
public class HazardReportEntity extends ReportRow {

    public String reference;

    public LocalDate identifiedOn;

    public boolean importantOrCoreData;

    public boolean riskMarkedlyIncreased;
}
