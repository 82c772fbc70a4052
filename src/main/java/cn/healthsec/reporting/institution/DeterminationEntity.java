package cn.healthsec.reporting.institution;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
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

    public String institutionUscc;

    public String authorityId;

    /** The items as a JSON array of {itemId, grade}. */
    @JdbcTypeCode(SqlTypes.JSON)
    public String items;

    /** Some item determined IMPORTANT or CORE. */
    public boolean important;

    /** Some item determined CORE. */
    public boolean core;

    public String documentNumber;

    public LocalDate determinedOn;

    public Instant recordedAt;

    public String recordedBy;
}
