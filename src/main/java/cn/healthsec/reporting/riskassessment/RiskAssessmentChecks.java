package cn.healthsec.reporting.riskassessment;

import cn.healthsec.reporting.privacy.MetadataOnlyScanner;
import cn.healthsec.reporting.problem.FieldError;
import cn.healthsec.reporting.riskassessment.api.AssessmentType;
import cn.healthsec.reporting.riskassessment.api.Assessor;
import cn.healthsec.reporting.riskassessment.api.RiskAssessmentReportRequest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** What makes a risk-assessment report malformed beyond single-field constraints. */
final class RiskAssessmentChecks {

    /** The handler's responsible contact: the only place a phone number or e-mail address belongs. */
    static final MetadataOnlyScanner SCANNER = new MetadataOnlyScanner(
            Pattern.compile("/handler/responsibleContact/(name|phone|email)"));

    private RiskAssessmentChecks() {
    }

    /** The cross-field checks; dates, the year and USCCs are the fields' own constraints. */
    static List<FieldError> check(RiskAssessmentReportRequest r) {
        List<FieldError> errors = new ArrayList<>();
        Assessor a = r.assessor();
        if (a != null && a.type() == Assessor.Type.THIRD_PARTY) {
            if (a.agencyName() == null || a.agencyName().isBlank()) {
                errors.add(FieldError.of("/assessor/agencyName", "required"));
            }
            if (a.agencyUscc() == null) {
                errors.add(FieldError.of("/assessor/agencyUscc", "required"));
            }
        }
        if (r.assessmentType() == AssessmentType.CORE_DATA_CROSS_ENTITY && r.coreData() == null) {
            errors.add(FieldError.of("/coreData", "required"));
        }
        // The excepted flows are part of what is provided or planned, not more than it.
        var v = r.coreData();
        if (v != null && v.cumulativeProvidedThisYear() != null && v.exceptedThisYear() != null
                && v.exceptedThisYear() > v.cumulativeProvidedThisYear() + (v.plannedThisYear() == null ? 0 : v.plannedThisYear())) {
            errors.add(FieldError.of("/coreData/exceptedThisYear", "too_large"));
        }
        return errors;
    }
}
