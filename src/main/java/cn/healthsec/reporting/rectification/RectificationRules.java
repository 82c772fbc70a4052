package cn.healthsec.reporting.rectification;

import cn.healthsec.reporting.rectification.api.ProblemAnswer;
import cn.healthsec.reporting.rectification.api.RectificationReportRequest;
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
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Every rule of an authority's rectification notice and the institution's answer, in one place
 * (2022 Measures art. 24: "各医疗卫生机构应及时整改有关主管监管机构检查过程中发现的漏洞和隐患等问题";
 * art. 9: "形成整改报告向有关主管监管机构报备"; 2026 Data Measures art. 30: the authorities "urge and
 * guide healthcare institutions to promptly handle and rectify").
 */
public final class RectificationRules {

    /** The due date is the one the notice sets; the duty to rectify promptly is the law's. */
    public static final Basis ART_24 = Basis.of(Source.MEASURES_2022, "art. 24 (due date: the notice's)", Provenance.OFFICIAL_TEXT);
    /** "health administrative authorities … shall urge and guide healthcare institutions to promptly handle and rectify". */
    public static final Basis DATA_ART_30 = Basis.of(Source.DATA_MEASURES_2026, "art. 30", Provenance.TRANSLATION);

    private RectificationRules() {
    }

    /** The answer, when it arrived, and what the notice it answers asked: by when, and which problems. */
    public record Input(RectificationReportRequest report, Instant receivedAt, LocalDate dueOn, Set<String> problemIds) {
    }

    public static final RuleSet<Input> ALL = RuleSet.of(
            new AnswerDue(),
            new ProblemLeftOpen(),
            new ProblemUnanswered());

    public static Outcome evaluate(Input input) {
        return ALL.evaluate(input);
    }

    /** The answer is due on the notice's day; this report meets it on the day it arrived. */
    public static final class AnswerDue extends RuleOn<Input> {
        public static final String ID = "RECTIFICATION-REPORT-DUE";

        AnswerDue() { super(ID, ART_24, "The rectification report answering a notice reaches the issuing authority by the notice's due date."); }

        public void apply(Input in, Outcome.Builder out) {
            out.deadline(new Deadline("RECTIFICATION_REPORT", in.dueOn(), false, LegalTime.dateOf(in.receivedAt()), basis()));
        }
    }

    /** A problem the report does not state DONE is still open: a warning the authority sees. */
    public static final class ProblemLeftOpen extends RuleOn<Input> {
        ProblemLeftOpen() { super("RECTIFICATION-PROBLEM-OPEN", ART_24, "A problem of the notice the report does not state done is reported as still open."); }

        public void apply(Input in, Outcome.Builder out) {
            for (ProblemAnswer a : in.report().problems()) {
                if (a.state() != ProblemAnswer.AnswerState.DONE) {
                    out.finding(Finding.of("RECTIFICATION_PROBLEM_OPEN", Severity.WARNING, basis(), Map.of("problem", a.problemId())));
                }
            }
        }
    }

    /** A problem of the notice the report does not mention at all is a warning: every problem is answered. */
    public static final class ProblemUnanswered extends RuleOn<Input> {
        ProblemUnanswered() { super("RECTIFICATION-PROBLEM-UNANSWERED", DATA_ART_30, "Every problem of the notice is answered by the report."); }

        public void apply(Input in, Outcome.Builder out) {
            Set<String> answered = in.report().problems().stream().map(ProblemAnswer::problemId).collect(Collectors.toSet());
            List<String> missing = in.problemIds().stream().filter(p -> !answered.contains(p)).sorted().toList();
            for (String problem : missing) {
                out.finding(Finding.of("RECTIFICATION_PROBLEM_UNANSWERED", Severity.WARNING, basis(), Map.of("problem", problem)));
            }
        }
    }
}
