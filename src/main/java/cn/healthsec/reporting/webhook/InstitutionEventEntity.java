package cn.healthsec.reporting.webhook;

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

/** An event of an institution's stream (V24): written in the transaction of what it tells. */
@Entity
@Table(name = "institution_event")
public class InstitutionEventEntity extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    /** The writing transaction, set by the database: the event's place in the stream with {@link #id}. */
    @Column(insertable = false, updatable = false)
    public Long txid;

    public String institutionUscc;

    public String type;

    public String subject;

    public Instant occurredAt;

    /** The view as serialised for the API, kept as written (json, not jsonb: its fields keep their order). */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(columnDefinition = "json")
    public String data;
}
