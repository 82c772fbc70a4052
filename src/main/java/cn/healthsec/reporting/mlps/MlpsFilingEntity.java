package cn.healthsec.reporting.mlps;

import cn.healthsec.reporting.mlps.api.FilingType;
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

/** The facts of an MLPS filing that other reports look up: a network's level on record. */
@Entity
@Table(name = "mlps_filing")
// A superseded or retracted version no longer counts for the record (V10).
@SQLRestriction("not withdrawn")
public class MlpsFilingEntity extends PanacheEntityBase {

    @Id
    @Column(name = "submission_id")
    public UUID submissionId;

    @Column(name = "institution_uscc", nullable = false, length = 18)
    public String institutionUscc;

    @Column(name = "network_id", nullable = false, length = 64)
    public String networkId;

    @Enumerated(EnumType.STRING)
    @Column(name = "filing_type", nullable = false, length = 16)
    public FilingType filingType;

    @Column(name = "protection_level", nullable = false)
    public short protectionLevel;

    @Column(name = "received_at", nullable = false)
    public Instant receivedAt;

    /** The level before a change, null otherwise. */
    @Column(name = "previous_protection_level")
    public Short previousProtectionLevel;

    /** When the filing (change, withdrawal) was made with public security, once it was. */
    @Column(name = "psb_filed_on")
    public LocalDate psbFiledOn;

    /** The last level assessment the filing reports. */
    @Column(name = "last_assessment_on")
    public LocalDate lastAssessmentOn;

    @Column(name = "personal_information_subjects", nullable = false)
    public long personalInformationSubjects;

    @Column(name = "go_live_on")
    public LocalDate goLiveOn;

    @Column(name = "level_determined_on", nullable = false)
    public LocalDate levelDeterminedOn;

    @Column(name = "critical_information_infrastructure", nullable = false)
    public boolean criticalInformationInfrastructure;

    /** Set when the submission was superseded by an amendment or retracted ({@code SubmissionWithdrawn}). */
    @Column(nullable = false)
    public boolean withdrawn;
}
