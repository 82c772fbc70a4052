package cn.healthsec.reporting.mlps;

import cn.healthsec.reporting.mlps.api.ExpertReview;
import cn.healthsec.reporting.mlps.api.LevelApprovalRequest;
import cn.healthsec.reporting.rules.Deadline;
import cn.healthsec.reporting.rules.DeadlineState;
import cn.healthsec.reporting.rules.Finding;
import cn.healthsec.reporting.rules.LegalTime;
import cn.healthsec.reporting.rules.Outcome;
import cn.healthsec.reporting.rules.Severity;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every rule of {@link LevelApprovalRules}, against 2022 Measures art. 6(1): "对新建网络，应在规划和申报阶段
 * 确定网络安全保护等级…并报上级主管部门审核同意" — and GB/T 22240's expert review from level 2.
 */
class LevelApprovalRulesTest {

    static final Instant RECEIVED = ZonedDateTime.of(2026, 3, 12, 10, 0, 0, 0, LegalTime.ZONE).toInstant();

    static Outcome evaluate(LevelApprovalRequest.Stage stage, LocalDate goLive, int level, ExpertReview review) {
        return LevelApprovalRules.evaluate(new LevelApprovalRules.Input(new LevelApprovalRequest(null,
                new LevelApprovalRequest.PlannedNetwork("internet-hospital", "互联网医院平台", stage, goLive), level, "拟定第三级", review), RECEIVED));
    }

    static List<String> codes(Outcome o) {
        return o.findings().stream().map(Finding::code).toList();
    }

    @Test
    void shouldFindNothingAtThePlanningStageWithTheExpertsReview() {
        Outcome o = evaluate(LevelApprovalRequest.Stage.PLANNING, LocalDate.of(2026, 9, 30), 3, new ExpertReview(LocalDate.of(2026, 3, 5), null));
        assertEquals(List.of(), codes(o));
        Deadline d = o.deadlines().get(0);
        assertEquals("LEVEL_APPROVAL_REQUEST", d.obligation());
        assertEquals(DeadlineState.MET, d.stateAt(RECEIVED));
        assertTrue(d.basis().provenance().isPolicy(), "that the planning stage ends at go-live is the service's reading");
    }

    /** "在规划和申报阶段": a request for a network already live, or in operation, is past the planning stage. */
    @Test
    void shouldBeAViolationToAskAfterGoLive() {
        for (Outcome o : List.of(evaluate(LevelApprovalRequest.Stage.TRIAL_OPERATION, LocalDate.of(2026, 3, 12), 2, null),
                evaluate(LevelApprovalRequest.Stage.IN_OPERATION, LocalDate.of(2026, 9, 30), 1, null))) {
            Finding f = o.findings().stream().filter(x -> x.code().equals("LEVEL_APPROVAL_AFTER_GO_LIVE")).findFirst().orElseThrow();
            assertEquals(Severity.VIOLATION, f.severity());
            assertEquals("第六条第（一）项", f.basis().citation().article());
        }
    }

    /** GB/T 22240-2020: a level 2 or above is reviewed by experts before the competent department approves it. */
    @Test
    void shouldWarnWithoutTheExpertsReviewFromLevelTwo() {
        assertTrue(codes(evaluate(LevelApprovalRequest.Stage.PLANNING, LocalDate.of(2026, 9, 30), 2, null))
                .contains("LEVEL_APPROVAL_WITHOUT_EXPERT_REVIEW"));
        assertEquals(List.of(), codes(evaluate(LevelApprovalRequest.Stage.PLANNING, LocalDate.of(2026, 9, 30), 1, null)));
    }
}
