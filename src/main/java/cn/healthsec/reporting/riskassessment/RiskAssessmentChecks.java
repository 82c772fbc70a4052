package cn.healthsec.reporting.riskassessment;

import cn.healthsec.reporting.identifier.Uscc;
import cn.healthsec.reporting.privacy.MetadataOnlyScanner;
import cn.healthsec.reporting.problem.FieldError;
import cn.healthsec.reporting.riskassessment.api.AssessmentType;
import cn.healthsec.reporting.riskassessment.api.Assessor;
import cn.healthsec.reporting.riskassessment.api.RiskAssessmentReportRequest;
import cn.healthsec.reporting.rules.LegalTime;

import java.time.Instant;
import java.time.LocalDate;
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

    static List<FieldError> check(RiskAssessmentReportRequest r, Instant receivedAt) {
        List<FieldError> errors = new ArrayList<>();
        LocalDate today = LegalTime.dateOf(receivedAt);
        if (r.institution() != null && Uscc.verify(r.institution()) == Uscc.Verdict.MALFORMED) {
            errors.add(FieldError.of("/institution", "invalid_uscc"));
        }
        if (r.assessedOn() != null && r.assessedOn().isAfter(today)) {
            errors.add(FieldError.of("/assessedOn", "after_receipt"));
        }
        if (r.year() != null && r.year() > today.getYear()) {
            errors.add(FieldError.of("/year", "after_receipt"));
        }
        Assessor a = r.assessor();
        if (a != null && a.type() == Assessor.Type.THIRD_PARTY) {
            if (a.agencyName() == null || a.agencyName().isBlank()) {
                errors.add(FieldError.of("/assessor/agencyName", "required"));
            }
            if (a.agencyUscc() == null) {
                errors.add(FieldError.of("/assessor/agencyUscc", "required"));
            } else if (Uscc.verify(a.agencyUscc()) == Uscc.Verdict.MALFORMED) {
                errors.add(FieldError.of("/assessor/agencyUscc", "invalid_uscc"));
            }
        }
        if (r.assessmentType() == AssessmentType.CORE_DATA_CROSS_ENTITY && r.coreData() == null) {
            errors.add(FieldError.of("/coreData", "required"));
        }
        if (r.provisionAssessments() != null) {
            for (int n = 0; n < r.provisionAssessments().size(); n++) {
                var p = r.provisionAssessments().get(n);
                if (p != null && p.recipientUscc() != null && Uscc.verify(p.recipientUscc()) == Uscc.Verdict.MALFORMED) {
                    errors.add(FieldError.of("/provisionAssessments/" + n + "/recipientUscc", "invalid_uscc"));
                }
            }
        }
        return errors;
    }
}
