package cn.healthsec.reporting.mlps;

import cn.healthsec.reporting.mlps.api.LevelApprovalRequest;
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

/** Every rule of a new network's level approval request (2022 Measures art. 6(1)), in one place. */
public final class LevelApprovalRules {

    /** "在规划和申报阶段": that the request is due by the planned go-live is the service's reading of the planning stage. */
    public static final Basis PLANNING_STAGE = Basis.of(Source.MEASURES_2022,
            "art. 6(1) (\"在规划和申报阶段\": due by the planned go-live)", Provenance.INFERENCE);

    private LevelApprovalRules() {
    }

    /** The request and when it arrived. */
    public record Input(LevelApprovalRequest request, Instant receivedAt) {
    }

    public static final RuleSet<Input> ALL = RuleSet.of(new AtThePlanningStage(), new ExpertsReviewLevel2());

    public static Outcome evaluate(Input input) {
        return ALL.evaluate(input);
    }

    /**
     * "对新建网络，应在规划和申报阶段确定网络安全保护等级": the request comes before the network goes live.
     * One received on or after the go-live, or for a network already in operation, is a violation of
     * art. 6(1); the deadline is the planned go-live.
     */
    public static final class AtThePlanningStage extends RuleOn<Input> {
        AtThePlanningStage() { super("LEVEL-APPROVAL-PLANNING-STAGE", MlpsRules.ART_6_1, "A new network's level is put to the superior at the planning stage: before the network goes live."); }

        public void apply(Input in, Outcome.Builder out) {
            LevelApprovalRequest.PlannedNetwork n = in.request().network();
            LocalDate received = LegalTime.dateOf(in.receivedAt());
            out.deadline(new Deadline("LEVEL_APPROVAL_REQUEST", n.plannedGoLiveOn(), false, received, PLANNING_STAGE));
            if (n.stage() == LevelApprovalRequest.Stage.IN_OPERATION || !n.plannedGoLiveOn().isAfter(received)) {
                out.finding(Finding.of("LEVEL_APPROVAL_AFTER_GO_LIVE", Severity.VIOLATION, basis(),
                        Map.of("network", n.id(), "goLiveOn", n.plannedGoLiveOn().toString())));
            }
        }
    }

    /** A level 2+ proposal is reviewed by experts before the superior approves it (GB/T 22240 grading process): a warning when missing. */
    public static final class ExpertsReviewLevel2 extends RuleOn<Input> {
        ExpertsReviewLevel2() { super("LEVEL-APPROVAL-EXPERT-REVIEW", MlpsRules.GBT_22240_PROCESS, "A proposed level 2 or above comes with the experts' review."); }

        public void apply(Input in, Outcome.Builder out) {
            if (in.request().proposedLevel() >= 2 && in.request().expertReview() == null) {
                out.finding(Finding.of("LEVEL_APPROVAL_WITHOUT_EXPERT_REVIEW", Severity.WARNING, basis()));
            }
        }
    }
}
