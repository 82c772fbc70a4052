package cn.healthsec.reporting.rectification;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
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

    @Column(nullable = false, unique = true, length = 40)
    public String reference;

    @Column(name = "institution_uscc", nullable = false, length = 18)
    public String institutionUscc;

    @Column(name = "authority_id", nullable = false, length = 16)
    public String authorityId;

    @Column(name = "document_number", length = 64)
    public String documentNumber;

    @Column(nullable = false, length = 2000)
    public String summary;

    /** The problems as a JSON array of {id, description, severity}. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public String problems;

    @Column(name = "due_on", nullable = false)
    public LocalDate dueOn;

    @Column(name = "issued_at", nullable = false)
    public Instant issuedAt;

    @Column(name = "issued_by", nullable = false, length = 200)
    public String issuedBy;
}
