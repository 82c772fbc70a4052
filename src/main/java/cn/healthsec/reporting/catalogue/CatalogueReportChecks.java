package cn.healthsec.reporting.catalogue;

import cn.healthsec.reporting.catalogue.api.CatalogueItem;
import cn.healthsec.reporting.catalogue.api.CatalogueReportRequest;
import cn.healthsec.reporting.catalogue.api.CatalogueReportType;
import cn.healthsec.reporting.privacy.MetadataOnlyScanner;
import cn.healthsec.reporting.problem.FieldError;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** What makes a catalogue report malformed beyond single-field constraints. */
final class CatalogueReportChecks {

    /** The designated contact of each item: the only place a phone number or e-mail address belongs. */
    static final MetadataOnlyScanner SCANNER = new MetadataOnlyScanner(
            Pattern.compile("/items/\\d+/responsibleParty/contact/(name|phone|email)"));

    private CatalogueReportChecks() {
    }

    /** The cross-field checks; the review date and USCCs are the fields' own constraints. */
    static List<FieldError> check(CatalogueReportRequest r) {
        List<FieldError> errors = new ArrayList<>();
        if (r.reportType() == CatalogueReportType.GRADE_CHANGE && r.previousReportId() == null) {
            errors.add(FieldError.of("/previousReportId", "required"));
        }
        if (r.reportType() == CatalogueReportType.REORGANIZATION && r.reorganization() == null) {
            errors.add(FieldError.of("/reorganization", "required"));
        } else if (r.reportType() != CatalogueReportType.REORGANIZATION && r.reorganization() != null) {
            errors.add(FieldError.of("/reorganization", "only_for_reorganization"));
        }
        if (r.items() != null) {
            Set<String> ids = new HashSet<>();
            for (int n = 0; n < r.items().size(); n++) {
                CatalogueItem i = r.items().get(n);
                if (i == null) {
                    continue;
                }
                if (i.id() != null && !ids.add(i.id())) {
                    errors.add(FieldError.of("/items/" + n + "/id", "duplicate_item"));
                }
                if (i.crossBorder() != null && Boolean.FALSE.equals(i.crossBorder().transferred())
                        && i.crossBorder().destinations() != null && !i.crossBorder().destinations().isEmpty()) {
                    errors.add(FieldError.of("/items/" + n + "/crossBorder/destinations", "only_when_transferred"));
                }
            }
        }
        return errors;
    }
}
