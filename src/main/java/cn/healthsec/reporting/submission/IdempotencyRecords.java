package cn.healthsec.reporting.submission;

import cn.healthsec.reporting.problem.ProblemException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * The {@code Idempotency-Key} of a request: one key names one request of one institution — its
 * operation, its target and its body. Claimed at the start of the filing's transaction, so that
 * concurrent retries queue on the key instead of racing to the unique index: the first files, the
 * others wait for its commit and replay its receipt. Table {@code idempotency_record}, owned here.
 */
@ApplicationScoped
public class IdempotencyRecords {

    @Inject
    ObjectMapper mapper;

    /** What the key is claimed for. {@code target} is the resource the operation acts on, when it has one. */
    public record Request(String uscc, String key, String operation, String target, JsonNode body) {
    }

    /**
     * Claims {@code request.key()} for a new submission {@code id}, or finds the request that claimed
     * it: the same request is replayed, any other one is refused (409). Empty: the caller files now,
     * under {@code id}, in this transaction.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<Accepted> claim(Request request, UUID id, Instant at) {
        var em = Panache.getEntityManager();
        int claimed = em.createNativeQuery("""
                        insert into idempotency_record (institution_uscc, idempotency_key, operation, target, submission_id, created_at)
                        values (?1, ?2, ?3, ?4, ?5, ?6)
                        on conflict (institution_uscc, idempotency_key) do nothing""")
                .setParameter(1, request.uscc()).setParameter(2, request.key()).setParameter(3, request.operation())
                .setParameter(4, request.target()).setParameter(5, id).setParameter(6, at)
                .executeUpdate();
        if (claimed == 1) {
            return Optional.empty();
        }
        IdempotencyRecordEntity earlier = IdempotencyRecordEntity.findById(new IdempotencyRecordEntity.Key(request.uscc(), request.key()));
        SubmissionEntity submission = SubmissionEntity.findById(earlier.submissionId);
        boolean same = request.operation().equals(earlier.operation) && Objects.equals(request.target(), earlier.target)
                && sameBody(submission.payload, request.body());
        if (!same) {
            throw ProblemException.conflict("idempotency-key-reused", List.of());
        }
        return Optional.of(new Accepted(submission.id, submission.reference, false));
    }

    private boolean sameBody(String stored, JsonNode incoming) {
        try {
            return mapper.readTree(stored).equals(incoming);
        } catch (JsonProcessingException e) {
            return false;
        }
    }
}
