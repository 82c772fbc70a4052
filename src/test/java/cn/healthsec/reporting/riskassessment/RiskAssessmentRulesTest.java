package cn.healthsec.reporting.riskassessment;

import cn.healthsec.reporting.authority.AuthorityId;
import cn.healthsec.reporting.vocabulary.Contact;
import cn.healthsec.reporting.institution.Institution;
import cn.healthsec.reporting.problem.FieldError;
import cn.healthsec.reporting.riskassessment.api.AssessmentType;
import cn.healthsec.reporting.riskassessment.api.Assessor;
import cn.healthsec.reporting.riskassessment.api.CoreDataVolumes;
import cn.healthsec.reporting.riskassessment.api.Handler;
import cn.healthsec.reporting.riskassessment.api.Risk;
import cn.healthsec.reporting.riskassessment.api.RiskAssessmentReportRequest;
import cn.healthsec.reporting.rules.Deadline;
import cn.healthsec.reporting.rules.DeadlineState;
import cn.healthsec.reporting.rules.Finding;
import cn.healthsec.reporting.rules.Measurement;
import cn.healthsec.reporting.rules.Outcome;
import cn.healthsec.reporting.rules.Severity;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every rule of {@link RiskAssessmentRules} against its citation (RULEBOOK §C). */
class RiskAssessmentRulesTest {

    static final Instant RECEIVED = Instant.parse("2026-03-02T01:00:00Z");

    AssessmentType type = AssessmentType.ANNUAL;
    Assessor assessor = new Assessor(Assessor.Type.THIRD_PARTY, "评估机构", "91310110666007217T");
    List<Risk> risks = List.of();
    CoreDataVolumes coreData = null;
    boolean important = true;
    boolean core = false;
    Optional<Instant> previousAnnual = Optional.empty();
    Optional<MonthDay> provinceDate = Optional.empty();

    RiskAssessmentReportRequest build(CoreDataVolumes volumes) {
        return new RiskAssessmentReportRequest(type, null, 2025, LocalDate.of(2026, 2, 27), assessor,
                new Handler("领导小组办公室", new Contact("王主任", null, null)), null, null, risks, null, null, null, null, volumes);
    }

    Outcome evaluate() {
        RiskAssessmentReportRequest r = build(coreData);
        Institution institution = new Institution("12110105MB00000006", "医院", "110105", AuthorityId.parse("HC-110105").orElseThrow(),
                false, false, important, core);
        return RiskAssessmentRules.evaluate(new RiskAssessmentRules.Input(r, RECEIVED, institution, previousAnnual, provinceDate, 12));
    }

    static List<String> codes(Outcome o) {
        return o.findings().stream().map(Finding::code).toList();
    }

    static Optional<Deadline> deadline(Outcome o, String obligation) {
        return o.deadlines().stream().filter(d -> d.obligation().equals(obligation)).findFirst();
    }

    /** Regulation art. 33 ¶1 / 2026 art. 10: yearly, on a date the law does not set. */
    @Nested
    class AnnualReportDue {

        @Test
        void shouldBeDueTwelveMonthsAfterThePreviousAnnualReportByDefault() {
            previousAnnual = Optional.of(Instant.parse("2025-03-10T02:00:00Z"));
            Outcome o = evaluate();
            Deadline d = deadline(o, "ANNUAL_RISK_ASSESSMENT_REPORT").orElseThrow();
            assertEquals(LocalDate.of(2026, 3, 10), d.dueOn());
            assertEquals(DeadlineState.MET, d.stateAt(RECEIVED));
            assertTrue(d.basis().provenance().isPolicy(), "the due date is policy, never presented as law");
            assertTrue(codes(o).contains("RA_ANNUAL_DUE_DATE_SET_BY_INTERVAL"));
            assertEquals(LocalDate.of(2027, 3, 2), deadline(o, "NEXT_ANNUAL_RISK_ASSESSMENT_REPORT").orElseThrow().dueOn());
        }

        @Test
        void shouldBeLateAfterTwelveMonths() {
            previousAnnual = Optional.of(Instant.parse("2025-02-20T02:00:00Z"));
            assertEquals(DeadlineState.LATE, deadline(evaluate(), "ANNUAL_RISK_ASSESSMENT_REPORT").orElseThrow().stateAt(RECEIVED));
        }

        @Test
        void shouldUseTheProvincesOwnDateWhenConfigured() {
            provinceDate = Optional.of(MonthDay.of(2, 28));
            Outcome o = evaluate();
            assertEquals(LocalDate.of(2026, 2, 28), deadline(o, "ANNUAL_RISK_ASSESSMENT_REPORT").orElseThrow().dueOn());
            assertEquals(DeadlineState.LATE, deadline(o, "ANNUAL_RISK_ASSESSMENT_REPORT").orElseThrow().stateAt(RECEIVED));
            assertEquals(LocalDate.of(2027, 2, 28), deadline(o, "NEXT_ANNUAL_RISK_ASSESSMENT_REPORT").orElseThrow().dueOn());
            assertTrue(codes(o).contains("RA_ANNUAL_DUE_DATE_SET_BY_PROVINCE"));
        }

        @Test
        void shouldNotBeOwedByAnInstitutionWithoutImportantData() {
            important = false;
            Outcome o = evaluate();
            assertTrue(o.deadlines().isEmpty());
            assertFalse(codes(o).contains("RA_ANNUAL_DUE_DATE_SET_BY_INTERVAL"));
        }

        @Test
        void shouldHaveNoDueDateForAFirstAnnualReport() {
            assertTrue(deadline(evaluate(), "ANNUAL_RISK_ASSESSMENT_REPORT").isEmpty());
        }
    }

    /** 2026 Data Measures art. 11 ¶3(3). */
    @Test
    void shouldWarnWhenCoreDataIsSelfAssessed() {
        assessor = new Assessor(Assessor.Type.SELF, null, null);
        assertFalse(codes(evaluate()).contains("RA_CORE_DATA_SELF_ASSESSED"), "important data only: self-assessment allowed");
        core = true;
        Finding f = evaluate().findings().stream().filter(x -> x.code().equals("RA_CORE_DATA_SELF_ASSESSED")).findFirst().orElseThrow();
        assertEquals(Severity.WARNING, f.severity());
    }

    /** 2026 Data Measures art. 9(3). */
    @Test
    void shouldWarnAboutAnOpenHighRiskWithoutRectificationDate() {
        risks = List.of(new Risk("R1", "权限过大", Risk.Severity.HIGH, Risk.Status.OPEN, null),
                new Risk("R2", "弱口令", Risk.Severity.CRITICAL, Risk.Status.RECTIFYING, LocalDate.of(2026, 6, 30)),
                new Risk("R3", "日志不全", Risk.Severity.MEDIUM, Risk.Status.OPEN, null),
                new Risk("R4", "已修复", Risk.Severity.CRITICAL, Risk.Status.RESOLVED, null));
        List<Finding> found = evaluate().findings().stream().filter(f -> f.code().equals("RA_HIGH_RISK_WITHOUT_RECTIFICATION_DATE")).toList();
        assertEquals(1, found.size());
        assertEquals("R1", found.get(0).arguments().get("risk"));
    }

    /** 2026 Data Measures art. 11 ¶2: 30% of last year-end's static total, inclusive. */
    @Nested
    class CoreDataCrossEntityThreshold {

        Measurement ratio(Outcome o) {
            return o.measurements().get(0);
        }

        @Test
        void shouldRequireTheApplicationAtExactlyThirtyPercent() {
            coreData = new CoreDataVolumes(1_000_000L, 300_000L);
            Outcome o = evaluate();
            assertEquals(0, new BigDecimal("0.3000").compareTo(ratio(o).value()));
            assertTrue(ratio(o).thresholdReached());
            assertTrue(codes(o).contains("RA_CORE_DATA_CROSS_ENTITY_APPLICATION_REQUIRED"));
        }

        @Test
        void shouldNotRequireItJustBelow() {
            coreData = new CoreDataVolumes(1_000_000L, 299_999L);
            Outcome o = evaluate();
            assertFalse(ratio(o).thresholdReached(), "29.9999% rounds to 30.00% but does not reach it");
            assertFalse(codes(o).contains("RA_CORE_DATA_CROSS_ENTITY_APPLICATION_REQUIRED"));
        }

        @Test
        void shouldRequireItAbove() {
            coreData = new CoreDataVolumes(1_000_000L, 300_001L);
            assertTrue(codes(evaluate()).contains("RA_CORE_DATA_CROSS_ENTITY_APPLICATION_REQUIRED"));
        }

        @Test
        void shouldBeSatisfiedByTheApplicationItself() {
            coreData = new CoreDataVolumes(1_000_000L, 450_000L);
            type = AssessmentType.CORE_DATA_CROSS_ENTITY;
            Outcome o = evaluate();
            assertFalse(codes(o).contains("RA_CORE_DATA_CROSS_ENTITY_APPLICATION_REQUIRED"));
            assertEquals(0, new BigDecimal("0.45").compareTo(ratio(o).value()));
            coreData = new CoreDataVolumes(1_000_000L, 100_000L);
            assertTrue(codes(evaluate()).contains("RA_CORE_DATA_CROSS_ENTITY_BELOW_THRESHOLD"));
        }

        /** "…may reach 30% or more": the transfer still planned this year counts. */
        @Test
        void shouldCountThePlannedTransfer() {
            coreData = new CoreDataVolumes(1_000_000L, 200_000L, 100_000L, null);
            Outcome o = evaluate();
            assertEquals(0, new BigDecimal("0.3000").compareTo(ratio(o).value()));
            assertTrue(codes(o).contains("RA_CORE_DATA_CROSS_ENTITY_APPLICATION_REQUIRED"), "200,000 provided and 100,000 planned may reach 30%");
        }

        /**
         * "Activities involving the lawful performance of duties by state organs or internal flows
         * within state organs or enterprises and public institutions are excepted": they do not count.
         */
        @Test
        void shouldLeaveOutTheExceptedFlows() {
            coreData = new CoreDataVolumes(1_000_000L, 350_000L, 0L, 100_000L);
            Outcome o = evaluate();
            assertEquals(0, new BigDecimal("0.2500").compareTo(ratio(o).value()));
            assertFalse(codes(o).contains("RA_CORE_DATA_CROSS_ENTITY_APPLICATION_REQUIRED"));
            assertEquals(List.of(FieldError.of("/coreData/exceptedThisYear", "too_large")), RiskAssessmentChecks.check(
                    build(new CoreDataVolumes(1_000_000L, 350_000L, 10_000L, 360_001L))));
        }

        @Test
        void shouldMeasureNothingWithoutCoreDataVolumes() {
            assertTrue(evaluate().measurements().isEmpty());
        }
    }
}
