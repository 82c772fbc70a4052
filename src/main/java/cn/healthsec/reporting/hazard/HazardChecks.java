package cn.healthsec.reporting.hazard;

import cn.healthsec.reporting.hazard.api.HazardReportRequest;
import cn.healthsec.reporting.privacy.MetadataOnlyScanner;
import cn.healthsec.reporting.problem.FieldError;
import cn.healthsec.reporting.problem.UniqueIds;
import cn.healthsec.reporting.vocabulary.DataHolding;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** What makes a hazard report malformed beyond single-field constraints. */
final class HazardChecks {

    /** The report names no person: no field may carry a phone number or an e-mail address. */
    static final MetadataOnlyScanner SCANNER = new MetadataOnlyScanner(Pattern.compile("(?!)"));

    private HazardChecks() {
    }

    /** Each network and each catalogue item is named once. */
    static List<FieldError> check(HazardReportRequest r) {
        List<FieldError> errors = new ArrayList<>();
        UniqueIds.of(r.networks(), HazardReportRequest.AffectedNetwork::id, "/networks", "id", errors);
        UniqueIds.of(r.data(), DataHolding::catalogueItemId, "/data", "catalogueItemId", errors);
        return errors;
    }
}
