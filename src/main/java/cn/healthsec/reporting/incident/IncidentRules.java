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

    /** What the rules read about one report of an incident. */
    public record Facts(IncidentStage stage, IncidentCategory category, IncidentGrade declared, IncidentGrading.Result computed,
                        boolean personalInformation, Boolean individualsNotified, boolean supplementsPending,
                        Instant receivedAt, Instant handlingEndedAt) {

        public IncidentGrade effective() {
            return IncidentGrade.max(declared, computed.grade());
        }
    }

    public static final RuleSet<Facts> ALL = RuleSet.of(
            new UnderGrading(), new IndividualsToBeNotified(), new PartialInitialReport(),
            new BelowCacThreshold(), new FinalReportWithin30Days());

    private IncidentRules() {
    }

    public static Outcome evaluate(Facts facts) {
        Outcome.Builder out = new Outcome.Builder();
        facts.computed().measurements().forEach(out::measurement);
        return ALL.evaluate(facts, out);
    }

    /** A declared grade below the one the numbers imply; routing uses the higher grade. */
    public static final class UnderGrading extends RuleOn<Facts> {
        UnderGrading() { super("INCIDENT-UNDER-GRADING", GRADING, "The declared grade is at least the grade the impact numbers imply; routing uses the higher."); }

        public void apply(Facts f, Outcome.Builder out) {
            if (f.declared().compareTo(f.computed().grade()) < 0) {
                out.finding(Finding.of("INCIDENT_UNDER_GRADED", Severity.VIOLATION, basis(),
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

    /** The summary report is due within 30 days after handling ends, through the original channels. */
    public static final class FinalReportWithin30Days extends RuleOn<Facts> {
        public static final String ID = "INCIDENT-FINAL-REPORT-30-DAYS";

        FinalReportWithin30Days() { super(ID, FINAL_REPORT, "The final summary report arrives within 30 calendar days after handling ends."); }

        public void apply(Facts f, Outcome.Builder out) {
            if (f.stage() == IncidentStage.FINAL) {
                out.deadline(finalReport(f.handlingEndedAt(), f.receivedAt()));
            }
        }
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
