package cn.healthsec.reporting.mlps;

import cn.healthsec.reporting.identifier.Uscc;
import cn.healthsec.reporting.mlps.api.FilingType;
import cn.healthsec.reporting.mlps.api.MlpsFilingRequest;
import cn.healthsec.reporting.privacy.MetadataOnlyScanner;
import cn.healthsec.reporting.privacy.PersonalDataKind;
import cn.healthsec.reporting.problem.FieldError;
import cn.healthsec.reporting.rules.LegalTime;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * What makes a filing malformed beyond single-field constraints: a decision or filing date after
 * the moment of receipt, a level change without the previous level, an institution code that is
 * not a USCC. These refuse the request; lateness and non-compliance never do.
 */
final class MlpsFilingChecks {

    /**
     * An MLPS filing has no designated contact fields: no personal data belongs anywhere in it. The
     * public-security certificate number of the 2007 form is 11 digits, the first two the province
     * (RULEBOOK §A.3): Hebei's (13…), Shanxi's (14…) and Inner Mongolia's (15…) read like mobile numbers.
     */
    static final MetadataOnlyScanner SCANNER = new MetadataOnlyScanner(java.util.regex.Pattern.compile("(?!)"))
            .allowing(java.util.regex.Pattern.compile("/publicSecurityFiling/certificateNumber"), PersonalDataKind.MOBILE_NUMBER);

    private MlpsFilingChecks() {
    }

    static List<FieldError> check(MlpsFilingRequest f, Instant receivedAt) {
        List<FieldError> errors = new ArrayList<>();
        LocalDate today = LegalTime.dateOf(receivedAt);
        if (f.institution() != null && Uscc.verify(f.institution()) == Uscc.Verdict.MALFORMED) {
            errors.add(FieldError.of("/institution", "invalid_uscc"));
        }
        notAfter(errors, "/levelDeterminedOn", f.levelDeterminedOn(), today);
        if (f.network() != null) {
            notAfter(errors, "/network/securityTestedOn", f.network().securityTestedOn(), today);
        }
        if (f.expertReview() != null) {
            notAfter(errors, "/expertReview/reviewedOn", f.expertReview().reviewedOn(), today);
        }
        if (f.superiorApproval() != null) {
            notAfter(errors, "/superiorApproval/approvedOn", f.superiorApproval().approvedOn(), today);
        }
        if (f.publicSecurityFiling() != null) {
            notAfter(errors, "/publicSecurityFiling/filedOn", f.publicSecurityFiling().filedOn(), today);
            if (f.levelDeterminedOn() != null && f.publicSecurityFiling().filedOn() != null
                    && f.publicSecurityFiling().filedOn().isBefore(f.levelDeterminedOn())) {
                errors.add(FieldError.of("/publicSecurityFiling/filedOn", "before_level_decision"));
            }
        }
        if (f.lastAssessment() != null) {
            notAfter(errors, "/lastAssessment/completedOn", f.lastAssessment().completedOn(), today);
        }
        if (f.filingType() == FilingType.LEVEL_CHANGE) {
            if (f.previousProtectionLevel() == null) {
                errors.add(FieldError.of("/previousProtectionLevel", "required"));
            } else if (f.previousProtectionLevel().equals(f.protectionLevel())) {
                errors.add(FieldError.of("/previousProtectionLevel", "same_level"));
            }
        } else if (f.previousProtectionLevel() != null) {
            errors.add(FieldError.of("/previousProtectionLevel", "only_for_level_change"));
        }
        return errors;
    }

    private static void notAfter(List<FieldError> errors, String field, LocalDate date, LocalDate today) {
        if (date != null && date.isAfter(today)) {
            errors.add(FieldError.of(field, "after_receipt"));
        }
    }
}
