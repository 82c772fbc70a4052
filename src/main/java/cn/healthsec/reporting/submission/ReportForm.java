package cn.healthsec.reporting.submission;

import cn.healthsec.reporting.privacy.MetadataOnlyScanner;
import cn.healthsec.reporting.problem.FieldError;
import cn.healthsec.reporting.rules.SubmissionType;

import java.util.List;
import java.util.function.Function;

/**
 * How intake reads one kind of report. {@code operation} is the contract's operationId: an
 * Idempotency-Key is bound to it (and to the target the operation acts on). {@code checks} are the
 * cross-field checks; single fields are checked by their constraints, dates against the moment of
 * receipt ({@code NotAfterReceipt}). {@code scanner} finds personal data where only metadata
 * belongs; {@code namedInstitution} is the institution the body names (null: the caller's own).
 */
public record ReportForm<T>(String operation, SubmissionType type, Class<T> body, Function<T, List<FieldError>> checks,
                            MetadataOnlyScanner scanner, Function<T, String> namedInstitution) {
}
