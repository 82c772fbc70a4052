package cn.healthsec.reporting.dataexport;

import cn.healthsec.reporting.calendar.DueDate;
import cn.healthsec.reporting.calendar.WorkingDayCalendar;
import cn.healthsec.reporting.dataexport.api.AssessmentConclusion;
import cn.healthsec.reporting.dataexport.api.ExternalProvisionReportRequest;
import cn.healthsec.reporting.dataexport.api.ProvisionLegalBasis;
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
import java.util.Set;

/** Every rule of an external provision report (2026 Data Measures arts. 10, 13, 15, 22), in one place. */
public final class ExternalProvisionRules {

    /**
     * "Healthcare institutions shall promptly report to the local health administrative authority on
     * the external provision of healthcare institution data" (art. 15 ¶3): "promptly" has no number;
     * the working days after the provision starts are policy.
     */
    public static final Basis PROMPTLY = Basis.of(Source.DATA_MEASURES_2026,
            "art. 15 ¶3 (\"promptly\"; working days: healthsec.policy.external-provision-report-working-days)", Provenance.INFERENCE);
    /** "Before providing, entrusting the processing of, or jointly processing important data, healthcare institutions shall conduct a risk assessment, except … statutory duty". */
    static final Basis ART_10_1 = Basis.of(Source.DATA_MEASURES_2026, "art. 10 ¶1", Provenance.TRANSLATION);
    /** "…shall, through a contract or other means, agree with the recipient on the purpose, method, and scope of processing". */
    static final Basis ART_10_2 = Basis.of(Source.DATA_MEASURES_2026, "art. 10 ¶2", Provenance.TRANSLATION);
    /** "where external provision of healthcare institution data is involved, approval shall be applied for in accordance with the relevant requirements". */
    static final Basis ART_13_2 = Basis.of(Source.DATA_MEASURES_2026, "art. 13 ¶2", Provenance.TRANSLATION);
    /** The review and approval path of a data export. */
    static final Basis ART_22_4 = Basis.of(Source.DATA_MEASURES_2026, "art. 22(4)", Provenance.TRANSLATION);

    private ExternalProvisionRules() {
    }

    /**
     * The report, when it arrived, the calendar and the policy's working days of "promptly", whether
     * the institution operates CII, art. 7's policy thresholds, and the references of its approved
     * cross-border applications.
     */
    public record Input(ExternalProvisionReportRequest report, Instant receivedAt, WorkingDayCalendar calendar, int workingDays,
                        boolean criticalInformationInfrastructure, ExportAssessment.Thresholds thresholds, Set<String> approvedApplications) {
    }

    public static final RuleSet<Input> ALL = RuleSet.of(
            new ReportedPromptly(),
            new RiskAssessedBeforehand(),
            new AgreementWithRecipient(),
            new ApprovedByTheInstitution(),
            new ApprovedApplicationForAbroad());

    public static Outcome evaluate(Input input) {
        return ALL.evaluate(input);
    }

    /** Whether the art. 10 duties (prior assessment, agreement) apply: important or core data, not in performance of a statutory duty. */
    static boolean importantDataDuties(ExternalProvisionReportRequest r) {
        return r.importantOrCoreData() && r.legalBasis() != ProvisionLegalBasis.STATUTORY_DUTY;
    }

    /** The provision is reported within the policy's working days of its start; this report is it, done on receipt. */
    public static final class ReportedPromptly extends RuleOn<Input> {
        ReportedPromptly() { super("EXTERNAL-PROVISION-REPORT-PROMPTLY", PROMPTLY, "An external provision of the institution's data is reported to the local commission within the policy's working days of its start (default 10)."); }

        public void apply(Input in, Outcome.Builder out) {
            DueDate due = in.calendar().workingDaysAfter(in.report().startsOn(), in.workingDays());
            out.deadline(new Deadline("EXTERNAL_PROVISION_REPORT", due.dueOn(), due.provisional(), LegalTime.dateOf(in.receivedAt()), basis()));
        }
    }

    /** Important or core data is provided only after a risk assessment that found the risk acceptable (art. 10 ¶1). */
    public static final class RiskAssessedBeforehand extends RuleOn<Input> {
        RiskAssessedBeforehand() { super("EXTERNAL-PROVISION-PRIOR-RISK-ASSESSMENT", ART_10_1, "Important or core data is provided only after a risk assessment made before the provision starts that found the risk acceptable, unless in performance of a statutory duty."); }

        public void apply(Input in, Outcome.Builder out) {
            ExternalProvisionReportRequest r = in.report();
            if (!importantDataDuties(r)) {
                return;
            }
            var a = r.riskAssessment();
            if (a == null) {
                out.finding(Finding.of("EXTERNAL_PROVISION_WITHOUT_RISK_ASSESSMENT", Severity.VIOLATION, basis()));
            } else if (a.assessedOn().isAfter(r.startsOn())) {
                out.finding(Finding.of("EXTERNAL_PROVISION_ASSESSED_AFTER_START", Severity.VIOLATION, basis(),
                        java.util.Map.of("assessedOn", a.assessedOn().toString(), "startsOn", r.startsOn().toString())));
            } else if (a.conclusion() == AssessmentConclusion.NOT_ACCEPTABLE) {
                out.finding(Finding.of("EXTERNAL_PROVISION_RISK_NOT_ACCEPTABLE", Severity.VIOLATION, basis()));
            }
        }
    }

    /** Important or core data is provided under an agreement that binds the recipient (art. 10 ¶2). */
    public static final class AgreementWithRecipient extends RuleOn<Input> {
        AgreementWithRecipient() { super("EXTERNAL-PROVISION-AGREEMENT", ART_10_2, "Important or core data is provided under a contract or agreement with the recipient, whose reference the report gives."); }

        public void apply(Input in, Outcome.Builder out) {
            ExternalProvisionReportRequest r = in.report();
            if (importantDataDuties(r) && (r.agreementReference() == null || r.agreementReference().isBlank())) {
                out.finding(Finding.of("EXTERNAL_PROVISION_WITHOUT_AGREEMENT", Severity.VIOLATION, basis()));
            }
        }
    }

    /** The institution's own approval of the provision (art. 13 ¶2, "in accordance with the relevant requirements"): a warning when not stated. */
    public static final class ApprovedByTheInstitution extends RuleOn<Input> {
        ApprovedByTheInstitution() { super("EXTERNAL-PROVISION-INTERNAL-APPROVAL", ART_13_2, "An external provision states the institution's approval of it; a report without one is a warning."); }

        public void apply(Input in, Outcome.Builder out) {
            if (in.report().approval() == null) {
                out.finding(Finding.of("EXTERNAL_PROVISION_APPROVAL_NOT_STATED", Severity.WARNING, basis()));
            }
        }
    }

    /** A provision abroad that art. 7's circumstances reach names an approved cross-border application of the institution (art. 22(4)). */
    public static final class ApprovedApplicationForAbroad extends RuleOn<Input> {
        ApprovedApplicationForAbroad() { super("EXTERNAL-PROVISION-ABROAD-APPROVED", ART_22_4, "A provision to a recipient abroad within the circumstances of the CAC Provisions art. 7 names a cross-border application the local commission approved."); }

        @Override
        public java.util.List<Basis> alsoRestsOn() {
            return java.util.List.of(ExportAssessment.ARTICLE_7);
        }

        public void apply(Input in, Outcome.Builder out) {
            ExternalProvisionReportRequest r = in.report();
            if (!r.recipient().abroad()) {
                return;
            }
            boolean pi = r.data().stream().anyMatch(DataHolding::holdsPersonalInformation);
            var export = new ExportAssessment.Export(in.criticalInformationInfrastructure(), r.importantOrCoreData(), pi,
                    r.volume().personalInformationSubjects(), r.volume().sensitive());
            if (ExportAssessment.required(export, in.thresholds())
                    && !ExportAssessment.approved(in.approvedApplications(), r.crossBorderApplication())) {
                out.finding(Finding.of("EXTERNAL_PROVISION_ABROAD_WITHOUT_APPROVED_APPLICATION", Severity.VIOLATION, basis()));
            }
        }
    }
}
