package cn.healthsec.reporting.submission;

import cn.healthsec.reporting.audit.AuditLog;
import cn.healthsec.reporting.institution.Institution;
import cn.healthsec.reporting.problem.ProblemException;
import cn.healthsec.reporting.rules.LegalTime;
import cn.healthsec.reporting.security.Caller;
import cn.healthsec.reporting.security.CallerResolver;
import cn.healthsec.reporting.submission.api.ReceiptView;
import cn.healthsec.reporting.web.RequestReader;
import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.Response;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

/**
 * How every report is taken in, whatever its type: the moment of receipt, the caller, the
 * Idempotency-Key, the body read with every error at once and scanned for personal data, the
 * caller's own registered institution, then — in one transaction — the key claimed for this
 * request and the type's {@link ReportType#file}, and the receipt as the answer.
 * <p>
 * {@link #fileOnce} and {@link #rehearse} start their transactions although {@code take} and
 * {@code amend} call them on {@code this}: Quarkus's CDI (ArC) intercepts a bean's calls to its own
 * non-private methods, where a proxy-based container would not. Keep them non-private, and keep
 * the reading of the body outside them: a refused body never opens a transaction.
 */
@ApplicationScoped
public class ReportIntake {

    /** The contract's operationId of an amendment, to which its Idempotency-Key is bound (with the version amended). */
    static final String AMEND_OPERATION = "amendSubmission";

    @Inject
    CallerResolver callers;

    @Inject
    RequestReader reader;

    @Inject
    Submitters submitters;

    @Inject
    ReceiptResponses receipts;

    @Inject
    IdempotencyRecords idempotency;

    @Inject
    Event<SubmissionFiled> filed;

    @Inject
    SubmissionLifecycle lifecycle;

    @Inject
    SubmissionQueries queries;

    @Inject
    ReportTypes types;

    @Inject
    AuditLog audit;

    /** Takes a report that creates its own resource. */
    public <T> Response take(ReportType<T> type, JsonNode body, IntakeParameters parameters) {
        return take(type, null, body, parameters);
    }

    /** Takes a report about an existing resource {@code target} (an incident's update or final report): its key is bound to the target. */
    public <T> Response take(ReportType<T> type, UUID target, JsonNode body, IntakeParameters parameters) {
        Taken<T> taken = read(type.form(), body, parameters);
        return file(taken, type.form().operation(), target == null ? null : target.toString(), id -> type.file(taken.received(id, null)));
    }

    /**
     * Takes the whole document again as the next version of submission {@code previous} (which
     * {@link SubmissionLifecycle#target} found visible to the caller): read and checked by its
     * type's form, then in one transaction the key claimed, the previous version superseded (only if
     * {@code ifMatch} names its current state) and the new version filed and routed like the
     * original — to its own recipients and every recipient of the previous version.
     */
    public Response amend(SubmissionLifecycle.Target previous, List<String> ifMatch, JsonNode body, IntakeParameters parameters) {
        ReportType<?> type = types.amendable(previous.type()).orElseThrow(() -> ProblemException.conflict("incident-thread", List.of()));
        return amend(type, previous, ifMatch, body, parameters);
    }

    private <T> Response amend(ReportType<T> type, SubmissionLifecycle.Target previous, List<String> ifMatch, JsonNode body,
                               IntakeParameters parameters) {
        Taken<T> taken = read(type.form(), body, parameters);
        if (!taken.institution().uscc().equals(previous.institutionUscc())) {
            throw ProblemException.forbidden("other-institution");
        }
        return file(taken, AMEND_OPERATION, previous.id().toString(),
                id -> type.file(taken.received(id, lifecycle.supersede(previous, ifMatch))));
    }

    /** A report read and checked, with who sent it, when, and how they asked for it to be filed. */
    record Taken<T>(ReportForm<T> form, T report, JsonNode body, Institution institution, Caller caller, Instant at, String key,
                    boolean dryRun, Locale locale) {

        Received<T> received(UUID id, Received.Amending amending) {
            return new Received<>(report, body, institution, caller, at, id, amending, dryRun);
        }
    }

    private <T> Taken<T> read(ReportForm<T> form, JsonNode body, IntakeParameters parameters) {
        boolean dryRun = parameters.dryRun();
        Instant receivedAt = LegalTime.now();
        Caller caller = callers.current();
        String key = IdempotencyKey.check(parameters.idempotencyKey());
        T report = reader.readReport(body, form.body(), form.checks(), form.scanner(), receivedAt);
        Institution institution = submitters.resolve(caller, form.namedInstitution().apply(report), form.type());
        return new Taken<>(form, report, body, institution, caller, receivedAt, key, dryRun, parameters.locale());
    }

    private Response file(Taken<?> taken, String operation, String target, Function<UUID, Accepted> filing) {
        if (taken.dryRun()) {
            return receipts.dryRun(rehearse(taken, filing));
        }
        IdempotencyRecords.Request request = taken.key() == null ? null
                : new IdempotencyRecords.Request(taken.institution().uscc(), taken.key(), operation, target, taken.body());
        return receipts.of(fileOnce(request, taken, filing));
    }

    /**
     * A dry run: files in a transaction that is then rolled back — the receipt the report would get,
     * its deadlines, findings and routes, rendered before the rollback; nothing is stored, routed or
     * numbered. The dry run itself is audited apart.
     */
    @Transactional
    ReceiptView rehearse(Taken<?> taken, Function<UUID, Accepted> filing) {
        Accepted accepted = filing.apply(UUID.randomUUID());
        filed.fire(new SubmissionFiled(taken.institution().uscc(), accepted.id(), taken.form().type()));
        ReceiptView receipt = queries.receipt(accepted.id(), taken.locale());
        QuarkusTransaction.setRollbackOnly();
        audit.recordApart(taken.caller(), "SUBMISSION_DRY_RUN", taken.form().type().name(), null);
        return receipt;
    }

    /**
     * Claims the key (when there is one) and files, in one transaction: a concurrent retry waits on
     * the key and then replays; a failure of the filing releases the key with everything else. A new
     * submission is announced ({@link SubmissionFiled}) before the transaction commits; its receipt
     * is read in the same transaction.
     */
    @Transactional
    Filed fileOnce(IdempotencyRecords.Request request, Taken<?> taken, Function<UUID, Accepted> filing) {
        UUID id = UUID.randomUUID();
        if (request != null) {
            Optional<Accepted> earlier = idempotency.claim(request, id, taken.at());
            if (earlier.isPresent()) {
                return new Filed(earlier.get(), queries.answer(earlier.get().id(), taken.locale()));
            }
        }
        Accepted accepted = filing.apply(id);
        if (accepted.created()) {
            filed.fire(new SubmissionFiled(taken.institution().uscc(), accepted.id(), taken.form().type()));
        }
        return new Filed(accepted, queries.answer(accepted.id(), taken.locale()));
    }
}
