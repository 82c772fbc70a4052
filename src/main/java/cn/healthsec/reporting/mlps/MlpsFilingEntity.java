package cn.healthsec.reporting.mlps;

import cn.healthsec.reporting.mlps.api.FilingType;
import cn.healthsec.reporting.submission.ReportRow;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.hibernate.annotations.SQLRestriction;

import java.time.LocalDate;

/** The facts of an MLPS filing that other reports look up: a network's level on record. */
@Entity
@Table(name = "mlps_filing")
// A superseded or retracted version no longer counts for the record (V10; ReportRow.withdrawn).
@SQLRestriction("not withdrawn")
public class MlpsFilingEntity extends ReportRow {

    public String networkId;

    @Enumerated(EnumType.STRING)
    public FilingType filingType;

    public short protectionLevel;

    /** The level before a change, null otherwise. */
    public Short previousProtectionLevel;

    /** When the filing (change, withdrawal) was made with public security, once it was. */
    public LocalDate psbFiledOn;

    /** The last level assessment the filing reports. */
    public LocalDate lastAssessmentOn;

    public long personalInformationSubjects;

    public LocalDate goLiveOn;

    public LocalDate levelDeterminedOn;

    public boolean criticalInformationInfrastructure;
}
