package cn.healthsec.reporting.hazard;

import cn.healthsec.reporting.calendar.DueDate;
import cn.healthsec.reporting.calendar.WorkingDayCalendar;
import cn.healthsec.reporting.hazard.api.HazardReportRequest;
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

/** Every rule of a hazard report (2026 Data Measures art. 24 ¶3; 2022 Measures art. 25), in one place. */
public final class HazardRules {

    /**
     * "Healthcare institutions shall promptly report to the local health administrative authority
     * risks and hazards that may cause important data or core data security incidents" (2026 art. 24
     * ¶3). "Promptly" carries no number: the working days are policy.
     */
    public static final Basis ART_24_3 = Basis.of(Source.DATA_MEASURES_2026,
            "art. 24 ¶3 (\"promptly\"; working days: healthsec.policy.hazard-report-working-days)", Provenance.INFERENCE);
    /**
     * "发现网络存在漏洞隐患、网络安全风险明显增大时，各医疗卫生机构应当立即启动应急预案…并按照要求向有关主管监管部门报告"
     * (2022 Measures art. 25): the hours of "按照要求" are the same policy.
     */
    public static final Basis ART_25_2022 = Basis.of(Source.MEASURES_2022,
            "art. 25 (\"网络安全风险明显增大\"…\"按照要求…报告\"; working days: healthsec.policy.hazard-report-working-days)", Provenance.INFERENCE);
    /** What no text requires reported: the report is welcome and received as information. */
    static final Basis ART_24_3_SCOPE = Basis.of(Source.DATA_MEASURES_2026, "art. 24 ¶3", Provenance.TRANSLATION);

    private HazardRules() {
    }

    /** The report, when it arrived, the working-day calendar and the policy's working days of "promptly". */
    public record Input(HazardReportRequest report, Instant receivedAt, WorkingDayCalendar calendar, int workingDays) {
    }

    public static final RuleSet<Input> ALL = RuleSet.of(new ReportedPromptly(), new WithinTheDuty());

    public static Outcome evaluate(Input input) {
        return ALL.evaluate(input);
    }

    /** Which text the report answers: a hazard to important or core data is 2026 art. 24 ¶3's, a markedly increased risk 2022 art. 25's. */
    public static Basis duty(boolean importantOrCoreData) {
        return importantOrCoreData ? ART_24_3 : ART_25_2022;
    }

    /** The day the report was due: the policy's working days after the hazard was identified. */
    public static DueDate due(WorkingDayCalendar calendar, LocalDate identifiedOn, int workingDays) {
        return calendar.workingDaysAfter(identifiedOn, workingDays);
    }

    /** A hazard is reported within the policy's working days of being identified; this report is that report, done on receipt. */
    public static final class ReportedPromptly extends RuleOn<Input> {
        ReportedPromptly() { super("HAZARD-REPORT-PROMPTLY", ART_24_3, "A risk or hazard that may cause an important- or core-data incident (or a markedly increased network risk) reaches the local commission within the policy's working days of being identified."); }

        @Override
        public java.util.List<Basis> alsoRestsOn() {
            return java.util.List.of(ART_25_2022);
        }

        public void apply(Input in, Outcome.Builder out) {
            HazardReportRequest r = in.report();
            if (!r.importantOrCoreData() && !Boolean.TRUE.equals(r.riskMarkedlyIncreased())) {
                return;
            }
            DueDate due = due(in.calendar(), r.identifiedOn(), in.workingDays());
            out.deadline(new Deadline("HAZARD_REPORT", due.dueOn(), due.provisional(), LegalTime.dateOf(in.receivedAt()),
                    duty(r.importantOrCoreData())));
        }
    }

    /**
     * A hazard that threatens neither important nor core data, without a markedly increased risk,
     * is owed by no text: it is received as information (INFO), with no deadline and no NHC copy.
     */
    public static final class WithinTheDuty extends RuleOn<Input> {
        WithinTheDuty() { super("HAZARD-REPORT-SCOPE", ART_24_3_SCOPE, "A hazard to neither important nor core data, without a markedly increased risk, is received as information: no text requires it."); }

        public void apply(Input in, Outcome.Builder out) {
            HazardReportRequest r = in.report();
            if (!r.importantOrCoreData() && !Boolean.TRUE.equals(r.riskMarkedlyIncreased())) {
                out.finding(Finding.of("HAZARD_REPORT_BEYOND_THE_DUTY", Severity.INFO, basis()));
            }
        }
    }
}
