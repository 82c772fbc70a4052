package cn.healthsec.reporting.submission;

import cn.healthsec.reporting.rules.SubmissionType;
import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Every registered {@link ReportType}, by the submission type it files: the shared path finds a
 * type here without naming its package. One bean per submission type; a second is refused at start.
 */
@ApplicationScoped
public class ReportTypes {

    private final Map<SubmissionType, ReportType<?>> byType = new EnumMap<>(SubmissionType.class);

    @Inject
    ReportTypes(Instance<ReportType<?>> registered) {
        for (ReportType<?> type : registered) {
            if (byType.putIfAbsent(type.type(), type) != null) {
                throw new IllegalStateException("two report types file " + type.type());
            }
        }
    }

    /** The type that files {@code type}; every submission type has one (a test checks it). */
    public ReportType<?> of(SubmissionType type) {
        ReportType<?> found = byType.get(type);
        if (found == null) {
            throw new IllegalStateException("no report type files " + type);
        }
        return found;
    }

    /** The type of a submission that may be amended, if {@code type}'s submissions may be. */
    Optional<ReportType<?>> amendable(SubmissionType type) {
        ReportType<?> found = byType.get(type);
        return found != null && found.amendable() ? Optional.of(found) : Optional.empty();
    }

    /**
     * A superseded or retracted submission no longer counts: its type's rows are marked
     * {@code withdrawn}, in the transaction that withdrew it (each of those entities reads
     * {@code @SQLRestriction("not withdrawn")}).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    void withdraw(SubmissionType type, UUID submissionId) {
        EntityManager em = Panache.getEntityManager();
        for (Class<?> row : of(type).rows()) {
            em.createQuery("update " + em.getMetamodel().entity(row).getName() + " r set r.withdrawn = true where r.submissionId = :id")
                    .setParameter("id", submissionId).executeUpdate();
        }
    }
}
