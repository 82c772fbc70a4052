package cn.healthsec.reporting.dataexport;

import cn.healthsec.reporting.config.Policy;
import cn.healthsec.reporting.rules.Basis;
import cn.healthsec.reporting.rules.Provenance;
import cn.healthsec.reporting.rules.Source;

import java.util.Set;

/**
 * When a data export takes the review path of 2026 Data Measures art. 22(4): "falls within one of
 * the circumstances provided in Article 7 of the Provisions on Promoting and Regulating Cross-Border
 * Data Flows". Art. 7 (not read here: UNCONFIRMED, so its numbers are policy) reaches a CII
 * operator's export of personal information or important data, and anyone's export of important
 * data, or of personal information of 1,000,000 people (not sensitive) or of sensitive personal
 * information of 10,000 since 1 January. The academic exemption of art. 22(4) covers data "that does
 * not contain personal information, sensitive data, or important data".
 */
public final class ExportAssessment {

    /** Art. 7 of the CAC Provisions, as 2026 art. 22(4) names it; thresholds are healthsec.policy.cross-border.*. */
    public static final Basis ARTICLE_7 = Basis.of(Source.CAC_CROSS_BORDER_PROVISIONS,
            "art. 7 (named by 2026 Data Measures art. 22(4); thresholds: healthsec.policy.cross-border.*)", Provenance.UNCONFIRMED);

    /** The policy's numbers of art. 7. */
    public record Thresholds(long personalInformationSubjects, long sensitivePersonalInformationSubjects) {
        public static final Thresholds DEFAULT = new Thresholds(1_000_000, 10_000);

        /** As the configuration sets them ({@code healthsec.policy.cross-border.*}). */
        public static Thresholds of(Policy policy) {
            return new Thresholds(policy.crossBorder().personalInformationSubjects(), policy.crossBorder().sensitivePersonalInformationSubjects());
        }
    }

    /** What art. 7 looks at, of one export. */
    public record Export(boolean criticalInformationInfrastructure, boolean importantData, boolean personalInformation,
                         long personalInformationSubjects, long sensitivePersonalInformationSubjects) {
    }

    private ExportAssessment() {
    }

    /** Whether the export falls within one of art. 7's circumstances (and so takes the path of art. 22(4)). */
    public static boolean required(Export e, Thresholds t) {
        if (e.importantData()) {
            return true;
        }
        if (e.criticalInformationInfrastructure() && (e.personalInformation() || e.personalInformationSubjects() > 0)) {
            return true;
        }
        return e.personalInformationSubjects() >= t.personalInformationSubjects()
                || e.sensitivePersonalInformationSubjects() >= t.sensitivePersonalInformationSubjects();
    }

    /** The academic exemption: no personal information, no sensitive data, no important data. */
    public static boolean academicExemptionAvailable(boolean personalInformation, boolean sensitive, boolean importantData) {
        return !personalInformation && !sensitive && !importantData;
    }

    /** Whether {@code reference} names one of the approved applications: itself, or the first version of an approved later one. */
    public static boolean approved(Set<String> approvedReferences, String reference) {
        if (reference == null || reference.isBlank()) {
            return false;
        }
        return approvedReferences.contains(reference) || approvedReferences.stream().anyMatch(a -> a.startsWith(reference + "/"));
    }
}
