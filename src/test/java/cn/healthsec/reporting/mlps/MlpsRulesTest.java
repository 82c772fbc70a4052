package cn.healthsec.reporting.mlps;

import cn.healthsec.reporting.mlps.api.AssessmentConclusion;
import cn.healthsec.reporting.mlps.api.FilingType;
import cn.healthsec.reporting.mlps.api.LastAssessment;
import cn.healthsec.reporting.mlps.api.SuperiorApproval;
import cn.healthsec.reporting.rules.Deadline;
import cn.healthsec.reporting.rules.DeadlineState;
import cn.healthsec.reporting.rules.Finding;
import cn.healthsec.reporting.rules.Outcome;
import cn.healthsec.reporting.rules.Severity;
import cn.healthsec.reporting.rules.Source;
import cn.healthsec.reporting.support.Bundled;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every MLPS rule of {@link MlpsRules}, each against its citation (RULEBOOK §A). */
class MlpsRulesTest {

    /** 2026-03-05 10:00 in Shanghai: the day the 10-working-day deadline of 2026-02-13 falls due. */
    static final Instant ON_DUE_DAY = ZonedDateTime.of(2026, 3, 5, 10, 0, 0, 0, cn.healthsec.reporting.rules.LegalTime.ZONE).toInstant();

    static Outcome evaluate(FilingBuilder b, Instant receivedAt) {
        return MlpsRules.evaluate(new MlpsRules.Input(b.build(), receivedAt, Bundled.CALENDAR));
    }

    static Optional<Deadline> deadline(Outcome o, String obligation) {
        return o.deadlines().stream().filter(d -> d.obligation().equals(obligation)).findFirst();
    }

    static List<String> codes(Outcome o) {
        return o.findings().stream().map(Finding::code).toList();
    }

    static Finding finding(Outcome o, String code) {
        return o.findings().stream().filter(f -> f.code().equals(code)).findFirst().orElseThrow(() -> new AssertionError("no " + code));
    }

    static Severity severity(Outcome o, String code) {
        return o.findings().stream().filter(f -> f.code().equals(code)).findFirst().orElseThrow().severity();
    }

    /** 2022 Measures art. 6(2): public-security filing within 10 working days. */
    @Nested
    class PublicSecurityFilingDeadline {

        @Test
        void shouldBeMetWhenFiledOnTheTenthWorkingDay() {
            Outcome o = evaluate(new FilingBuilder(), ON_DUE_DAY);
            Deadline d = deadline(o, "PUBLIC_SECURITY_FILING").orElseThrow();
            assertEquals(LocalDate.of(2026, 3, 5), d.dueOn());
            assertEquals(DeadlineState.MET, d.stateAt(ON_DUE_DAY));
            assertEquals("2022 Measures art. 6(2)", d.basis().cite());
        }

        @Test
        void shouldBeLateWhenFiledTheDayAfter() {
            FilingBuilder b = new FilingBuilder();
            b.psb = new cn.healthsec.reporting.mlps.api.PublicSecurityFiling(LocalDate.of(2026, 3, 6), "PSB", "11010599001");
            assertEquals(DeadlineState.LATE, deadline(evaluate(b, ON_DUE_DAY.plusSeconds(86400)), "PUBLIC_SECURITY_FILING").orElseThrow().stateAt(ON_DUE_DAY));
        }

        @Test
        void shouldBePendingUntilTheEndOfTheDueDayThenOverdue() {
            FilingBuilder b = new FilingBuilder();
            b.psb = null;
            Deadline d = deadline(evaluate(b, ON_DUE_DAY), "PUBLIC_SECURITY_FILING").orElseThrow();
            Instant lastMoment = LocalDate.of(2026, 3, 6).atStartOfDay(cn.healthsec.reporting.rules.LegalTime.ZONE).toInstant().minusNanos(1);
            assertEquals(DeadlineState.PENDING, d.stateAt(lastMoment));
            assertEquals(DeadlineState.OVERDUE, d.stateAt(lastMoment.plusNanos(1)));
        }

        @Test
        void shouldNotApplyToLevelOne() {
            FilingBuilder b = new FilingBuilder();
            b.level = 1;
            b.important = false;
            Outcome o = evaluate(b, ON_DUE_DAY);
            assertTrue(deadline(o, "PUBLIC_SECURITY_FILING").isEmpty());
            assertTrue(deadline(o, "SUPERIOR_HEALTH_AUTHORITY_REPORT").isEmpty());
        }

        @Test
        void shouldApplyToAChangeAndAWithdrawalWithTheirOwnObligation() {
            FilingBuilder change = new FilingBuilder();
            change.type = FilingType.LEVEL_CHANGE;
            change.level = 1;
            change.previous = 2;
            change.important = false;
            assertTrue(deadline(evaluate(change, ON_DUE_DAY), "PUBLIC_SECURITY_FILING_CHANGE").isPresent(),
                    "a change from level 2 to 1 still changes the filing with the original organ");
            FilingBuilder withdrawal = new FilingBuilder();
            withdrawal.type = FilingType.WITHDRAWAL;
            Outcome o = evaluate(withdrawal, ON_DUE_DAY);
            assertEquals(LocalDate.of(2026, 3, 5), deadline(o, "PUBLIC_SECURITY_FILING_WITHDRAWAL").orElseThrow().dueOn());
            assertEquals(LocalDate.of(2026, 3, 5), deadline(o, "SUPERIOR_HEALTH_AUTHORITY_REPORT_WITHDRAWAL").orElseThrow().dueOn());
        }

        @Test
        void shouldBeProvisionalInAYearTheCalendarDoesNotKnow() {
            FilingBuilder b = new FilingBuilder();
            b.determinedOn = LocalDate.of(2026, 12, 28);
            b.psb = null;
            assertTrue(deadline(evaluate(b, ON_DUE_DAY), "PUBLIC_SECURITY_FILING").orElseThrow().provisional());
        }
    }

    /** 2022 Measures art. 6(2): report to the superior health administrative department. */
    @Nested
    class SuperiorReportDeadline {

        @Test
        void shouldBeMetByThisSubmissionOnTheDueDay() {
            Deadline d = deadline(evaluate(new FilingBuilder(), ON_DUE_DAY), "SUPERIOR_HEALTH_AUTHORITY_REPORT").orElseThrow();
            assertEquals(LocalDate.of(2026, 3, 5), d.doneOn());
            assertEquals(DeadlineState.MET, d.stateAt(ON_DUE_DAY));
        }

        @Test
        void shouldBeLateWhenReceivedAfterTheDueDayInShanghai() {
            // 2026-03-05 16:30 UTC is 2026-03-06 00:30 in Shanghai: already the next legal day.
            Instant received = Instant.parse("2026-03-05T16:30:00Z");
            Deadline d = deadline(evaluate(new FilingBuilder(), received), "SUPERIOR_HEALTH_AUTHORITY_REPORT").orElseThrow();
            assertEquals(LocalDate.of(2026, 3, 6), d.doneOn());
            assertEquals(DeadlineState.LATE, d.stateAt(received));
        }
    }

    /** 2022 Measures art. 6(1) and GB/T 22240-2020: expert review and superior approval of the level. */
    @Nested
    class LevelApprovalRequired {

        @Test
        void shouldFindNothingWhenReviewedAndApprovedThroughAnApprovedRequest() {
            FilingBuilder b = new FilingBuilder();
            b.approval = new SuperiorApproval("北京市朝阳区卫生健康委员会", LocalDate.of(2026, 2, 12), "LAR-2026-00000001");
            Outcome o = MlpsRules.evaluate(new MlpsRules.Input(b.build(), ON_DUE_DAY, Bundled.CALENDAR, Optional.empty(),
                    Optional.of(new LevelApprovalOnRecord("LAR-2026-00000001", "his-core", 3, "APPROVED"))));
            assertFalse(codes(o).stream().anyMatch(c -> c.contains("REVIEW") || c.contains("APPROVAL")), codes(o).toString());
        }

        @Test
        void shouldBeAViolationWithoutExpertReviewOrApprovalFromLevelTwo() {
            FilingBuilder b = new FilingBuilder();
            b.level = 2;
            b.important = false;
            b.expertReview = null;
            b.approval = null;
            Outcome o = evaluate(b, ON_DUE_DAY);
            assertEquals(Severity.VIOLATION, severity(o, "MLPS_EXPERT_REVIEW_MISSING"));
            assertEquals(Severity.VIOLATION, severity(o, "MLPS_SUPERIOR_APPROVAL_MISSING"));
        }

        /**
         * 2022 Measures art. 6(1): "对新建网络,应在规划和申报阶段确定网络安全保护等级…并报上级主管部门审核同意" —
         * every new network, level 1 too: without the approval it is a violation; experts are asked from level 2.
         */
        @Test
        void shouldBeAViolationForANewLevelOneNetworkWithoutApprovalAndNotAskExperts() {
            FilingBuilder b = new FilingBuilder();
            b.level = 1;
            b.important = false;
            b.expertReview = null;
            b.approval = null;
            Outcome o = evaluate(b, ON_DUE_DAY);
            assertEquals(Severity.VIOLATION, severity(o, "MLPS_SUPERIOR_APPROVAL_MISSING"));
            assertEquals("2022 Measures art. 6(1)", finding(o, "MLPS_SUPERIOR_APPROVAL_MISSING").basis().cite());
            assertFalse(codes(o).contains("MLPS_EXPERT_REVIEW_MISSING"));
        }

        /**
         * A level change is no new network: art. 6(1) ("对新建网络") is not its basis. The approval of a
         * changed level 2+ follows the GB/T 22240 grading process, applied as the service's policy.
         */
        @Test
        void shouldCiteTheStandardAsPolicyNotArticle61ForAChangedLevel() {
            FilingBuilder b = new FilingBuilder();
            b.type = FilingType.LEVEL_CHANGE;
            b.approval = null;
            Finding f = finding(evaluate(b, ON_DUE_DAY), "MLPS_SUPERIOR_APPROVAL_MISSING");
            assertEquals(Source.GBT_22240_2020, f.basis().source());
            assertTrue(f.basis().provenance().isPolicy(), "the standard's process applied to a change is policy");
        }

        @Test
        void shouldWarnWhenApprovedBeforeTheExpertsReviewed() {
            FilingBuilder b = new FilingBuilder();
            b.approval = new cn.healthsec.reporting.mlps.api.SuperiorApproval("上级", LocalDate.of(2026, 2, 1));
            assertEquals(Severity.WARNING, severity(evaluate(b, ON_DUE_DAY), "MLPS_APPROVAL_BEFORE_EXPERT_REVIEW"));
        }
    }

    /** 2022 Measures art. 6(4): "新建的网络上线运行前应进行安全性测试". */
    @Nested
    class SecurityTestBeforeGoLive {

        @Test
        void shouldBeAViolationWhenLiveWithoutATest() {
            FilingBuilder b = new FilingBuilder();
            b.securityTestedOn = null;
            assertEquals(Severity.VIOLATION, severity(evaluate(b, ON_DUE_DAY), "MLPS_LIVE_WITHOUT_SECURITY_TEST"));
        }

        @Test
        void shouldBeAViolationWhenTestedAfterGoLive() {
            FilingBuilder b = new FilingBuilder();
            b.securityTestedOn = LocalDate.of(2026, 1, 6);
            assertEquals(Severity.VIOLATION, severity(evaluate(b, ON_DUE_DAY), "MLPS_SECURITY_TEST_AFTER_GO_LIVE"));
        }

        @Test
        void shouldRemindWhenGoLiveIsStillAhead() {
            FilingBuilder b = new FilingBuilder();
            b.goLiveOn = LocalDate.of(2026, 6, 1);
            b.securityTestedOn = null;
            assertEquals(Severity.INFO, severity(evaluate(b, ON_DUE_DAY), "MLPS_SECURITY_TEST_DUE_BEFORE_GO_LIVE"));
        }

        @Test
        void shouldPassWhenTestedOnTheGoLiveDay() {
            FilingBuilder b = new FilingBuilder();
            b.securityTestedOn = b.goLiveOn;
            assertFalse(codes(evaluate(b, ON_DUE_DAY)).stream().anyMatch(c -> c.contains("SECURITY_TEST")));
        }
    }

    /** 2022 Measures art. 6(4) cadence; 2007 MPS art. 14 as INFO (RULEBOOK §H.2). */
    @Nested
    class AssessmentCadence {

        @Test
        void shouldAssessLevelsThreeAndFourYearly() {
            assertEquals(1, MlpsRules.AssessmentCadence.intervalYears(3, 0));
            assertEquals(1, MlpsRules.AssessmentCadence.intervalYears(4, 0));
            Deadline d = deadline(evaluate(new FilingBuilder(), ON_DUE_DAY), "NEXT_LEVEL_ASSESSMENT").orElseThrow();
            assertEquals(LocalDate.of(2026, 6, 30), d.dueOn());
            assertEquals(DeadlineState.PENDING, d.stateAt(ON_DUE_DAY));
        }

        @Test
        void shouldAssessLevelTwoEveryThreeYearsFromOneHundredThousandPeople() {
            assertEquals(3, MlpsRules.AssessmentCadence.intervalYears(2, 100_000));
            assertEquals(5, MlpsRules.AssessmentCadence.intervalYears(2, 99_999));
            assertEquals(3, MlpsRules.AssessmentCadence.intervalYears(2, 100_001));
        }

        @Test
        void shouldSetNoCadenceForLevelsOneAndFive() {
            assertEquals(0, MlpsRules.AssessmentCadence.intervalYears(1, 1_000_000));
            assertEquals(0, MlpsRules.AssessmentCadence.intervalYears(5, 1_000_000));
        }

        @Test
        void shouldBeOverdueWhenTheLastAssessmentIsOverAYearOld() {
            FilingBuilder b = new FilingBuilder();
            b.assessment = new LastAssessment(LocalDate.of(2024, 12, 31), "测评机构", AssessmentConclusion.PASS);
            assertEquals(DeadlineState.OVERDUE, deadline(evaluate(b, ON_DUE_DAY), "NEXT_LEVEL_ASSESSMENT").orElseThrow().stateAt(ON_DUE_DAY));
        }

        @Test
        void shouldCountFromGoLiveWhenNeverAssessed() {
            FilingBuilder b = new FilingBuilder();
            b.assessment = null;
            assertEquals(LocalDate.of(2027, 1, 5), deadline(evaluate(b, ON_DUE_DAY), "NEXT_LEVEL_ASSESSMENT").orElseThrow().dueOn());
        }

        @Test
        void shouldNoteTheHalfYearlyMpsRuleForLevelFourAsInformationOnly() {
            FilingBuilder b = new FilingBuilder();
            b.level = 4;
            Outcome o = evaluate(b, ON_DUE_DAY);
            assertEquals(Severity.INFO, severity(o, "MLPS_LEVEL4_HALF_YEARLY_ASSESSMENT"));
            assertEquals(LocalDate.of(2026, 6, 30), deadline(o, "NEXT_LEVEL_ASSESSMENT").orElseThrow().dueOn(), "the health rule (yearly) sets the due date");
        }
    }

    /** 2022 Measures art. 6(5): rectify what the assessment found. */
    @Nested
    class AssessmentRectification {

        @Test
        void shouldWarnAfterAFailedAssessment() {
            FilingBuilder b = new FilingBuilder();
            b.assessment = new LastAssessment(LocalDate.of(2025, 6, 30), "测评机构", AssessmentConclusion.FAIL);
            assertEquals(Severity.WARNING, severity(evaluate(b, ON_DUE_DAY), "MLPS_ASSESSMENT_FAILED_RECTIFY"));
        }

        @Test
        void shouldSayNothingAfterAPass() {
            assertFalse(codes(evaluate(new FilingBuilder(), ON_DUE_DAY)).contains("MLPS_ASSESSMENT_FAILED_RECTIFY"));
        }
    }

    /** 2022 Measures art. 6(2) "原备案": changes and withdrawals amend the filing on record. */
    @Nested
    class ConsistentWithRecord {

        Outcome withRecord(FilingBuilder b, LevelOnRecord record) {
            return MlpsRules.evaluate(new MlpsRules.Input(b.build(), ON_DUE_DAY, Bundled.CALENDAR, Optional.ofNullable(record)));
        }

        @Test
        void shouldWarnWhenAChangeStartsFromAnotherLevelThanTheRecord() {
            FilingBuilder b = new FilingBuilder();
            b.type = FilingType.LEVEL_CHANGE;
            b.previous = 2;
            LevelOnRecord record = new LevelOnRecord("his-core", FilingType.INITIAL, 3, LocalDate.of(2025, 1, 1), false);
            assertEquals(Severity.WARNING, severity(withRecord(b, record), "MLPS_LEVEL_DIFFERS_FROM_RECORD"));
            b.previous = 3;
            b.level = 4;
            assertFalse(codes(withRecord(b, record)).contains("MLPS_LEVEL_DIFFERS_FROM_RECORD"));
        }

        @Test
        void shouldOnlyInformWhenThereIsNoRecord() {
            FilingBuilder b = new FilingBuilder();
            b.type = FilingType.WITHDRAWAL;
            assertEquals(Severity.INFO, severity(withRecord(b, null), "MLPS_NO_EARLIER_FILING_ON_RECORD"));
        }

        @Test
        void shouldWarnWhenAmendingAWithdrawnNetwork() {
            FilingBuilder b = new FilingBuilder();
            b.type = FilingType.WITHDRAWAL;
            LevelOnRecord withdrawn = new LevelOnRecord("his-core", FilingType.WITHDRAWAL, 3, LocalDate.of(2025, 1, 1), false);
            assertEquals(Severity.WARNING, severity(withRecord(b, withdrawn), "MLPS_NETWORK_WITHDRAWN_ON_RECORD"));
        }

        @Test
        void shouldNoteARepeatedInitialFiling() {
            LevelOnRecord record = new LevelOnRecord("his-core", FilingType.INITIAL, 3, LocalDate.of(2025, 1, 1), false);
            assertEquals(Severity.INFO, severity(withRecord(new FilingBuilder(), record), "MLPS_NETWORK_ALREADY_ON_RECORD"));
            assertFalse(codes(withRecord(new FilingBuilder(), null)).contains("MLPS_NETWORK_ALREADY_ON_RECORD"));
        }
    }

    /** 2026 Data Measures art. 11 ¶1. */
    @Nested
    class DataGradeLevelFloor {

        @Test
        void shouldRequireLevelThreeForImportantData() {
            FilingBuilder b = new FilingBuilder();
            b.level = 2;
            assertEquals(Severity.VIOLATION, severity(evaluate(b, ON_DUE_DAY), "MLPS_IMPORTANT_DATA_BELOW_LEVEL"));
            b.level = 3;
            assertFalse(codes(evaluate(b, ON_DUE_DAY)).contains("MLPS_IMPORTANT_DATA_BELOW_LEVEL"));
        }

        @Test
        void shouldRequireLevelFourForCoreDataOffCii() {
            FilingBuilder b = new FilingBuilder();
            b.core = true;
            b.level = 3;
            assertEquals(Severity.VIOLATION, severity(evaluate(b, ON_DUE_DAY), "MLPS_CORE_DATA_BELOW_LEVEL"));
            b.level = 4;
            assertFalse(codes(evaluate(b, ON_DUE_DAY)).contains("MLPS_CORE_DATA_BELOW_LEVEL"));
        }

        @Test
        void shouldAcceptCoreDataAtLevelThreeOnACiiNetwork() {
            FilingBuilder b = new FilingBuilder();
            b.core = true;
            b.cii = true;
            b.level = 3;
            assertFalse(codes(evaluate(b, ON_DUE_DAY)).contains("MLPS_CORE_DATA_BELOW_LEVEL"));
        }

        @Test
        void shouldNotJudgeAWithdrawnNetwork() {
            FilingBuilder b = new FilingBuilder();
            b.type = FilingType.WITHDRAWAL;
            b.level = 2;
            assertFalse(codes(evaluate(b, ON_DUE_DAY)).contains("MLPS_IMPORTANT_DATA_BELOW_LEVEL"));
        }
    }

    /**
     * 2022 Measures art. 6(1): "对新建网络，应在规划和申报阶段确定网络安全保护等级…并报上级主管部门审核同意" —
     * the initial filing of a new level 2+ network names the request its superior approved.
     */
    @Nested
    class ApprovedRequestNamed {

        static final String REQUEST = "LAR-2026-00000001";

        Outcome evaluate(FilingBuilder b, LevelApprovalOnRecord onRecord) {
            return MlpsRules.evaluate(new MlpsRules.Input(b.build(), ON_DUE_DAY, Bundled.CALENDAR, Optional.empty(), Optional.ofNullable(onRecord)));
        }

        FilingBuilder naming(String request) {
            FilingBuilder b = new FilingBuilder();
            b.approval = new SuperiorApproval("北京市朝阳区卫生健康委员会", LocalDate.of(2026, 2, 12), request);
            return b;
        }

        @Test
        void shouldNoteWhenANewNetworksFilingNamesNoApprovedRequest() {
            Finding f = finding(evaluate(new FilingBuilder(), null), "MLPS_LEVEL_APPROVAL_REQUEST_NOT_NAMED");
            assertEquals(Severity.INFO, f.severity(), "an approval on paper is an approval: it cannot be verified here");
            assertEquals("第六条第（一）项", f.basis().citation().article());
        }

        @Test
        void shouldBeAViolationToNameARequestThatIsNotApprovedOrNotForThisNetwork() {
            for (LevelApprovalOnRecord r : java.util.Arrays.asList(null,
                    new LevelApprovalOnRecord(REQUEST, "his-core", 3, null),
                    new LevelApprovalOnRecord(REQUEST, "his-core", 3, "REFUSED"),
                    new LevelApprovalOnRecord(REQUEST, "his-core", 3, "RETURNED_FOR_CORRECTION"),
                    new LevelApprovalOnRecord(REQUEST, "another-network", 3, "APPROVED"))) {
                assertEquals(Severity.VIOLATION, severity(evaluate(naming(REQUEST), r), "MLPS_LEVEL_APPROVAL_REQUEST_NOT_APPROVED"), String.valueOf(r));
            }
        }

        @Test
        void shouldBeAViolationToFileAnotherLevelThanTheApprovedOne() {
            Finding f = finding(evaluate(naming(REQUEST), new LevelApprovalOnRecord(REQUEST, "his-core", 2, "APPROVED")),
                    "MLPS_LEVEL_DIFFERS_FROM_APPROVED");
            assertEquals(Severity.VIOLATION, f.severity());
            assertEquals(2, f.arguments().get("approvedLevel"));
        }

        @Test
        void shouldAskNothingOfALevelOneNetworkOrAChange() {
            FilingBuilder level1 = new FilingBuilder();
            level1.level = 1;
            level1.important = false;
            assertFalse(codes(evaluate(level1, null)).contains("MLPS_LEVEL_APPROVAL_REQUEST_NOT_NAMED"));
            FilingBuilder change = new FilingBuilder();
            change.type = FilingType.LEVEL_CHANGE;
            change.previous = 2;
            assertFalse(codes(evaluate(change, null)).contains("MLPS_LEVEL_APPROVAL_REQUEST_NOT_NAMED"));
        }
    }
}
