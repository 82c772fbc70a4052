package cn.healthsec.reporting.submission;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;

import java.time.Instant;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * The columns every report type's own row of a submission starts with: the submission it belongs
 * to, its institution, when it was received, and whether it was withdrawn (superseded by an
 * amendment or retracted: {@link ReportTypes#withdraw} sets it; the entity reads
 * {@code @SQLRestriction("not withdrawn")}). The type's entity adds its facts and its table.
 */
@MappedSuperclass
public abstract class ReportRow extends PanacheEntityBase {

    @Id
    public UUID submissionId;

    public String institutionUscc;

    public Instant receivedAt;

    public boolean withdrawn;

    /** A new row of the submission {@code accepted} from the report {@code received}. */
    public static <R extends ReportRow> R of(Supplier<R> row, Accepted accepted, Received<?> received) {
        R r = row.get();
        r.submissionId = accepted.id();
        r.institutionUscc = received.institution().uscc();
        r.receivedAt = received.at();
        return r;
    }
}
