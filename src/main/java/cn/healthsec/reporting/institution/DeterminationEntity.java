package cn.healthsec.reporting.institution;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;
import java.time.LocalDate;

/** An important-data determination about an institution; never changed once recorded. */
@Entity
@Table(name = "important_data_determination")
public class DeterminationEntity extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "institution_uscc", nullable = false, length = 18)
    public String institutionUscc;

    @Column(name = "authority_id", nullable = false, length = 16)
    public String authorityId;

    /** The items as a JSON array of {itemId, grade}. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public String items;

    /** Some item determined IMPORTANT or CORE. */
    @Column(nullable = false)
    public boolean important;

    /** Some item determined CORE. */
    @Column(nullable = false)
    public boolean core;

    @Column(name = "document_number", length = 64)
    public String documentNumber;

    @Column(name = "determined_on", nullable = false)
    public LocalDate determinedOn;

    @Column(name = "recorded_at", nullable = false)
    public Instant recordedAt;

    @Column(name = "recorded_by", nullable = false, length = 200)
    public String recordedBy;
}
