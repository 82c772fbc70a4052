package cn.healthsec.reporting.selfinspection;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.SQLRestriction;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** The facts of a self-inspection report that the obligation ledger counts from. */
@Entity
@Table(name = "self_inspection")
// A superseded or retracted version no longer counts for the record (V10).
@SQLRestriction("not withdrawn")
public class SelfInspectionEntity extends PanacheEntityBase {

    @Id
    public UUID submissionId;

    public String institutionUscc;

    public int year;

    public LocalDate completedOn;

    public Instant receivedAt;

    /** Set when the submission was superseded by an amendment or retracted ({@code SubmissionWithdrawn}). */
    public boolean withdrawn;
}
