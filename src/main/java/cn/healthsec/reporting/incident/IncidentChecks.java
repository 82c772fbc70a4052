package cn.healthsec.reporting.incident;

import cn.healthsec.reporting.incident.api.IncidentCategory;
import cn.healthsec.reporting.incident.api.InitialIncidentReport;
import cn.healthsec.reporting.privacy.MetadataOnlyScanner;
import cn.healthsec.reporting.problem.FieldError;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** What makes an incident report malformed beyond single-field constraints. */
final class IncidentChecks {

    /** HIS clocks drift: an instant up to this far after receipt is accepted as "now". */
    /** Only the reporting contact may carry a name, phone and e-mail; descriptions never carry patients' data. */
    static final MetadataOnlyScanner SCANNER = new MetadataOnlyScanner(Pattern.compile("/contact/(name|phone|email)"));

    private IncidentChecks() {
    }

    /** The cross-field checks; instants not after receipt and the USCC are the fields' own constraints. */
    static List<FieldError> initial(InitialIncidentReport r) {
        List<FieldError> errors = new ArrayList<>();
        if (r.occurredAt() != null && r.discoveredAt() != null && r.occurredAt().isAfter(r.discoveredAt())) {
            errors.add(FieldError.of("/occurredAt", "after_discovery"));
        }
        if (r.vulnerability() != null && r.category() != null && r.category() != IncidentCategory.VULNERABILITY) {
            errors.add(FieldError.of("/vulnerability", "only_for_vulnerability"));
        }
        return errors;
    }
}
