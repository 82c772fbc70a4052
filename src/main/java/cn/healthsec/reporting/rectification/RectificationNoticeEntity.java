package cn.healthsec.reporting.rectification;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A rectification notice as issued; never changed. */
@Entity
@Table(name = "rectification_notice")
public class RectificationNoticeEntity extends PanacheEntityBase {

    @Id
    public UUID id;

    public String reference;

    public String institutionUscc;

    public String authorityId;

    public String documentNumber;

    public String summary;

    /** The problems as a JSON array of {id, description, severity}. */
    @JdbcTypeCode(SqlTypes.JSON)
    public String problems;

    public LocalDate dueOn;

    public Instant issuedAt;

    public String issuedBy;
}
