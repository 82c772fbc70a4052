package cn.healthsec.reporting.incident;

import cn.healthsec.reporting.identifier.Uscc;
import cn.healthsec.reporting.incident.api.FinalIncidentReport;
import cn.healthsec.reporting.incident.api.IncidentCategory;
import cn.healthsec.reporting.incident.api.InitialIncidentReport;
import cn.healthsec.reporting.privacy.MetadataOnlyScanner;
import cn.healthsec.reporting.problem.FieldError;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** What makes an incident report malformed beyond single-field constraints. */
final class IncidentChecks {

    /** HIS clocks drift: an instant up to this far after receipt is accepted as "now". */
    static final Duration CLOCK_SKEW = Duration.ofMinutes(5);

    /** Only the reporting contact may carry a name, phone and e-mail; descriptions never carry patients' data. */
    static final MetadataOnlyScanner SCANNER = new MetadataOnlyScanner(Pattern.compile("/contact/(name|phone|email)"));

    private IncidentChecks() {
    }

    static List<FieldError> initial(InitialIncidentReport r, Instant receivedAt) {
        List<FieldError> errors = new ArrayList<>();
        if (r.institution() != null && Uscc.verify(r.institution()) == Uscc.Verdict.MALFORMED) {
            errors.add(FieldError.of("/institution", "invalid_uscc"));
        }
        notAfterReceipt(errors, "/discoveredAt", r.discoveredAt(), receivedAt);
        notAfterReceipt(errors, "/occurredAt", r.occurredAt(), receivedAt);
        if (r.occurredAt() != null && r.discoveredAt() != null && r.occurredAt().isAfter(r.discoveredAt())) {
            errors.add(FieldError.of("/occurredAt", "after_discovery"));
        }
        if (r.individualsNotified() != null) {
            notAfterReceipt(errors, "/individualsNotified/notifiedAt", r.individualsNotified().notifiedAt(), receivedAt);
        }
        if (r.vulnerability() != null && r.category() != null && r.category() != IncidentCategory.VULNERABILITY) {
            errors.add(FieldError.of("/vulnerability", "only_for_vulnerability"));
        }
        return errors;
    }

    static List<FieldError> finalReport(FinalIncidentReport r, Instant receivedAt) {
        List<FieldError> errors = new ArrayList<>();
        notAfterReceipt(errors, "/handlingEndedAt", r.handlingEndedAt(), receivedAt);
        return errors;
    }

    static void notAfterReceipt(List<FieldError> errors, String field, Instant instant, Instant receivedAt) {
        if (instant != null && instant.isAfter(receivedAt.plus(CLOCK_SKEW))) {
            errors.add(FieldError.of(field, "after_receipt"));
        }
    }
}
