package cn.healthsec.reporting.dataexport;

import cn.healthsec.reporting.dataexport.api.CrossBorderApplicationRequest;
import cn.healthsec.reporting.dataexport.api.ExternalProvisionReportRequest;
import cn.healthsec.reporting.privacy.MetadataOnlyScanner;
import cn.healthsec.reporting.problem.FieldError;
import cn.healthsec.reporting.problem.UniqueIds;
import cn.healthsec.reporting.vocabulary.DataHolding;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** What makes an external provision report or a cross-border application malformed beyond single-field constraints. */
final class DataExportChecks {

    /** Both name no person: no field may carry a phone number or an e-mail address. */
    static final MetadataOnlyScanner SCANNER = new MetadataOnlyScanner(Pattern.compile("(?!)"));

    private DataExportChecks() {
    }

    static List<FieldError> check(ExternalProvisionReportRequest r) {
        List<FieldError> errors = new ArrayList<>();
        UniqueIds.of(r.data(), DataHolding::catalogueItemId, "/data", "catalogueItemId", errors);
        if (r.startsOn() != null && r.endsOn() != null && r.endsOn().isBefore(r.startsOn())) {
            errors.add(FieldError.of("/endsOn", "before_start"));
        }
        return errors;
    }

    /** An export goes abroad: a recipient in China is not one. */
    static List<FieldError> check(CrossBorderApplicationRequest r) {
        List<FieldError> errors = new ArrayList<>();
        UniqueIds.of(r.data(), DataHolding::catalogueItemId, "/data", "catalogueItemId", errors);
        if (r.recipient() != null && r.recipient().country() != null && !r.recipient().abroad()) {
            errors.add(FieldError.of("/recipient/country", "not_abroad"));
        }
        return errors;
    }
}
