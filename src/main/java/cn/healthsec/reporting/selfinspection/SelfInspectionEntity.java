package cn.healthsec.reporting.selfinspection;

import cn.healthsec.reporting.submission.ReportRow;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.hibernate.annotations.SQLRestriction;

import java.time.LocalDate;

/** The facts of a self-inspection report that the obligation ledger counts from. */
@Entity
@Table(name = "self_inspection")
// A superseded or retracted version no longer counts for the record (V10; ReportRow.withdrawn).
@SQLRestriction("not withdrawn")
public class SelfInspectionEntity extends ReportRow {

    public int year;

    public LocalDate completedOn;

    /** The day of the personal-information protection compliance audit the report records (2026 art. 26); null: none. */
    public LocalDate piAuditedOn;
}
