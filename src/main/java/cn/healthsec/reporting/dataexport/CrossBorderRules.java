package cn.healthsec.reporting.dataexport;

import cn.healthsec.reporting.dataexport.api.AssessmentConclusion;
import cn.healthsec.reporting.dataexport.api.CrossBorderApplicationRequest;
import cn.healthsec.reporting.rules.Basis;
import cn.healthsec.reporting.rules.Deadline;
import cn.healthsec.reporting.rules.Finding;
import cn.healthsec.reporting.rules.LegalTime;
import cn.healthsec.reporting.rules.Outcome;
import cn.healthsec.reporting.rules.Provenance;
import cn.healthsec.reporting.rules.RuleOn;
import cn.healthsec.reporting.rules.RuleSet;
import cn.healthsec.reporting.rules.Severity;
import cn.healthsec.reporting.rules.Source;
import cn.healthsec.reporting.vocabulary.DataHolding;

import java.time.Instant;

/** Every rule of a cross-border application (2026 Data Measures art. 22(4)), in one place. */
public final class CrossBorderRules {

    /**
     * "…shall first conduct a self-assessment, obtain approval by the institution's leading group
     * for cybersecurity and informatization work or the leadership team, and report to the local
     * health administrative authority for review and approval, after which the provincial-level
     * cybersecurity authority shall apply to the national cybersecurity authority for a Data Export
     * Security Assessment".
     */
    static final Basis ART_22_4 = Basis.of(Source.DATA_MEASURES_2026, "art. 22(4)", Provenance.TRANSLATION);
    /** "first … after which": the application precedes the export; that it is due by the planned start is the service's reading. */
    public static final Basis BEFORE_EXPORT = Basis.of(Source.DATA_MEASURES_2026,
            "art. 22(4) (\"first … after which\": due by the planned start of the export)", Provenance.INFERENCE);

    private CrossBorderRules() {
    }

    /** The application, when it arrived, whether the institution operates CII, and art. 7's policy thresholds. */
    public record Input(CrossBorderApplicationRequest application, Instant receivedAt, boolean criticalInformationInfrastructure,
                        ExportAssessment.Thresholds thresholds) {

        boolean personalInformation() {
            return application.data().stream().anyMatch(DataHolding::holdsPersonalInformation)
                    || application.volume().personalInformationSubjects() > 0;
        }

        boolean sensitive() {
            return application.data().stream().anyMatch(DataHolding::holdsSensitivePersonalInformation) || application.volume().sensitive() > 0;
        }

        boolean importantData() {
            return application.data().stream().anyMatch(d -> d.grade() != null && d.grade().atLeastImportant());
        }

        /** Whether the export takes the security assessment: within art. 7, and not validly exempt. */
        public boolean assessmentRequired() {
            boolean exempt = application.exemptionClaimed()
                    && ExportAssessment.academicExemptionAvailable(personalInformation(), sensitive(), importantData());
            return !exempt && ExportAssessment.required(new ExportAssessment.Export(criticalInformationInfrastructure, importantData(),
                    personalInformation(), application.volume().personalInformationSubjects(), application.volume().sensitive()), thresholds);
        }
    }

    public static final RuleSet<Input> ALL = RuleSet.of(
            new StepsInOrder(),
            new BeforeTheExport(),
            new AcademicExemption(),
            new WithinArticle7());

    public static Outcome evaluate(Input input) {
        return ALL.evaluate(input);
    }

    /** Self-assessment first, then the leading group's approval; an export the self-assessment found unacceptable is not put forward. */
    public static final class StepsInOrder extends RuleOn<Input> {
        StepsInOrder() { super("CROSS-BORDER-STEPS", ART_22_4, "The self-assessment comes first, the leading group's approval after it; a self-assessment that found the risk unacceptable does not support an application."); }

        public void apply(Input in, Outcome.Builder out) {
            var a = in.application();
            if (a.leadingGroupApproval().approvedOn().isBefore(a.selfAssessment().assessedOn())) {
                out.finding(Finding.of("CROSS_BORDER_APPROVAL_BEFORE_SELF_ASSESSMENT", Severity.VIOLATION, basis(),
                        java.util.Map.of("approvedOn", a.leadingGroupApproval().approvedOn().toString(),
                                "assessedOn", a.selfAssessment().assessedOn().toString())));
            }
            if (a.selfAssessment().conclusion() == AssessmentConclusion.NOT_ACCEPTABLE) {
                out.finding(Finding.of("CROSS_BORDER_SELF_ASSESSED_NOT_ACCEPTABLE", Severity.VIOLATION, basis()));
            }
        }
    }

    /** The application reaches the local commission before the export is planned to start; this application is it, done on receipt. */
    public static final class BeforeTheExport extends RuleOn<Input> {
        BeforeTheExport() { super("CROSS-BORDER-BEFORE-EXPORT", BEFORE_EXPORT, "The application for review and approval reaches the local commission before the export's planned start."); }

        public void apply(Input in, Outcome.Builder out) {
            out.deadline(new Deadline("CROSS_BORDER_APPLICATION", in.application().plannedStartOn(), false,
                    LegalTime.dateOf(in.receivedAt()), basis()));
        }
    }

    /** The academic exemption covers only data with no personal information, no sensitive data and no important data. */
    public static final class AcademicExemption extends RuleOn<Input> {
        AcademicExemption() { super("CROSS-BORDER-ACADEMIC-EXEMPTION", ART_22_4, "The academic exemption is available only to data from academic cooperation without personal information, sensitive data or important data."); }

        public void apply(Input in, Outcome.Builder out) {
            if (!in.application().exemptionClaimed()) {
                return;
            }
            if (ExportAssessment.academicExemptionAvailable(in.personalInformation(), in.sensitive(), in.importantData())) {
                out.finding(Finding.of("CROSS_BORDER_ACADEMIC_EXEMPTION_APPLIES", Severity.INFO, basis()));
            } else {
                out.finding(Finding.of("CROSS_BORDER_ACADEMIC_EXEMPTION_NOT_AVAILABLE", Severity.VIOLATION, basis()));
            }
        }
    }

    /**
     * An export within none of art. 7's circumstances takes no security assessment: the commission
     * may still approve it; it is not handed to the provincial cybersecurity administration (INFO).
     */
    public static final class WithinArticle7 extends RuleOn<Input> {
        WithinArticle7() { super("CROSS-BORDER-ARTICLE-7", ExportAssessment.ARTICLE_7, "Whether the export falls within the CAC Provisions art. 7 (policy thresholds): if not, and not exempt, no security assessment is applied for after approval."); }

        public void apply(Input in, Outcome.Builder out) {
            boolean exemptClaimed = in.application().exemptionClaimed();
            if (!exemptClaimed && !in.assessmentRequired()) {
                out.finding(Finding.of("CROSS_BORDER_OUTSIDE_ARTICLE_7", Severity.INFO, basis()));
            }
        }
    }
}
