package cn.healthsec.reporting.submission;

import cn.healthsec.reporting.audit.AuditLog;
import cn.healthsec.reporting.institution.Institution;
import cn.healthsec.reporting.privacy.MetadataOnlyScanner;
import cn.healthsec.reporting.problem.FieldError;
import cn.healthsec.reporting.problem.Messages;
import cn.healthsec.reporting.problem.ProblemException;
import cn.healthsec.reporting.problem.QueryParameters;
import cn.healthsec.reporting.rules.LegalTime;
import cn.healthsec.reporting.rules.SubmissionType;
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
import jakarta.ws.rs.core.HttpHeaders;
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
 * request and the type's service, and the receipt as the answer.
 */
@ApplicationScoped
public class ReportIntake {

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
    AuditLog audit;

    /** What a report type does with a report that passed intake: store it, joining the intake's transaction. */
    @FunctionalInterface
    public interface Filing<T> {
        SubmissionService.Accepted file(Received<T> received);
    }

    /**
     * The rules of intake for one report type. {@code operation} is the contract's operationId: an
     * Idempotency-Key is bound to it (and to the target the operation acts on). {@code checks} are
     * the cross-field checks; single fields are checked by their constraints, dates against the
     * moment of receipt ({@code NotAfterReceipt}).
     */
    public record Form<T>(String operation, SubmissionType type, Class<T> body, Function<T, List<FieldError>> checks,
                          MetadataOnlyScanner scanner, Function<T, String> namedInstitution) {
    }

    /** Takes a report that creates its own resource. */
    public <T> Response take(Form<T> form, JsonNode body, String idempotencyKey, boolean dryRun, HttpHeaders headers, Filing<T> filing) {
        return take(form, null, body, idempotencyKey, dryRun, headers, filing);
    }

    /** Takes a report about an existing resource {@code target} (an incident's update or final report). */
    public <T> Response take(Form<T> form, String target, JsonNode body, String idempotencyKey, boolean dryRun, HttpHeaders headers,
                             Filing<T> filing) {
        Instant receivedAt = LegalTime.now();
        Caller caller = callers.current();
        String key = IdempotencyKey.check(idempotencyKey);
        T report = reader.readReport(body, form.body(), form.checks(), form.scanner(), receivedAt);
        Institution institution = submitters.resolve(caller, form.namedInstitution().apply(report), form.type());
        if (dryRun) {
            return receipts.dryRun(dryRun(id -> filing.file(new Received<>(report, body, institution, caller, receivedAt, id, null, true)),
                    caller, institution.uscc(), form.type(), Messages.choose(headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE))));
        }
        IdempotencyRecords.Request request = key == null ? null
                : new IdempotencyRecords.Request(institution.uscc(), key, form.operation(), target, body);
        return receipts.of(fileOnce(request, id -> filing.file(new Received<>(report, body, institution, caller, receivedAt, id)),
                receivedAt, institution.uscc(), form.type(), Messages.choose(headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE))));
    }

    /**
     * Takes the whole document again as the next version of submission {@code previous}: read and
     * checked by its type's form, then in one transaction the key claimed, the previous version
     * superseded (only if {@code ifMatch} names its current state) and the new version filed and
     * routed like the original — to its own recipients and every recipient of the previous version.
     */
    public <T> Response amend(AmendableReport<T> kind, SubmissionLifecycle.Target previous, List<String> ifMatch, JsonNode body,
                              String idempotencyKey, boolean dryRun, HttpHeaders headers) {
        Instant receivedAt = LegalTime.now();
        Caller caller = callers.current();
        String key = IdempotencyKey.check(idempotencyKey);
        Form<T> form = kind.form();
        T report = reader.readReport(body, form.body(), form.checks(), form.scanner(), receivedAt);
        Institution institution = submitters.resolve(caller, form.namedInstitution().apply(report), form.type());
        if (!institution.uscc().equals(previous.institutionUscc())) {
            throw ProblemException.forbidden("other-institution");
        }
        Function<UUID, SubmissionService.Accepted> file = id -> kind.file(new Received<>(report, body, institution, caller, receivedAt, id,
                lifecycle.supersede(previous.id(), caller, ifMatch), dryRun));
        if (dryRun) {
            return receipts.dryRun(dryRun(file, caller, institution.uscc(), form.type(), Messages.choose(headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE))));
        }
        IdempotencyRecords.Request request = key == null ? null
                : new IdempotencyRecords.Request(institution.uscc(), key, AMEND_OPERATION, previous.id().toString(), body);
        return receipts.of(fileOnce(request, file, receivedAt, institution.uscc(), form.type(),
                Messages.choose(headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE))));
    }

    /** The {@code dryRun} query parameter: {@code true}, {@code false} or absent (false); anything else is refused (400). */
    public static boolean dryRun(String text) {
        QueryParameters q = QueryParameters.read();
        Boolean value = q.bool("dryRun", text);
        q.check();
        return Boolean.TRUE.equals(value);
    }

    /** The contract's operationId of an amendment, to which its Idempotency-Key is bound (with the version amended). */
    static final String AMEND_OPERATION = "amendSubmission";

    /**
     * Files in a transaction that is then rolled back: the receipt the report would get — its
     * deadlines, findings and routes — rendered before the rollback; nothing is stored, routed or
     * numbered. The dry run itself is audited apart.
     */
    @Transactional
    ReceiptView dryRun(Function<UUID, SubmissionService.Accepted> file, Caller caller, String uscc, SubmissionType type, Locale locale) {
        SubmissionService.Accepted accepted = file.apply(UUID.randomUUID());
        filed.fire(new SubmissionFiled(uscc, accepted.id(), type));
        ReceiptView receipt = queries.receipt(accepted.id(), locale);
        QuarkusTransaction.setRollbackOnly();
        audit.recordApart(caller, "SUBMISSION_DRY_RUN", type.name(), null);
        return receipt;
    }

    /** What a filing's transaction answers: the submission filed (or replayed) and its receipt, read before the commit. */
    public record Filed(SubmissionService.Accepted accepted, SubmissionQueries.Answer answer) {
    }

    /**
     * Claims the key (when there is one) and files, in one transaction: a concurrent retry waits on
     * the key and then replays; a failure of the filing releases the key with everything else. A new
     * submission is announced ({@link SubmissionFiled}) before the transaction commits; its receipt
     * is read in the same transaction.
     */
    @Transactional
    Filed fileOnce(IdempotencyRecords.Request request, Function<UUID, SubmissionService.Accepted> file,
                   Instant receivedAt, String uscc, SubmissionType type, Locale locale) {
        UUID id = UUID.randomUUID();
        if (request != null) {
            Optional<SubmissionService.Accepted> earlier = idempotency.claim(request, id, receivedAt);
            if (earlier.isPresent()) {
                return new Filed(earlier.get(), queries.answer(earlier.get().id(), locale));
            }
        }
        SubmissionService.Accepted accepted = file.apply(id);
        if (accepted.created()) {
            filed.fire(new SubmissionFiled(uscc, accepted.id(), type));
        }
        return new Filed(accepted, queries.answer(accepted.id(), locale));
    }
}
