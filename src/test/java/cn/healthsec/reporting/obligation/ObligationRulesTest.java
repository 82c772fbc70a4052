package cn.healthsec.reporting.obligation;

import cn.healthsec.reporting.authority.AuthorityId;
import cn.healthsec.reporting.catalogue.CatalogueOnRecord;
import cn.healthsec.reporting.catalogue.api.CatalogueReportType;
import cn.healthsec.reporting.vocabulary.DataGrade;
import cn.healthsec.reporting.incident.IncidentOnRecord;
import cn.healthsec.reporting.incident.api.IncidentGrade;
import cn.healthsec.reporting.incident.IncidentStage;
import cn.healthsec.reporting.institution.Institution;
import cn.healthsec.reporting.mlps.FilingOnRecord;
import cn.healthsec.reporting.mlps.api.FilingType;
import cn.healthsec.reporting.riskassessment.RiskAssessmentOnRecord;
import cn.healthsec.reporting.riskassessment.api.AssessmentType;
import cn.healthsec.reporting.rules.DeadlineState;
import cn.healthsec.reporting.rules.LegalTime;
import cn.healthsec.reporting.rules.SubmissionType;
import cn.healthsec.reporting.selfinspection.SelfInspectionOnRecord;
import cn.healthsec.reporting.selfinspection.api.RectificationState;
import cn.healthsec.reporting.submission.CorrectionOwed;
import cn.healthsec.reporting.submission.EventOnRecord;
import cn.healthsec.reporting.support.Bundled;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.MonthDay;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The ledger's rules as plain Java, each against the source it cites: the working-day calendar
 * (holidays, make-up workdays, an unpublished year), each assessment cadence of 2022 Measures art.
 * 6(4), and the policy-timed duties. Dates are computed by hand in the comments.
 */
class ObligationRulesTest {

    static final String USCC = "12340102MB0000000X";
    static final LedgerPolicy POLICY = new LedgerPolicy(12, 12, 12, Optional.empty(), 10, MonthDay.of(3, 31), 10, 30, 2, 10, 24);

    static Institution registered(boolean important) {
        return new Institution(USCC, "测试医院", "340102", AuthorityId.healthCommission("340102"), false, false, important, false);
    }

    static Instant at(int y, int m, int d) {
        return LocalDateTime.of(y, m, d, 10, 0).atZone(LegalTime.ZONE).toInstant();
    }

    static FilingOnRecord filing(String network, FilingType type, int level, Integer previous, LocalDate decided, Instant received,
                                 LocalDate psbFiled, LocalDate assessed, long pi, LocalDate goLive) {
        return new FilingOnRecord(UUID.randomUUID(), network, type, level, previous, decided, received, psbFiled, assessed, pi, goLive, false);
    }

    static FilingOnRecord levelThree(LocalDate assessed, Instant received) {
        return filing("his", FilingType.INITIAL, 3, null, LocalDate.of(2026, 2, 13), received, LocalDate.of(2026, 2, 20), assessed, 250_000,
                LocalDate.of(2020, 1, 5));
    }

    record Builder(Institution institution, LocalDate registeredOn, LocalDate asOf, List<FilingOnRecord> filings,
                   List<CatalogueOnRecord> catalogues, List<RiskAssessmentOnRecord> riskAssessments, List<IncidentOnRecord> incidents,
                   List<SelfInspectionOnRecord> selfInspections, LedgerPolicy policy) {

        static Builder of() {
            return new Builder(registered(false), LocalDate.of(2025, 1, 10), LocalDate.of(2026, 11, 23), List.of(), List.of(), List.of(),
                    List.of(), List.of(), POLICY);
        }

        Builder filings(FilingOnRecord... f) {
            return new Builder(institution, registeredOn, asOf, List.of(f), catalogues, riskAssessments, incidents, selfInspections, policy);
        }

        Builder catalogues(CatalogueOnRecord... c) {
            return new Builder(institution, registeredOn, asOf, filings, List.of(c), riskAssessments, incidents, selfInspections, policy);
        }

        Builder riskAssessments(RiskAssessmentOnRecord... r) {
            return new Builder(institution, registeredOn, asOf, filings, catalogues, List.of(r), incidents, selfInspections, policy);
        }

        Builder incidents(IncidentOnRecord... i) {
            return new Builder(institution, registeredOn, asOf, filings, catalogues, riskAssessments, List.of(i), selfInspections, policy);
        }

        Builder selfInspections(SelfInspectionOnRecord... s) {
            return new Builder(institution, registeredOn, asOf, filings, catalogues, riskAssessments, incidents, List.of(s), policy);
        }

        Builder important() {
            return new Builder(registered(true), registeredOn, asOf, filings, catalogues, riskAssessments, incidents, selfInspections, policy);
        }

        Builder policy(LedgerPolicy p) {
            return new Builder(institution, registeredOn, asOf, filings, catalogues, riskAssessments, incidents, selfInspections, p);
        }

        List<Obligation> derive() {
            return ObligationRules.derive(new InstitutionRecord(institution, registeredOn, asOf, filings, catalogues, riskAssessments,
                    incidents, selfInspections, List.of(), List.of(), List.of(), Bundled.CALENDAR, policy));
        }
    }

    static List<Obligation> of(List<Obligation> all, ObligationKind kind) {
        return all.stream().filter(o -> o.kind() == kind).toList();
    }

    static Obligation only(List<Obligation> all, ObligationKind kind) {
        List<Obligation> found = of(all, kind);
        assertEquals(1, found.size(), kind + ": " + found);
        return found.get(0);
    }

    static final Instant NOW = at(2026, 11, 23);

    @Nested
    class TenWorkingDaysOfArticle6_2 {

        /** 2026-02-13 + 10 working days, across the Spring Festival and its make-up Saturday 02-14: 2026-03-05 (the Measures' worked example). */
        @Test
        void shouldCountAcrossTheSpringFestivalAndItsMakeUpWorkday() {
            FilingOnRecord f = levelThree(LocalDate.of(2025, 6, 30), at(2026, 3, 6));
            List<Obligation> all = Builder.of().filings(f).derive();
            Obligation psb = only(all, ObligationKind.PUBLIC_SECURITY_FILING);
            assertEquals(LocalDate.of(2026, 3, 5), psb.dueOn());
            assertFalse(psb.provisional());
            assertEquals(DeadlineState.MET, psb.stateAt(NOW), "filed with public security on 02-20");
            Obligation superior = only(all, ObligationKind.SUPERIOR_REPORT);
            assertEquals(LocalDate.of(2026, 3, 5), superior.dueOn());
            assertEquals(DeadlineState.LATE, superior.stateAt(NOW), "reported to the superior with the filing, received 03-06");
            assertEquals(f.submissionId(), superior.met().by());
        }

        /**
         * 2026-09-24 (Thu) + 10 working days: 09-25..27 Mid-Autumn, 09-28, 29, 30 (3), 10-01..07 National Day,
         * 10-08, 09 (5), Saturday 10-10 a make-up workday (6), 10-12..15 (10): due 2026-10-15.
         */
        @Test
        void shouldCountAcrossNationalDayAndItsMakeUpSaturday() {
            FilingOnRecord onTime = filing("pacs", FilingType.INITIAL, 2, null, LocalDate.of(2026, 9, 24), at(2026, 10, 16),
                    LocalDate.of(2026, 10, 15), null, 50_000, null);
            List<Obligation> all = Builder.of().filings(onTime).derive();
            Obligation psb = only(all, ObligationKind.PUBLIC_SECURITY_FILING);
            assertEquals(LocalDate.of(2026, 10, 15), psb.dueOn());
            assertEquals(DeadlineState.MET, psb.stateAt(NOW));
            assertEquals(DeadlineState.LATE, only(all, ObligationKind.SUPERIOR_REPORT).stateAt(NOW));
        }

        /** 2026-12-24 + 10 working days runs into 2027, which the calendar does not know yet: provisional, never a silent guess. */
        @Test
        void shouldMarkADueDateInAnUnpublishedYearProvisional() {
            FilingOnRecord f = filing("lis", FilingType.INITIAL, 3, null, LocalDate.of(2026, 12, 24), at(2026, 12, 25), null, null, 1_000,
                    null);
            Obligation psb = only(Builder.of().filings(f).derive(), ObligationKind.PUBLIC_SECURITY_FILING);
            assertTrue(psb.provisional());
            assertEquals(2027, psb.dueOn().getYear());
            assertEquals(DeadlineState.PENDING, psb.stateAt(at(2026, 12, 26)));
        }

        @Test
        void shouldOweNothingForALevelOneNetwork() {
            FilingOnRecord f = filing("oa", FilingType.INITIAL, 1, null, LocalDate.of(2026, 2, 13), at(2026, 3, 6), null, null, 10, null);
            List<Obligation> all = Builder.of().filings(f).derive();
            assertTrue(of(all, ObligationKind.PUBLIC_SECURITY_FILING).isEmpty());
            assertTrue(of(all, ObligationKind.SUPERIOR_REPORT).isEmpty());
            assertTrue(of(all, ObligationKind.LEVEL_ASSESSMENT).isEmpty());
        }

        @Test
        void shouldOweAFilingForEachDecisionAndOneForTheSameDecisionFiledTwice() {
            LocalDate decided = LocalDate.of(2026, 2, 13);
            FilingOnRecord first = filing("his", FilingType.INITIAL, 3, null, decided, at(2026, 2, 20), null, null, 1, null);
            FilingOnRecord again = filing("his", FilingType.INITIAL, 3, null, decided, at(2026, 3, 20), LocalDate.of(2026, 3, 2), null, 1, null);
            FilingOnRecord change = filing("his", FilingType.LEVEL_CHANGE, 2, 3, LocalDate.of(2026, 6, 1), at(2026, 6, 3), null, null, 1, null);
            List<Obligation> psb = of(Builder.of().filings(first, again, change).derive(), ObligationKind.PUBLIC_SECURITY_FILING);
            assertEquals(2, psb.size());
            assertEquals(LocalDate.of(2026, 3, 2), psb.get(0).met().on(), "the certificate reported by the second filing of the decision");
            assertEquals(again.submissionId(), psb.get(0).met().by());
            assertNull(psb.get(1).met());
            assertEquals(DeadlineState.OVERDUE, psb.get(1).stateAt(NOW), "the change was never filed with public security");
        }
    }

    @Nested
    class AssessmentCadenceOfArticle6_4 {

        @ParameterizedTest(name = "level {0}, {1} people: every {2} years")
        @CsvSource({"3, 10, 1", "4, 10, 1", "2, 100000, 3", "2, 99999, 5", "2, 250000, 3"})
        void shouldDueTheNextAssessmentByLevelAndVolume(int level, long pi, int years) {
            LocalDate assessed = LocalDate.of(2025, 6, 30);
            FilingOnRecord f = filing("his", FilingType.INITIAL, level, null, LocalDate.of(2026, 2, 13), at(2026, 2, 20),
                    LocalDate.of(2026, 2, 20), assessed, pi, null);
            Obligation next = only(Builder.of().filings(f).derive(), ObligationKind.LEVEL_ASSESSMENT);
            assertEquals(assessed.plusYears(years), next.dueOn());
            assertEquals(years == 1 ? DeadlineState.OVERDUE : DeadlineState.PENDING, next.stateAt(NOW));
            assertFalse(next.policy());
        }

        @Test
        void shouldSetNoCadenceForLevelFive() {
            FilingOnRecord f = filing("x", FilingType.INITIAL, 5, null, LocalDate.of(2026, 2, 13), at(2026, 2, 20), null,
                    LocalDate.of(2025, 6, 30), 1, null);
            assertTrue(of(Builder.of().filings(f).derive(), ObligationKind.LEVEL_ASSESSMENT).isEmpty());
        }

        @Test
        void shouldCountFromGoLiveElseTheLevelDecisionWhenNoAssessmentIsRecorded() {
            FilingOnRecord live = filing("a", FilingType.INITIAL, 3, null, LocalDate.of(2026, 2, 13), at(2026, 2, 20), null, null, 1,
                    LocalDate.of(2025, 8, 1));
            FilingOnRecord notLive = filing("b", FilingType.INITIAL, 3, null, LocalDate.of(2026, 2, 13), at(2026, 2, 20), null, null, 1, null);
            List<Obligation> all = of(Builder.of().filings(live, notLive).derive(), ObligationKind.LEVEL_ASSESSMENT);
            assertEquals(LocalDate.of(2026, 8, 1), all.get(0).dueOn());
            assertEquals(LocalDate.of(2027, 2, 13), all.get(1).dueOn());
        }

        /** 14 months after the last recorded assessment of an L3 network it is OVERDUE; the next recorded one meets it, late. */
        @Test
        void shouldMeetACycleByTheNextAssessmentRecorded() {
            LocalDate first = LocalDate.of(2025, 9, 23);
            FilingOnRecord before = levelThree(first, at(2026, 2, 20));
            List<Obligation> open = of(Builder.of().filings(before).derive(), ObligationKind.LEVEL_ASSESSMENT);
            assertEquals(DeadlineState.OVERDUE, open.get(0).stateAt(NOW));

            FilingOnRecord after = levelThree(LocalDate.of(2026, 11, 2), at(2026, 11, 20));
            List<Obligation> cycles = of(Builder.of().filings(before, after).derive(), ObligationKind.LEVEL_ASSESSMENT);
            assertEquals(2, cycles.size());
            assertEquals(DeadlineState.LATE, cycles.get(0).stateAt(NOW));
            assertEquals(LocalDate.of(2026, 11, 2), cycles.get(0).met().on());
            assertEquals(after.submissionId(), cycles.get(0).met().by());
            assertEquals(LocalDate.of(2027, 11, 2), cycles.get(1).dueOn());
            assertEquals(DeadlineState.PENDING, cycles.get(1).stateAt(NOW));
            assertEquals(open.get(0).id(), cycles.get(0).id(), "the same cycle keeps its id");
        }

        /** A closed cycle keeps the cadence of the level decided when it began; the open one follows the level now. */
        @Test
        void shouldCountEachCycleAtTheLevelOfItsTime() {
            FilingOnRecord levelTwo = filing("his", FilingType.INITIAL, 2, null, LocalDate.of(2019, 5, 1), at(2019, 5, 5),
                    LocalDate.of(2019, 5, 6), LocalDate.of(2020, 1, 10), 5_000, null);
            FilingOnRecord raised = filing("his", FilingType.LEVEL_CHANGE, 3, 2, LocalDate.of(2024, 5, 1), at(2024, 6, 5),
                    LocalDate.of(2024, 5, 6), LocalDate.of(2024, 6, 1), 5_000, null);
            List<Obligation> cycles = of(Builder.of().filings(levelTwo, raised).derive(), ObligationKind.LEVEL_ASSESSMENT);
            assertEquals(LocalDate.of(2025, 1, 10), cycles.get(0).dueOn(), "level 2, under 100,000 people: 5 years");
            assertEquals(DeadlineState.MET, cycles.get(0).stateAt(NOW));
            assertEquals(LocalDate.of(2025, 6, 1), cycles.get(1).dueOn(), "level 3 since 2024: yearly");
            assertEquals(DeadlineState.OVERDUE, cycles.get(1).stateAt(NOW));
        }

        @Test
        void shouldOweNoFurtherAssessmentOfAWithdrawnNetwork() {
            FilingOnRecord live = levelThree(LocalDate.of(2025, 6, 30), at(2026, 2, 20));
            FilingOnRecord withdrawn = filing("his", FilingType.WITHDRAWAL, 3, null, LocalDate.of(2026, 5, 1), at(2026, 5, 6),
                    LocalDate.of(2026, 5, 6), null, 250_000, null);
            List<Obligation> all = Builder.of().filings(live, withdrawn).derive();
            assertTrue(of(all, ObligationKind.LEVEL_ASSESSMENT).isEmpty());
            assertEquals(2, of(all, ObligationKind.PUBLIC_SECURITY_FILING).size(), "the withdrawal is filed too");
        }
    }

    @Nested
    class RefilingOfArticle11 {

        static CatalogueOnRecord catalogue(Instant received, DataGrade grade, String... networks) {
            return new CatalogueOnRecord(UUID.randomUUID(), CatalogueReportType.GRADE_CHANGE, LegalTime.dateOf(received), received,
                    List.of(new CatalogueOnRecord.Item("item-1", grade, List.of(networks))));
        }

        /** Important data reported on a level 2 network on 2026-03-20 (Fri): + 10 working days = 2026-04-03, met by a level 3 filing. */
        @Test
        void shouldOweARefilingUntilTheNetworkIsRaised() {
            FilingOnRecord levelTwo = filing("emr", FilingType.INITIAL, 2, null, LocalDate.of(2025, 5, 1), at(2025, 5, 5),
                    LocalDate.of(2025, 5, 6), null, 1, null);
            CatalogueOnRecord c = catalogue(at(2026, 3, 20), DataGrade.IMPORTANT, "emr");
            Obligation open = only(Builder.of().filings(levelTwo).catalogues(c).derive(), ObligationKind.MLPS_REFILING);
            assertEquals(LocalDate.of(2026, 4, 3), open.dueOn(), "04-04..06 Qingming are after the due day");
            assertEquals(DeadlineState.OVERDUE, open.stateAt(NOW));
            assertTrue(open.policy());

            FilingOnRecord raised = filing("emr", FilingType.LEVEL_CHANGE, 3, 2, LocalDate.of(2026, 3, 25), at(2026, 3, 30),
                    LocalDate.of(2026, 3, 31), null, 1, null);
            Obligation met = only(Builder.of().filings(levelTwo, raised).catalogues(c).derive(), ObligationKind.MLPS_REFILING);
            assertEquals(DeadlineState.MET, met.stateAt(NOW));
            assertEquals(raised.submissionId(), met.met().by());
            assertEquals(open.id(), met.id());
        }

        @Test
        void shouldNeedLevelFourForCoreDataAndNothingForGeneralData() {
            FilingOnRecord levelThree = levelThree(LocalDate.of(2025, 6, 30), at(2026, 2, 20));
            assertEquals(1, of(Builder.of().filings(levelThree).catalogues(catalogue(at(2026, 3, 20), DataGrade.CORE, "his")).derive(),
                    ObligationKind.MLPS_REFILING).size());
            assertTrue(of(Builder.of().filings(levelThree).catalogues(catalogue(at(2026, 3, 20), DataGrade.IMPORTANT, "his")).derive(),
                    ObligationKind.MLPS_REFILING).isEmpty());
            assertTrue(of(Builder.of().filings(levelThree).catalogues(catalogue(at(2026, 3, 20), DataGrade.GENERAL, "his")).derive(),
                    ObligationKind.MLPS_REFILING).isEmpty());
        }

        @Test
        void shouldBeMetByALaterReportThatMovesTheData() {
            FilingOnRecord levelTwo = filing("emr", FilingType.INITIAL, 2, null, LocalDate.of(2025, 5, 1), at(2025, 5, 5), null, null, 1, null);
            CatalogueOnRecord below = catalogue(at(2026, 3, 20), DataGrade.IMPORTANT, "emr");
            CatalogueOnRecord again = catalogue(at(2026, 3, 27), DataGrade.IMPORTANT, "emr");
            CatalogueOnRecord moved = catalogue(at(2026, 4, 20), DataGrade.IMPORTANT);
            List<Obligation> all = of(Builder.of().filings(levelTwo).catalogues(below, again, moved).derive(), ObligationKind.MLPS_REFILING);
            assertEquals(1, all.size(), "a repeated report does not open a second obligation while the first is open");
            assertEquals(moved.submissionId(), all.get(0).met().by());
            assertEquals(DeadlineState.LATE, all.get(0).stateAt(NOW));
        }
    }

    @Nested
    class PolicyTimedDuties {

        /** Registered 2025-01-10: review due 2026-01-10; the review of 2025-12-01 reported on 2026-01-20 meets it late; next due 2026-12-01. */
        @Test
        void shouldCycleTheCatalogueReviewFromRegistrationAndEachReview() {
            CatalogueOnRecord review = new CatalogueOnRecord(UUID.randomUUID(), CatalogueReportType.PERIODIC_REVIEW, LocalDate.of(2025, 12, 1),
                    at(2026, 1, 20), List.of());
            CatalogueOnRecord change = new CatalogueOnRecord(UUID.randomUUID(), CatalogueReportType.GRADE_CHANGE, LocalDate.of(2026, 5, 1),
                    at(2026, 5, 2), List.of());
            List<Obligation> all = of(Builder.of().catalogues(review, change).derive(), ObligationKind.CATALOGUE_REVIEW);
            assertEquals(2, all.size(), "a grade change is not the periodic review");
            assertEquals(LocalDate.of(2026, 1, 10), all.get(0).dueOn());
            assertEquals(DeadlineState.LATE, all.get(0).stateAt(NOW));
            assertEquals(LocalDate.of(2026, 12, 1), all.get(1).dueOn());
            assertEquals(DeadlineState.PENDING, all.get(1).stateAt(NOW));
            assertTrue(all.get(0).policy());
            assertTrue(all.get(0).basis().contains("(configurable policy: INFERENCE)"));
        }

        @Test
        void shouldFollowTheConfiguredIntervals() {
            LedgerPolicy sixMonths = new LedgerPolicy(6, 24, 12, Optional.empty(), 10, MonthDay.of(3, 31), 10, 30, 2, 10, 24);
            List<Obligation> all = Builder.of().policy(sixMonths).derive();
            assertEquals(LocalDate.of(2025, 7, 10), only(all, ObligationKind.CATALOGUE_REVIEW).dueOn());
            assertEquals(LocalDate.of(2027, 1, 10), only(all, ObligationKind.RISK_ASSESSMENT_REPORT).dueOn());
        }

        /**
         * 2026 art. 9(3): "regularly conduct security risk assessments of the institution's data ...
         * and submit risk assessment reports to the local health administrative authority". The
         * periodic report is the institution's annual one; an assessment before one provision
         * (art. 11 ¶1) or a core-data cross-entity application (art. 11 ¶2) does not meet it.
         */
        @Test
        void shouldMeetThePeriodicLocalReportOnlyWithAnAnnualReport() {
            RiskAssessmentOnRecord preProvision = new RiskAssessmentOnRecord(UUID.randomUUID(), AssessmentType.PRE_PROVISION, 2025,
                    LocalDate.of(2025, 11, 1), at(2025, 11, 3));
            RiskAssessmentOnRecord crossEntity = new RiskAssessmentOnRecord(UUID.randomUUID(), AssessmentType.CORE_DATA_CROSS_ENTITY, 2025,
                    LocalDate.of(2025, 11, 20), at(2025, 11, 21));
            List<Obligation> unmet = of(Builder.of().riskAssessments(preProvision, crossEntity).derive(), ObligationKind.RISK_ASSESSMENT_REPORT);
            assertEquals(1, unmet.size(), "registered 2025-01-10: one cycle, neither report counts");
            assertEquals(LocalDate.of(2026, 1, 10), unmet.get(0).dueOn());
            assertEquals(DeadlineState.OVERDUE, unmet.get(0).stateAt(NOW));

            RiskAssessmentOnRecord annual = new RiskAssessmentOnRecord(UUID.randomUUID(), AssessmentType.ANNUAL, 2025,
                    LocalDate.of(2025, 11, 1), at(2025, 11, 3));
            List<Obligation> all = of(Builder.of().riskAssessments(preProvision, annual).derive(), ObligationKind.RISK_ASSESSMENT_REPORT);
            assertEquals(DeadlineState.MET, all.get(0).stateAt(NOW), "registered 2025-01-10, the annual report received 2025-11-03");
            assertEquals(annual.submissionId(), all.get(0).met().by());
            assertEquals(LocalDate.of(2026, 11, 3), all.get(1).dueOn());
            assertEquals(DeadlineState.OVERDUE, all.get(1).stateAt(NOW));
        }

        /** A province's date 03-31: the report on 2025 due 2026-03-31, on 2026 due 2027-03-31 (derived in 2026). */
        @Test
        void shouldDueTheAnnualReportOfAnImportantDataInstitutionByItsProvincesDate() {
            LedgerPolicy province = new LedgerPolicy(12, 12, 12, Optional.of(MonthDay.of(3, 31)), 10, MonthDay.of(3, 31), 10, 30, 2, 10, 24);
            RiskAssessmentOnRecord on2025 = new RiskAssessmentOnRecord(UUID.randomUUID(), AssessmentType.ANNUAL, 2025,
                    LocalDate.of(2026, 2, 27), at(2026, 3, 15));
            List<Obligation> all = of(Builder.of().important().policy(province).riskAssessments(on2025).derive(),
                    ObligationKind.ANNUAL_RISK_ASSESSMENT_REPORT);
            assertEquals(List.of("2025", "2026"), all.stream().map(Obligation::subject).toList());
            assertEquals(LocalDate.of(2026, 3, 31), all.get(0).dueOn());
            assertEquals(DeadlineState.MET, all.get(0).stateAt(NOW));
            assertEquals(LocalDate.of(2027, 3, 31), all.get(1).dueOn());
            assertEquals(DeadlineState.PENDING, all.get(1).stateAt(NOW));
            assertTrue(of(Builder.of().policy(province).riskAssessments(on2025).derive(), ObligationKind.ANNUAL_RISK_ASSESSMENT_REPORT).isEmpty(),
                    "an institution without important data owes no annual report");
        }

        @Test
        void shouldDueTheAnnualReportByIntervalWhereTheProvinceSetsNoDate() {
            List<Obligation> all = of(Builder.of().important().derive(), ObligationKind.ANNUAL_RISK_ASSESSMENT_REPORT);
            assertEquals(LocalDate.of(2026, 1, 10), all.get(0).dueOn());
            assertEquals(DeadlineState.OVERDUE, all.get(0).stateAt(NOW));
        }
    }

    @Nested
    class SelfInspectionOfArticle9 {

        static SelfInspectionOnRecord report(int year, Instant received, SelfInspectionOnRecord.Item... items) {
            return new SelfInspectionOnRecord(UUID.randomUUID(), year, received, List.of(items));
        }

        /** Registered 2025-01-10, province date 03-31: the report on 2025 due 2026-03-31, on 2026 due 2027-03-31. */
        @Test
        void shouldOweAReportOnEveryYearByTheProvincesDate() {
            SelfInspectionOnRecord on2025 = report(2025, at(2026, 4, 2));
            List<Obligation> all = of(Builder.of().selfInspections(on2025).derive(), ObligationKind.SELF_INSPECTION_REPORT);
            assertEquals(List.of("2025", "2026"), all.stream().map(Obligation::subject).toList());
            assertEquals(LocalDate.of(2026, 3, 31), all.get(0).dueOn());
            assertEquals(DeadlineState.LATE, all.get(0).stateAt(NOW));
            assertEquals(on2025.submissionId(), all.get(0).met().by());
            assertEquals(LocalDate.of(2027, 3, 31), all.get(1).dueOn());
            assertEquals(DeadlineState.PENDING, all.get(1).stateAt(NOW));
            assertTrue(all.get(0).policy());

            LedgerPolicy june = new LedgerPolicy(12, 12, 12, Optional.empty(), 10, MonthDay.of(6, 30), 10, 30, 2, 10, 24);
            assertEquals(LocalDate.of(2026, 6, 30), of(Builder.of().policy(june).derive(), ObligationKind.SELF_INSPECTION_REPORT).get(0).dueOn());
        }

        /**
         * An item open past its target is OVERDUE; a later report stating it DONE meets it on its
         * completion day, late or not. 2022 Measures art. 9 ¶2(2) ("对发现的问题和隐患进行整改") sets no
         * date: the institution's own target date as the due date is policy, and the obligation says so.
         */
        @Test
        void shouldHoldEachRectificationItemToItsTargetDate() {
            SelfInspectionOnRecord first = report(2025, at(2026, 3, 1),
                    new SelfInspectionOnRecord.Item("fix-1", LocalDate.of(2026, 6, 30), RectificationState.OPEN, null),
                    new SelfInspectionOnRecord.Item("fix-2", LocalDate.of(2026, 12, 31), RectificationState.IN_PROGRESS, null));
            List<Obligation> open = of(Builder.of().selfInspections(first).derive(), ObligationKind.RECTIFICATION_ITEM);
            assertEquals(DeadlineState.OVERDUE, open.get(0).stateAt(NOW));
            assertEquals(DeadlineState.PENDING, open.get(1).stateAt(NOW));
            assertTrue(open.get(0).policy(), open.get(0).basis());
            assertTrue(open.get(0).basis().startsWith("2022 Measures art. 9 ¶2(2)"), open.get(0).basis());

            SelfInspectionOnRecord next = report(2026, at(2026, 11, 20),
                    new SelfInspectionOnRecord.Item("fix-1", LocalDate.of(2026, 6, 30), RectificationState.DONE, LocalDate.of(2026, 7, 15)));
            List<Obligation> later = of(Builder.of().selfInspections(first, next).derive(), ObligationKind.RECTIFICATION_ITEM);
            assertEquals(DeadlineState.LATE, later.get(0).stateAt(NOW));
            assertEquals(LocalDate.of(2026, 7, 15), later.get(0).met().on());
            assertEquals(next.submissionId(), later.get(0).met().by());
            assertEquals(open.get(0).id(), later.get(0).id());
            assertEquals(DeadlineState.PENDING, later.get(1).stateAt(NOW));
        }
    }

    @Nested
    class Incidents {

        static final Instant DISCOVERED = at(2026, 9, 30);

        /** An incident of 较大 (reported under the CAC Measures) without important or core data. */
        static IncidentOnRecord incident(Instant handlingEnded, boolean closed, Instant delivered) {
            return incident(IncidentGrade.LARGE, false, handlingEnded, closed, delivered);
        }

        static IncidentOnRecord incident(IncidentGrade grade, boolean importantOrCoreData, Instant handlingEnded, boolean closed,
                                         Instant delivered) {
            UUID initial = UUID.randomUUID();
            UUID last = UUID.randomUUID();
            List<IncidentOnRecord.Report> reports = closed
                    ? List.of(new IncidentOnRecord.Report(initial, IncidentStage.INITIAL, DISCOVERED.plusSeconds(3600)),
                    new IncidentOnRecord.Report(last, IncidentStage.FINAL, at(2026, 10, 30)))
                    : List.of(new IncidentOnRecord.Report(initial, IncidentStage.INITIAL, DISCOVERED.plusSeconds(3600)));
            return new IncidentOnRecord(UUID.randomUUID(), DISCOVERED, handlingEnded, closed ? at(2026, 10, 30) : null, grade,
                    importantOrCoreData, reports,
                    List.of(new IncidentOnRecord.RouteClock("HC-340102", DISCOVERED.plus(4, ChronoUnit.HOURS), initial, delivered,
                            "2022 Measures art. 27 (\"及时\"; hours: healthsec.policy.incident.health-report-hours) (configurable policy: INFERENCE)",
                            "MEASURES_2022|INFERENCE|art. 27 (\"及时\"; hours: healthsec.policy.incident.health-report-hours)")));
        }

        @Test
        void shouldOweTheFinalReportWithoutADateUntilHandlingEnds() {
            Obligation open = only(Builder.of().incidents(incident(null, false, DISCOVERED.plusSeconds(3600))).derive(),
                    ObligationKind.INCIDENT_FINAL_REPORT);
            assertNull(open.dueOn());
            assertEquals(DeadlineState.PENDING, open.stateAt(NOW));
        }

        /** Handling ended 2026-10-02: 30 calendar days, holidays included: 2026-11-01. */
        @Test
        void shouldDueTheFinalReportThirtyCalendarDaysAfterHandlingEnded() {
            Obligation due = only(Builder.of().incidents(incident(at(2026, 10, 2), false, DISCOVERED)).derive(),
                    ObligationKind.INCIDENT_FINAL_REPORT);
            assertEquals(LocalDate.of(2026, 11, 1), due.dueOn());
            assertEquals(DeadlineState.OVERDUE, due.stateAt(NOW));
            Obligation met = only(Builder.of().incidents(incident(at(2026, 10, 2), true, DISCOVERED)).derive(),
                    ObligationKind.INCIDENT_FINAL_REPORT);
            assertEquals(DeadlineState.MET, met.stateAt(NOW));
        }

        /**
         * CAC Incident Measures art. 4: "属于较大以上网络安全事件的，按以下程序报告" — the 30-day summary of
         * art. 8 is owed by incidents of 较大 and above; a 一般 incident without important or core
         * data owes no final report (it is still told to the health authority and the police).
         */
        @Test
        void shouldOweNoFinalReportForAGeneralIncidentWithoutImportantData() {
            List<Obligation> all = Builder.of().incidents(incident(IncidentGrade.GENERAL, false, at(2026, 10, 2), false, DISCOVERED)).derive();
            assertEquals(List.of(), of(all, ObligationKind.INCIDENT_FINAL_REPORT));
        }

        /**
         * 2026 Data Measures art. 25 ¶3: "security incidents involving important data and core data …
         * a summary report shall be promptly prepared after the security incident has been handled" —
         * a 一般 incident with such data owes it within the policy's days (30 here), cited as policy.
         */
        @Test
        void shouldOweTheSummaryOfAGeneralIncidentWithImportantDataInThePolicysDays() {
            Obligation due = only(Builder.of().incidents(incident(IncidentGrade.GENERAL, true, at(2026, 10, 2), false, DISCOVERED)).derive(),
                    ObligationKind.INCIDENT_FINAL_REPORT);
            assertEquals(LocalDate.of(2026, 11, 1), due.dueOn());
            assertTrue(due.policy(), "\"promptly\" in days is policy");
            assertTrue(due.basis().startsWith("2026 Data Measures art. 25 ¶3"), due.basis());
            LedgerPolicy tenDays = new LedgerPolicy(12, 12, 12, Optional.empty(), 10, MonthDay.of(3, 31), 10, 10, 2, 10, 24);
            assertEquals(LocalDate.of(2026, 10, 12), only(Builder.of().policy(tenDays)
                    .incidents(incident(IncidentGrade.GENERAL, true, at(2026, 10, 2), false, DISCOVERED)).derive(),
                    ObligationKind.INCIDENT_FINAL_REPORT).dueOn());
        }

        @Test
        void shouldKeepEachRouteClockMetOrLateByItsDelivery() {
            Obligation onTime = only(Builder.of().incidents(incident(null, false, DISCOVERED.plusSeconds(3600))).derive(),
                    ObligationKind.INCIDENT_ROUTE_CLOCK);
            assertEquals(DeadlineState.MET, onTime.stateAt(NOW));
            assertTrue(onTime.policy(), "the health clock's hours are policy");
            Obligation late = only(Builder.of().incidents(incident(null, false, DISCOVERED.plus(5, ChronoUnit.HOURS))).derive(),
                    ObligationKind.INCIDENT_ROUTE_CLOCK);
            assertEquals(DeadlineState.LATE, late.stateAt(NOW));
            Obligation exactly = only(Builder.of().incidents(incident(null, false, DISCOVERED.plus(4, ChronoUnit.HOURS))).derive(),
                    ObligationKind.INCIDENT_ROUTE_CLOCK);
            assertEquals(DeadlineState.MET, exactly.stateAt(NOW), "delivered at the due instant is in time");
        }
    }

    @Nested
    class States {

        static Obligation due(LocalDate dueOn, Instant dueAt) {
            return new Obligation("x", ObligationKind.CATALOGUE_REVIEW, null, dueOn, dueAt, false, null, "basis", false, "rule", null);
        }

        @Test
        void shouldTurnOverdueAtTheEndOfTheLegalDayInShanghai() {
            Obligation o = due(LocalDate.of(2026, 3, 5), null);
            Instant midnight = LocalDate.of(2026, 3, 6).atStartOfDay(LegalTime.ZONE).toInstant();
            assertEquals(DeadlineState.PENDING, o.stateAt(midnight.minusNanos(1000)));
            assertEquals(DeadlineState.OVERDUE, o.stateAt(midnight));
        }

        @Test
        void shouldTurnOverdueJustAfterTheDueInstant() {
            Instant dueAt = at(2026, 3, 5);
            Obligation o = due(null, dueAt);
            assertEquals(DeadlineState.PENDING, o.stateAt(dueAt));
            assertEquals(DeadlineState.OVERDUE, o.stateAt(dueAt.plus(1, ChronoUnit.MICROS)));
        }

        @Test
        void shouldGiveEveryObligationAUniqueStableId() {
            FilingOnRecord f = levelThree(LocalDate.of(2025, 6, 30), at(2026, 3, 6));
            Builder b = Builder.of().important().filings(f);
            List<Obligation> first = b.derive();
            List<Obligation> second = b.derive();
            assertEquals(first.stream().map(Obligation::id).toList(), second.stream().map(Obligation::id).toList());
            assertEquals(first.size(), new HashSet<>(first.stream().map(Obligation::id).toList()).size());
            first.forEach(o -> assertTrue(o.id().startsWith(USCC + ":" + o.kind() + ":"), o.id()));
        }

        @Test
        void shouldCiteASourceOnEveryRule() {
            ObligationRules.ALL.forEach(rule -> {
                assertTrue(rule.id().startsWith("OBL-"), rule.id());
                assertFalse(rule.basis().cite().isBlank());
                assertFalse(rule.summary().isBlank());
            });
        }
    }

    /**
     * A return for correction owes a corrected version in the policy's working days. No text sets
     * this time: 2022 Measures art. 24 ("应及时整改有关主管监管机构检查过程中发现的漏洞和隐患等问题") speaks
     * of what an inspection finds, not of a returned filing — the obligation cites service policy.
     */
    @Nested
    class CorrectionOfArticle24 {

        static List<Obligation> derive(CorrectionOwed... corrections) {
            Builder b = Builder.of();
            return of(ObligationRules.derive(new InstitutionRecord(b.institution(), b.registeredOn(), b.asOf(), List.of(), List.of(), List.of(),
                    List.of(), List.of(), List.of(corrections), List.of(), List.of(), Bundled.CALENDAR, POLICY)), ObligationKind.CORRECTION);
        }

        /** Returned Monday 2026-11-02; ten working days (no holiday in November): 3–6, 9–13, 16 → due 2026-11-16. */
        @Test
        void shouldOweTheCorrectedVersionWithinTenWorkingDaysOfTheReturn() {
            UUID returned = UUID.randomUUID();
            List<Obligation> open = derive(new CorrectionOwed(returned, "MLPS-2026-00000042", SubmissionType.MLPS_FILING,
                    at(2026, 11, 2), null, null));
            assertEquals(1, open.size());
            assertEquals("MLPS-2026-00000042", open.get(0).subject());
            assertEquals(LocalDate.of(2026, 11, 16), open.get(0).dueOn());
            assertEquals(DeadlineState.OVERDUE, open.get(0).stateAt(NOW));
            assertTrue(open.get(0).policy(), "no text sets the time: the number is policy");
            assertTrue(open.get(0).basis().startsWith("Service policy"), open.get(0).basis());

            UUID amendment = UUID.randomUUID();
            Obligation met = derive(new CorrectionOwed(returned, "MLPS-2026-00000042", SubmissionType.MLPS_FILING,
                    at(2026, 11, 2), amendment, at(2026, 11, 10))).get(0);
            assertEquals(DeadlineState.MET, met.stateAt(NOW));
            assertEquals(amendment, met.met().by());
            assertEquals(open.get(0).id(), met.id(), "the same obligation, met");
        }
    }

    /** Issue 29: the duties of the new channels, each counted from the fact its report states and met by that report. */
    @Nested
    class NewChannels {

        static List<Obligation> derive(EventOnRecord... events) {
            Builder b = Builder.of();
            return ObligationRules.derive(new InstitutionRecord(b.institution(), b.registeredOn(), b.asOf(), List.of(), List.of(), List.of(),
                    List.of(), List.of(), List.of(), List.of(), List.of(events), Bundled.CALENDAR, POLICY));
        }

        static EventOnRecord event(EventOnRecord.Kind kind, String subject, LocalDate on, Instant received) {
            return new EventOnRecord(kind, subject, on, UUID.randomUUID(), received);
        }

        /**
         * 2026 art. 24 ¶3, "promptly report … risks and hazards that may cause important data or core
         * data security incidents": identified Monday 2026-03-02, due 2 working days later (Wednesday
         * 03-04, policy); a markedly increased risk cites 2022 art. 25 instead.
         */
        @Test
        void shouldOweAHazardReportWithinThePolicysWorkingDays() {
            Obligation o = only(derive(event(EventOnRecord.Kind.HAZARD_IDENTIFIED, "HZ-2026-00000001", LocalDate.of(2026, 3, 2),
                    at(2026, 3, 5))), ObligationKind.HAZARD_REPORT);
            assertEquals(LocalDate.of(2026, 3, 4), o.dueOn());
            assertEquals(DeadlineState.LATE, o.stateAt(at(2026, 11, 23)));
            assertTrue(o.policy());
            assertTrue(o.basis().startsWith("2026 Data Measures art. 24 ¶3"), o.basis());
            Obligation risk = only(derive(event(EventOnRecord.Kind.NETWORK_RISK_INCREASED, "HZ-2026-00000002", LocalDate.of(2026, 3, 2),
                    at(2026, 3, 3))), ObligationKind.HAZARD_REPORT);
            assertEquals(DeadlineState.MET, risk.stateAt(at(2026, 11, 23)));
            assertTrue(risk.basis().startsWith("2022 Measures art. 25"), risk.basis());
        }

        /** 2026 art. 15 ¶3, "promptly report … on the external provision": 10 working days after the start (policy). */
        @Test
        void shouldOweTheExternalProvisionReportTenWorkingDaysAfterTheStart() {
            Obligation o = only(derive(event(EventOnRecord.Kind.EXTERNAL_PROVISION_STARTED, "EP-2026-00000001", LocalDate.of(2026, 3, 2),
                    at(2026, 3, 16))), ObligationKind.EXTERNAL_PROVISION_REPORT);
            assertEquals(LocalDate.of(2026, 3, 16), o.dueOn());
            assertEquals(DeadlineState.MET, o.stateAt(at(2026, 11, 23)));
            assertEquals("EP-2026-00000001", o.subject());
        }

        /**
         * 2026 art. 22(4), "first … report … for review and approval, after which": due by the planned
         * start; 2022 art. 6(1), "在规划和申报阶段": due by the planned go-live.
         */
        @Test
        void shouldOweApplicationsBeforeTheExportAndTheGoLive() {
            List<Obligation> all = derive(event(EventOnRecord.Kind.EXPORT_PLANNED, "CBA-2026-00000001", LocalDate.of(2026, 6, 1), at(2026, 6, 2)),
                    event(EventOnRecord.Kind.NETWORK_GO_LIVE_PLANNED, "internet-hospital", LocalDate.of(2026, 9, 30), at(2026, 3, 12)));
            Obligation export = only(all, ObligationKind.CROSS_BORDER_APPLICATION);
            assertEquals(LocalDate.of(2026, 6, 1), export.dueOn());
            assertEquals(DeadlineState.LATE, export.stateAt(at(2026, 11, 23)));
            Obligation level = only(all, ObligationKind.LEVEL_APPROVAL_REQUEST);
            assertEquals(DeadlineState.MET, level.stateAt(at(2026, 11, 23)));
            assertTrue(level.basis().startsWith("2022 Measures art. 6(1)"), level.basis());
        }

        /**
         * 2026 art. 26, "conduct personal information protection compliance audits regularly": every 24
         * months (policy) from registration (2025-01-10) and from each audit a self-inspection records.
         */
        @Test
        void shouldOweAPersonalInformationAuditEveryPolicyInterval() {
            Obligation first = only(derive(), ObligationKind.PERSONAL_INFORMATION_AUDIT);
            assertEquals(LocalDate.of(2027, 1, 10), first.dueOn());
            assertTrue(first.policy());
            assertTrue(first.basis().startsWith("2026 Data Measures art. 26"), first.basis());
            List<Obligation> audited = of(derive(event(EventOnRecord.Kind.PERSONAL_INFORMATION_AUDIT, "2026-05-20", LocalDate.of(2026, 5, 20),
                    at(2026, 6, 1))), ObligationKind.PERSONAL_INFORMATION_AUDIT);
            assertEquals(2, audited.size());
            assertEquals(DeadlineState.MET, audited.get(0).stateAt(at(2026, 11, 23)));
            assertEquals(LocalDate.of(2028, 5, 20), audited.get(1).dueOn());
        }
    }
}
