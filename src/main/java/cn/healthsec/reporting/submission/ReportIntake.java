package cn.healthsec.reporting.submission;

import cn.healthsec.reporting.institution.Institution;
import cn.healthsec.reporting.privacy.MetadataOnlyScanner;
import cn.healthsec.reporting.problem.FieldError;
import cn.healthsec.reporting.rules.LegalTime;
import cn.healthsec.reporting.rules.SubmissionType;
import cn.healthsec.reporting.security.Caller;
import cn.healthsec.reporting.security.CallerResolver;
import cn.healthsec.reporting.web.RequestReader;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import java.time.Instant;
import java.util.List;
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
    public <T> Response take(Form<T> form, JsonNode body, String idempotencyKey, HttpHeaders headers, Filing<T> filing) {
        return take(form, null, body, idempotencyKey, headers, filing);
    }

    /** Takes a report about an existing resource {@code target} (an incident's update or final report). */
    public <T> Response take(Form<T> form, String target, JsonNode body, String idempotencyKey, HttpHeaders headers,
                             Filing<T> filing) {
        Instant receivedAt = LegalTime.now();
        Caller caller = callers.current();
        String key = IdempotencyKey.check(idempotencyKey);
        T report = reader.readReport(body, form.body(), form.checks(), form.scanner(), receivedAt);
        Institution institution = submitters.resolve(caller, form.namedInstitution().apply(report), form.type());
        IdempotencyRecords.Request request = key == null ? null
                : new IdempotencyRecords.Request(institution.uscc(), key, form.operation(), target, body);
        return receipts.of(fileOnce(request, id -> filing.file(new Received<>(report, body, institution, caller, receivedAt, id)),
                receivedAt, institution.uscc(), form.type()), headers);
    }

    /**
     * Claims the key (when there is one) and files, in one transaction: a concurrent retry waits on
     * the key and then replays; a failure of the filing releases the key with everything else. A new
     * submission is announced ({@link SubmissionFiled}) before the transaction commits.
     */
    @Transactional
    SubmissionService.Accepted fileOnce(IdempotencyRecords.Request request, Function<UUID, SubmissionService.Accepted> file,
                                        Instant receivedAt, String uscc, SubmissionType type) {
        UUID id = UUID.randomUUID();
        if (request != null) {
            Optional<SubmissionService.Accepted> earlier = idempotency.claim(request, id, receivedAt);
            if (earlier.isPresent()) {
                return earlier.get();
            }
        }
        SubmissionService.Accepted accepted = file.apply(id);
        if (accepted.created()) {
            filed.fire(new SubmissionFiled(uscc, accepted.id(), type));
        }
        return accepted;
    }
}
