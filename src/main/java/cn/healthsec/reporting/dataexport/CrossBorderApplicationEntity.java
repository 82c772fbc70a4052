package cn.healthsec.reporting.dataexport;

import cn.healthsec.reporting.submission.ApplicationRow;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.hibernate.annotations.SQLRestriction;

import java.time.LocalDate;

/**
 * A cross-border application as its rules and others read it: its reference, the export's planned
 * start, whether the export takes the security assessment, and the standing decision of the local
 * commission ({@link ApplicationRow}).
 */
@Entity
@Table(name = "cross_border_application")
@SQLRestriction("not withdrawn")
public class CrossBorderApplicationEntity extends ApplicationRow {

    public LocalDate plannedStartOn;

    public boolean assessmentRequired;
}
