package cn.healthsec.reporting.submission;

import cn.healthsec.reporting.institution.SupervisorChanged;
import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;

/**
 * Keeps {@code submission.supervising_authority_id} (V22) equal to the registry's supervisor of each
 * submission's institution: the insert trigger copies it when a submission is stored; a registration
 * or a move writes it again on the institution's submissions here, in the registry's transaction,
 * which holds {@link cn.healthsec.reporting.institution.InstitutionService#SUPERVISOR_LOCK} (so a
 * filing in flight either waits and copies the new supervisor, or commits first and is rewritten).
 * The column only indexes an authority's listing ({@link SubmissionQueries#list}); who may see a
 * submission is still decided by the registry ({@link Visibility#maySee}).
 */
@ApplicationScoped
public class SupervisorCopies {

    @Transactional(Transactional.TxType.MANDATORY)
    void onSupervisorChanged(@Observes SupervisorChanged changed) {
        Panache.getEntityManager().createNativeQuery("update submission s set supervising_authority_id = r.supervising_authority_id"
                        + " from registered_institution r where r.uscc = :uscc and s.institution_uscc = :uscc"
                        + " and s.supervising_authority_id is distinct from r.supervising_authority_id")
                .setParameter("uscc", changed.uscc()).executeUpdate();
    }
}
