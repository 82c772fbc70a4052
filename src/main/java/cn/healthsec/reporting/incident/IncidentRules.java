package cn.healthsec.reporting.incident;

import cn.healthsec.reporting.incident.api.IncidentCategory;
import cn.healthsec.reporting.incident.api.IncidentGrade;
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

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

/**
 * Every rule of incident reports (RULEBOOK §D) but the hour clocks, which ride on the routes
 * (routing/RoutingTable.java) because each recipient has its own.
 */
public final class IncidentRules {

    static final Basis GRADING = Basis.of(Source.CAC_INCIDENT_MEASURES, "art. 4 and annex (grading guide)", Provenance.OFFICIAL_REPRINT);
    /**
     * "及时以电话、短信、邮件或信函等多种方式告知相关主体" (2022 Measures art. 25). The same duty stands in 2026
     * Data Measures art. 25 ¶3 ("users shall be promptly notified") and PIPL art. 57, which the
     * service does not hold as a cited instrument: one basis, one instrument.
     */
    static final Basis NOTIFY_INDIVIDUALS = Basis.of(Source.MEASURES_2022, "art. 25", Provenance.OFFICIAL_TEXT);
    static final Basis PARTIAL_REPORT = Basis.of(Source.CAC_INCIDENT_MEASURES, "art. 7 ¶2 (可先报告第一项、第二项内容)", Provenance.QUOTED_BY_SECONDARY);
    static final Basis HEALTH_DUTY = Basis.of(Source.MEASURES_2022, "art. 27", Provenance.OFFICIAL_TEXT);
    /** "30日内" — calendar days; the 2023 draft's "5个工作日内" is not law (RULEBOOK §H.4). */
    public static final Basis FINAL_REPORT = Basis.of(Source.CAC_INCIDENT_MEASURES, "art. 8 (30日内)", Provenance.QUOTED_BY_SECONDARY);

    public static final int FINAL_REPORT_DAYS = 30;

    /**
     * 2026 Data Measures art. 25 ¶3: "security incidents involving important data and core data shall
     * be promptly reported to the local health administrative authority, and a summary report shall
     * be promptly prepared after the security incident has been handled" — "promptly" in days is policy.
     */
    public static final Basis SUMMARY_REPORT = Basis.of(Source.DATA_MEASURES_2026,
            "art. 25 ¶3 (\"promptly\"; days: healthsec.policy.incident.important-data-summary-days)", Provenance.INFERENCE);

    /** What the rules read about one report of an incident. */
    public record Facts(IncidentStage stage, IncidentCategory category, IncidentGrade declared, IncidentGrading.Result computed,
                        boolean personalInformation, Boolean individualsNotified, boolean supplementsPending,
                        Instant receivedAt, Instant handlingEndedAt, boolean importantOrCoreData, int summaryDays,
                        String otherCentralOrgan) {

        /** An institution that reports to no central organ but the NHC (or none). */
        public Facts(IncidentStage stage, IncidentCategory category, IncidentGrade declared, IncidentGrading.Result computed,
                     boolean personalInformation, Boolean individualsNotified, boolean supplementsPending, Instant receivedAt,
                     Instant handlingEndedAt, boolean importantOrCoreData, int summaryDays) {
            this(stage, category, declared, computed, personalInformation, individualsNotified, supplementsPending, receivedAt,
                    handlingEndedAt, importantOrCoreData, summaryDays, null);
        }

        /** An incident without important or core data (the summary days, then, never apply). */
        public Facts(IncidentStage stage, IncidentCategory category, IncidentGrade declared, IncidentGrading.Result computed,
                     boolean personalInformation, Boolean individualsNotified, boolean supplementsPending, Instant receivedAt,
                     Instant handlingEndedAt) {
            this(stage, category, declared, computed, personalInformation, individualsNotified, supplementsPending, receivedAt,
                    handlingEndedAt, false, FINAL_REPORT_DAYS);
        }

        public IncidentGrade effective() {
            return IncidentGrade.max(declared, computed.grade());
        }
    }

    public static final RuleSet<Facts> ALL = RuleSet.of(
            new UnderGrading(), new IndividualsToBeNotified(), new PartialInitialReport(),
            new BelowCacThreshold(), new FinalReportWithin30Days(), new ImportantDataSummaryReport(), new CentralOrganNotReached());

    private IncidentRules() {
    }

    public static Outcome evaluate(Facts facts) {
        Outcome.Builder out = new Outcome.Builder();
        facts.computed().measurements().forEach(out::measurement);
        return ALL.evaluate(facts, out);
    }

    /**
     * A declared grade below the one the numbers imply; routing uses the higher grade. It is a
     * violation where a threshold of the grading guide itself implies the higher grade; where only a
     * threshold that commentary gives does (the 重大 and 较大 money losses: configurable policy), the
     * finding is a warning that cites that policy — the law is not shown to be broken.
     */
    public static final class UnderGrading extends RuleOn<Facts> {
        UnderGrading() { super("INCIDENT-UNDER-GRADING", GRADING, "The declared grade is at least the grade the impact numbers imply; routing uses the higher. Implied only by a policy threshold, it is a warning."); }

        public void apply(Facts f, Outcome.Builder out) {
            if (f.declared().compareTo(f.computed().grade()) < 0) {
                boolean byTheText = f.declared().compareTo(f.computed().textGrade()) < 0;
                out.finding(Finding.of("INCIDENT_UNDER_GRADED", byTheText ? Severity.VIOLATION : Severity.WARNING,
                        byTheText ? basis() : IncidentGrading.GUIDE_LOSS_COMMENTARY,
                        Map.of("declared", f.declared().name(), "computed", f.computed().grade().name())));
            }
        }
    }

    /** Personal information involved: tell the individuals (by phone, SMS, e-mail, letter…). */
    public static final class IndividualsToBeNotified extends RuleOn<Facts> {
        IndividualsToBeNotified() { super("INCIDENT-NOTIFY-INDIVIDUALS", NOTIFY_INDIVIDUALS, "When personal information is involved, the individuals concerned are notified."); }

        public void apply(Facts f, Outcome.Builder out) {
            if (f.stage() != IncidentStage.FINAL && f.personalInformation() && !Boolean.TRUE.equals(f.individualsNotified())) {
                out.finding(Finding.of("INCIDENT_INDIVIDUALS_NOT_NOTIFIED", Severity.WARNING, basis()));
            }
        }
    }

    /** A first report may carry items 1–2 only; the rest are expected as supplements. */
    public static final class PartialInitialReport extends RuleOn<Facts> {
        PartialInitialReport() { super("INCIDENT-PARTIAL-INITIAL-REPORT", PARTIAL_REPORT, "An initial report with items 1-2 only is valid; items 3-7 are expected as supplements."); }

        public void apply(Facts f, Outcome.Builder out) {
            if (f.stage() == IncidentStage.INITIAL && f.supplementsPending()) {
                out.finding(Finding.of("INCIDENT_SUPPLEMENT_EXPECTED", Severity.INFO, basis()));
            }
        }
    }

    /** Below 较大 the CAC measures do not apply; the health authority and the police are told all the same. */
    public static final class BelowCacThreshold extends RuleOn<Facts> {
        BelowCacThreshold() { super("INCIDENT-BELOW-CAC-THRESHOLD", HEALTH_DUTY, "An incident below 较大 is not reported to the CAC but still to the health authority and public security."); }

        public void apply(Facts f, Outcome.Builder out) {
            if (f.stage() == IncidentStage.INITIAL && f.category() != IncidentCategory.VULNERABILITY
                    && !f.effective().atLeast(IncidentGrade.LARGE)) {
                out.finding(Finding.of("INCIDENT_BELOW_CAC_THRESHOLD", Severity.INFO, basis()));
            }
        }
    }

    /**
     * CAC Incident Measures art. 4: a central organ's affiliate reports a 较大-or-above incident to
     * "本部门（本行业）网络安全工作机构", "最迟不得超过2小时" (RULEBOOK D3). Where the registry names a central
     * organ other than the NHC, this service does not reach it: the receipt reminds the institution
     * that the 2-hour report to that department is its own to make (INFO, with the department).
     */
    public static final class CentralOrganNotReached extends RuleOn<Facts> {
        CentralOrganNotReached() { super("INCIDENT-CENTRAL-ORGAN-NOT-REACHED", Basis.of(Source.CAC_INCIDENT_MEASURES, "art. 4", Provenance.OFFICIAL_REPRINT), "A 较大-or-above incident of an affiliate of a central organ other than the NHC is reported by the institution to that organ's cybersecurity office within 2 hours: the service does not reach it."); }

        public void apply(Facts f, Outcome.Builder out) {
            if (f.stage() == IncidentStage.INITIAL && f.otherCentralOrgan() != null && f.effective().atLeast(IncidentGrade.LARGE)) {
                out.finding(Finding.of("INCIDENT_CENTRAL_ORGAN_NOT_REACHED", Severity.INFO, basis(),
                        java.util.Map.of("department", f.otherCentralOrgan(), "hours", 2)));
            }
        }
    }

    /**
     * An incident reported under the CAC Measures — 较大 and above (art. 4: "属于较大以上网络安全事件的，按以下程序报告")
     * — sends its summary report within 30 days after handling ends, through the original channels (art. 8).
     */
    public static final class FinalReportWithin30Days extends RuleOn<Facts> {
        public static final String ID = "INCIDENT-FINAL-REPORT-30-DAYS";

        FinalReportWithin30Days() { super(ID, FINAL_REPORT, "An incident of 较大 or above sends its final summary report within 30 calendar days after handling ends."); }

        public void apply(Facts f, Outcome.Builder out) {
            if (f.stage() == IncidentStage.FINAL && reportedToTheCac(f.effective())) {
                out.deadline(finalReport(f.handlingEndedAt(), f.receivedAt()));
            }
        }
    }

    /**
     * Below 较大, only an incident involving important or core data owes a summary report: "promptly"
     * after handling (2026 Data Measures art. 25 ¶3), in the policy's days. A 一般 incident without
     * such data owes none.
     */
    public static final class ImportantDataSummaryReport extends RuleOn<Facts> {
        public static final String ID = "INCIDENT-IMPORTANT-DATA-SUMMARY-REPORT";

        ImportantDataSummaryReport() { super(ID, SUMMARY_REPORT, "An incident below 较大 involving important or core data sends its summary report within the policy's days (default 30) after handling ends."); }

        public void apply(Facts f, Outcome.Builder out) {
            if (f.stage() == IncidentStage.FINAL && !reportedToTheCac(f.effective()) && f.importantOrCoreData()) {
                out.deadline(summaryReport(f.handlingEndedAt(), f.receivedAt(), f.summaryDays()));
            }
        }
    }

    /** Whether the CAC Measures apply (art. 4): 较大 and above. */
    public static boolean reportedToTheCac(IncidentGrade grade) {
        return grade.atLeast(IncidentGrade.LARGE);
    }

    /** Whether a final (summary) report is owed at all: under the CAC Measures, or for important or core data (2026 art. 25 ¶3). */
    public static boolean finalReportOwed(IncidentGrade grade, boolean importantOrCoreData) {
        return reportedToTheCac(grade) || importantOrCoreData;
    }

    /** The summary report's deadline under 2026 art. 25 ¶3: {@code days} after the day handling ended. */
    public static Deadline summaryReport(Instant handlingEndedAt, Instant reportedAt, int days) {
        return new Deadline("INCIDENT_FINAL_REPORT", LegalTime.dateOf(handlingEndedAt).plusDays(days), false,
                reportedAt == null ? null : LegalTime.dateOf(reportedAt), SUMMARY_REPORT, ImportantDataSummaryReport.ID);
    }

    /** The deadline of the final report an incident of {@code grade} owes (call only where {@link #finalReportOwed}). */
    public static Deadline finalReport(IncidentGrade grade, Instant handlingEndedAt, Instant reportedAt, int summaryDays) {
        return reportedToTheCac(grade) ? finalReport(handlingEndedAt, reportedAt) : summaryReport(handlingEndedAt, reportedAt, summaryDays);
    }

    /** The last day of the final report: 30 calendar days after the day handling ended. */
    public static LocalDate finalReportDue(Instant handlingEndedAt) {
        return LegalTime.dateOf(handlingEndedAt).plusDays(FINAL_REPORT_DAYS);
    }

    /** The final report's deadline: 30 days after handling ended, met by the report received at {@code reportedAt} (null: not yet). */
    public static Deadline finalReport(Instant handlingEndedAt, Instant reportedAt) {
        return new Deadline("INCIDENT_FINAL_REPORT", finalReportDue(handlingEndedAt), false,
                reportedAt == null ? null : LegalTime.dateOf(reportedAt), FINAL_REPORT, FinalReportWithin30Days.ID);
    }
}
