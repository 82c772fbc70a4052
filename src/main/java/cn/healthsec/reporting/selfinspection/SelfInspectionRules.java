package cn.healthsec.reporting.selfinspection;

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
import cn.healthsec.reporting.selfinspection.api.FilingStatus;
import cn.healthsec.reporting.selfinspection.api.InspectionFinding;
import cn.healthsec.reporting.selfinspection.api.InventoriedNetwork;
import cn.healthsec.reporting.selfinspection.api.RectificationItem;
import cn.healthsec.reporting.selfinspection.api.RectificationState;
import cn.healthsec.reporting.selfinspection.api.SelfInspectionReportRequest;

import java.time.Instant;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** Every rule of the annual security self-inspection and rectification report (2022 Measures art. 9), in one place. */
public final class SelfInspectionRules {

    /** "应每年开展…安全自查…并按要求将安全自查整改情况报上级卫生健康行政部门": yearly, by a date the authorities set ("按要求"). */
    public static final Basis ANNUAL_DUE = Basis.of(Source.MEASURES_2022,
            "art. 9 ¶1 (\"每年\"; due date: healthsec.policy.self-inspection-due)", Provenance.INFERENCE);
    /** "针对…发现的安全隐患应认真开展整改加固，防止网络带病运行". */
    public static final Basis ART_9 = Basis.of(Source.MEASURES_2022, "art. 9 ¶1", Provenance.OFFICIAL_TEXT);
    /**
     * "对发现的问题和隐患进行整改" (art. 9 ¶2(2)) sets no date: holding an item to the target date the
     * institution itself reported is the service's policy.
     */
    public static final Basis OWN_TARGET_DATE = Basis.of(Source.MEASURES_2022,
            "art. 9 ¶2(2) (\"对发现的问题和隐患进行整改\"; due date: the institution's own target date)", Provenance.INFERENCE);
    /** "第二级以上网络应在网络安全保护等级确定后10个工作日内…向公安机关备案". */
    static final Basis ART_6_2 = Basis.of(Source.MEASURES_2022, "art. 6(2)", Provenance.OFFICIAL_TEXT);

    private SelfInspectionRules() {
    }

    /** The report, when it arrived, and the date (MM-DD of year Y+1) the report on year Y is due in its province. */
    public record Input(SelfInspectionReportRequest report, Instant receivedAt, MonthDay dueDate) {
    }

    public static final RuleSet<Input> ALL = RuleSet.of(
            new AnnualReportDue(),
            new UnfiledNetwork(),
            new RectificationPastTarget(),
            new SeriousFindingWithoutRectification());

    public static Outcome evaluate(Input input) {
        return ALL.evaluate(input);
    }

    /** The report on year Y is due on the configured day of Y+1; this report meets it on the day it arrived. */
    public static final class AnnualReportDue extends RuleOn<Input> {
        AnnualReportDue() { super("SELF-INSPECTION-ANNUAL-REPORT-DUE", ANNUAL_DUE, "The self-inspection and rectification report on a year reaches the superior health commission by the configured day of the next year (policy)."); }

        public void apply(Input in, Outcome.Builder out) {
            out.deadline(new Deadline("SELF_INSPECTION_REPORT", in.dueDate().atYear(in.report().year() + 1), false,
                    LegalTime.dateOf(in.receivedAt()), basis()));
        }
    }

    /** A level 2+ network the inventory finds not filed with public security is a violation of art. 6(2). */
    public static final class UnfiledNetwork extends RuleOn<Input> {
        UnfiledNetwork() { super("SELF-INSPECTION-UNFILED-NETWORK", ART_6_2, "A level 2+ network found not filed with public security is a violation."); }

        public void apply(Input in, Outcome.Builder out) {
            for (InventoriedNetwork n : in.report().networks()) {
                if (n.protectionLevel() >= 2 && n.filingStatus() == FilingStatus.NOT_FILED) {
                    out.finding(Finding.of("SELF_INSPECTION_NETWORK_NOT_FILED", Severity.VIOLATION, basis(),
                            Map.of("network", n.id(), "level", n.protectionLevel())));
                }
            }
        }
    }

    /** A rectification item not done by its target date (the day before receipt or earlier) is a warning: the network runs "带病". */
    public static final class RectificationPastTarget extends RuleOn<Input> {
        RectificationPastTarget() { super("SELF-INSPECTION-RECTIFICATION-PAST-TARGET", OWN_TARGET_DATE, "A rectification item not done by its target date is reported as overdue."); }

        public void apply(Input in, Outcome.Builder out) {
            LocalDate received = LegalTime.dateOf(in.receivedAt());
            for (RectificationItem item : items(in.report())) {
                if (item.state() != RectificationState.DONE && item.targetDate().isBefore(received)) {
                    out.finding(Finding.of("SELF_INSPECTION_RECTIFICATION_PAST_TARGET", Severity.WARNING, basis(),
                            Map.of("item", item.id(), "targetDate", item.targetDate().toString())));
                }
            }
        }
    }

    /** A high or critical finding with no rectification item is a warning: what was found is to be rectified. */
    public static final class SeriousFindingWithoutRectification extends RuleOn<Input> {
        SeriousFindingWithoutRectification() { super("SELF-INSPECTION-SERIOUS-FINDING-RECTIFIED", ART_9, "Every high or critical finding has a rectification item."); }

        public void apply(Input in, Outcome.Builder out) {
            Set<String> addressed = items(in.report()).stream().map(RectificationItem::findingId).collect(Collectors.toSet());
            List<InspectionFinding> findings = in.report().findings() == null ? List.of() : in.report().findings();
            for (InspectionFinding f : findings) {
                if (f.severity().serious() && !addressed.contains(f.id())) {
                    out.finding(Finding.of("SELF_INSPECTION_SERIOUS_FINDING_WITHOUT_RECTIFICATION", Severity.WARNING, basis(),
                            Map.of("finding", f.id())));
                }
            }
        }
    }

    private static List<RectificationItem> items(SelfInspectionReportRequest r) {
        return r.rectification() == null ? List.of() : r.rectification();
    }
}
