package cn.healthsec.reporting.mlps;

import cn.healthsec.reporting.mlps.api.FilingType;
import cn.healthsec.reporting.mlps.api.MlpsFilingRequest;
import cn.healthsec.reporting.privacy.MetadataOnlyScanner;
import cn.healthsec.reporting.privacy.PersonalDataKind;
import cn.healthsec.reporting.problem.FieldError;

import java.util.ArrayList;
import java.util.List;

/**
 * What makes a filing malformed beyond single-field constraints: a public-security filing before
 * the level decision, a level change without the previous level. These refuse the request;
 * lateness and non-compliance never do.
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

    /** The cross-field checks; dates not after receipt and the USCC are the fields' own constraints. */
    static List<FieldError> check(MlpsFilingRequest f) {
        List<FieldError> errors = new ArrayList<>();
        if (f.publicSecurityFiling() != null && f.levelDeterminedOn() != null && f.publicSecurityFiling().filedOn() != null
                && f.publicSecurityFiling().filedOn().isBefore(f.levelDeterminedOn())) {
            errors.add(FieldError.of("/publicSecurityFiling/filedOn", "before_level_decision"));
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
}
