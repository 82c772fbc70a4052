package cn.healthsec.reporting.submission;

import cn.healthsec.reporting.institution.Institution;
import cn.healthsec.reporting.privacy.MetadataOnlyScanner;
import cn.healthsec.reporting.problem.FieldError;
import cn.healthsec.reporting.problem.RequestReader;
import cn.healthsec.reporting.rules.LegalTime;
import cn.healthsec.reporting.security.Caller;
import cn.healthsec.reporting.security.CallerResolver;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import java.time.Instant;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * How every report is taken in, whatever its type: the moment of receipt, the caller, the
 * Idempotency-Key, the body read with every error at once and scanned for personal data, the
 * caller's own registered institution, then the type's service, and the receipt as the answer.
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

    /** What a report type does with a report that passed intake. */
    @FunctionalInterface
    public interface Filing<T> {
        SubmissionService.Accepted file(T report, JsonNode content, Institution institution, Caller caller,
                                        Instant receivedAt, String idempotencyKey);
    }

    /** The rules of intake for one report type. */
    public record Form<T>(SubmissionType type, Class<T> body, BiFunction<T, Instant, List<FieldError>> checks,
                          MetadataOnlyScanner scanner, Function<T, String> namedInstitution) {
    }

    public <T> Response take(Form<T> form, JsonNode body, String idempotencyKey, HttpHeaders headers, Filing<T> filing) {
        Instant receivedAt = LegalTime.now();
        Caller caller = callers.current();
        String key = IdempotencyKey.check(idempotencyKey);
        T report = reader.readReport(body, form.body(), r -> form.checks().apply(r, receivedAt), form.scanner());
        Institution institution = submitters.resolve(caller, form.namedInstitution().apply(report), form.type());
        return receipts.of(filing.file(report, body, institution, caller, receivedAt, key), headers);
    }
}
