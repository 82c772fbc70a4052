package cn.healthsec.reporting.catalogue;

import cn.healthsec.reporting.catalogue.api.CatalogueItem;
import cn.healthsec.reporting.catalogue.api.CatalogueReportRequest;
import cn.healthsec.reporting.catalogue.api.CatalogueReportType;
import cn.healthsec.reporting.vocabulary.Contact;
import cn.healthsec.reporting.catalogue.api.CrossBorder;
import cn.healthsec.reporting.vocabulary.CrossBorderLegalBasis;
import cn.healthsec.reporting.vocabulary.DataCategory;
import cn.healthsec.reporting.vocabulary.DataGrade;
import cn.healthsec.reporting.catalogue.api.GradeChangeReason;
import cn.healthsec.reporting.vocabulary.ProcessingMethod;
import cn.healthsec.reporting.catalogue.api.Reorganization;
import cn.healthsec.reporting.catalogue.api.ResponsibleParty;
import cn.healthsec.reporting.catalogue.api.Scale;
import cn.healthsec.reporting.catalogue.api.Storage;
import cn.healthsec.reporting.dataexport.ExportAssessment;
import cn.healthsec.reporting.mlps.LevelOnRecord;
import cn.healthsec.reporting.mlps.api.FilingType;
import cn.healthsec.reporting.rules.Deadline;
import cn.healthsec.reporting.rules.DeadlineState;
import cn.healthsec.reporting.rules.Finding;
import cn.healthsec.reporting.rules.Outcome;
import cn.healthsec.reporting.rules.Severity;
import cn.healthsec.reporting.rules.Source;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every rule of {@link CatalogueRules} against its citation (RULEBOOK §B). */
class CatalogueRulesTest {

    static final Instant RECEIVED = Instant.parse("2026-03-21T02:00:00Z");

    /** An important-data item hosted on a level 3 network, stored in China, not exported: compliant. */
    static final class Item {
        String id = "emr";
        DataGrade grade = DataGrade.IMPORTANT;
        DataGrade previousGrade = null;
        GradeChangeReason reason = null;
        long piSubjects = 1_000_000;
        boolean domestic = true;
        CrossBorder crossBorder = new CrossBorder(false, null, null, null);
        List<String> networks = List.of("his-core");
        String derivedFrom = null;
        String rationale = null;

        CatalogueItem build() {
            return new CatalogueItem(id, "电子病历数据", "诊疗", DataCategory.HEALTH_STATUS, grade, previousGrade, reason,
                    new Scale(1000L, piSubjects, null), "诊疗", List.of(ProcessingMethod.STORAGE),
                    new ResponsibleParty("信息中心", "负责人", new Contact("王主任", null, null)),
                    new Storage(domestic, "北京"), crossBorder, List.of(), networks, derivedFrom, rationale);
        }
    }

    final Map<String, Optional<LevelOnRecord>> networks = new HashMap<>(Map.of("his-core",
            Optional.of(new LevelOnRecord("his-core", FilingType.INITIAL, 3, LocalDate.of(2025, 1, 1), false))));

    Outcome evaluate(CatalogueReportType type, Reorganization reorganization, Optional<LocalDate> previousReview, Item... items) {
        CatalogueReportRequest r = new CatalogueReportRequest(type, null, LocalDate.of(2026, 3, 20), null, reorganization,
                java.util.Arrays.stream(items).map(Item::build).toList());
        return CatalogueRules.evaluate(new CatalogueRules.Input(r, RECEIVED, networks, previousReview, 12));
    }

    Outcome evaluate(Item... items) {
        return evaluate(CatalogueReportType.PERIODIC_REVIEW, null, Optional.empty(), items);
    }

    static List<String> codes(Outcome o) {
        return o.findings().stream().map(Finding::code).toList();
    }

    static Finding finding(Outcome o, String code) {
        return o.findings().stream().filter(f -> f.code().equals(code)).findFirst().orElseThrow(() -> new AssertionError(code + " in " + codes(o)));
    }

    @Test
    void shouldFindNothingInACompliantItem() {
        assertEquals(List.of(), codes(evaluate(new Item())));
    }

    /** 2026 Data Measures art. 11 ¶1, with the levels on record from the MLPS filings. */
    @Nested
    class HostingNetworkLevel {

        @Test
        void shouldRequireLevelThreeForImportantData() {
            networks.put("his-core", Optional.of(new LevelOnRecord("his-core", FilingType.INITIAL, 2, LocalDate.of(2025, 1, 1), false)));
            Finding f = finding(evaluate(new Item()), "CATALOGUE_IMPORTANT_DATA_NETWORK_BELOW_LEVEL");
            assertEquals(Severity.VIOLATION, f.severity());
            assertEquals(Map.of("item", "emr", "network", "his-core", "level", 2, "minimumLevel", 3), f.arguments());
        }

        @Test
        void shouldRequireLevelFourForCoreDataUnlessTheNetworkIsCii() {
            Item core = new Item();
            core.grade = DataGrade.CORE;
            assertEquals(Severity.VIOLATION, finding(evaluate(core), "CATALOGUE_CORE_DATA_NETWORK_BELOW_LEVEL").severity());
            networks.put("his-core", Optional.of(new LevelOnRecord("his-core", FilingType.INITIAL, 4, LocalDate.of(2025, 1, 1), false)));
            assertEquals(List.of(), codes(evaluate(core)));
            networks.put("his-core", Optional.of(new LevelOnRecord("his-core", FilingType.INITIAL, 3, LocalDate.of(2025, 1, 1), true)));
            assertEquals(List.of(), codes(evaluate(core)), "core data on a level 3 CII network is under CII protection");
        }

        @Test
        void shouldReportAnUnknownOrWithdrawnNetworkAsAFinding() {
            Item i = new Item();
            i.networks = List.of("unknown-net");
            assertEquals(Severity.WARNING, finding(evaluate(i), "CATALOGUE_NETWORK_NOT_ON_RECORD").severity());
            networks.put("his-core", Optional.of(new LevelOnRecord("his-core", FilingType.WITHDRAWAL, 3, LocalDate.of(2025, 1, 1), false)));
            assertEquals(Severity.VIOLATION, finding(evaluate(new Item()), "CATALOGUE_NETWORK_WITHDRAWN").severity());
        }

        @Test
        void shouldAskWhereImportantDataIsHostedButNotGeneralData() {
            Item i = new Item();
            i.networks = List.of();
            assertEquals(Severity.WARNING, finding(evaluate(i), "CATALOGUE_HOSTING_NETWORK_MISSING").severity());
            i.grade = DataGrade.GENERAL;
            assertEquals(List.of(), codes(evaluate(i)));
        }
    }

    /** 2026 Data Measures art. 22(2). */
    @Test
    void shouldRequireImportantDataToBeStoredInChina() {
        Item i = new Item();
        i.domestic = false;
        assertEquals(Severity.VIOLATION, finding(evaluate(i), "CATALOGUE_IMPORTANT_DATA_STORED_ABROAD").severity());
        i.grade = DataGrade.GENERAL;
        assertFalse(codes(evaluate(i)).contains("CATALOGUE_IMPORTANT_DATA_STORED_ABROAD"));
    }

    /** 2026 Data Measures art. 22(4). */
    @Nested
    class CrossBorderTransfer {

        static final String APPROVED = "CBA-2026-00000007";

        Outcome exporting(boolean cii, Set<String> approved, Item... items) {
            CatalogueReportRequest r = new CatalogueReportRequest(CatalogueReportType.PERIODIC_REVIEW, null, LocalDate.of(2026, 3, 20), null,
                    null, java.util.Arrays.stream(items).map(Item::build).toList());
            return CatalogueRules.evaluate(new CatalogueRules.Input(r, RECEIVED, networks, Optional.empty(), 12, cii,
                    ExportAssessment.Thresholds.DEFAULT, approved));
        }

        /**
         * "…shall first conduct a self-assessment, obtain approval by the institution's leading group …
         * and report to the local health administrative authority for review and approval, after which
         * the provincial-level cybersecurity authority shall apply … for a Data Export Security
         * Assessment": important data leaves with both the approved application and the assessment.
         */
        @Test
        void shouldRequireAnApprovedApplicationAndASecurityAssessmentToExportImportantData() {
            Item i = new Item();
            i.crossBorder = new CrossBorder(true, List.of("新加坡"), CrossBorderLegalBasis.STANDARD_CONTRACT, null);
            assertEquals(Severity.VIOLATION, finding(evaluate(i), "CATALOGUE_IMPORTANT_DATA_EXPORT_WITHOUT_ASSESSMENT").severity());
            i.crossBorder = new CrossBorder(true, List.of("新加坡"), CrossBorderLegalBasis.SECURITY_ASSESSMENT, "");
            assertTrue(codes(evaluate(i)).contains("CATALOGUE_IMPORTANT_DATA_EXPORT_WITHOUT_ASSESSMENT"));
            i.crossBorder = new CrossBorder(true, List.of("新加坡"), CrossBorderLegalBasis.SECURITY_ASSESSMENT, "CAC-DEA-2026-001");
            Finding missing = finding(evaluate(i), "CATALOGUE_CROSS_BORDER_WITHOUT_APPROVED_APPLICATION");
            assertEquals(Severity.VIOLATION, missing.severity(), "an assessment without the local commission's approval");
            assertEquals("第二十二条第（四）项", missing.basis().citation().article());
            i.crossBorder = new CrossBorder(true, List.of("新加坡"), CrossBorderLegalBasis.SECURITY_ASSESSMENT, "CAC-DEA-2026-001",
                    "CBA-2026-00000099", null);
            assertTrue(codes(exporting(false, Set.of(APPROVED), i)).contains("CATALOGUE_CROSS_BORDER_WITHOUT_APPROVED_APPLICATION"),
                    "an application that is not one of the approved");
            i.crossBorder = new CrossBorder(true, List.of("新加坡"), CrossBorderLegalBasis.SECURITY_ASSESSMENT, "CAC-DEA-2026-001", APPROVED, null);
            assertEquals(List.of(), codes(exporting(false, Set.of(APPROVED), i)));
            assertEquals(List.of(), codes(exporting(false, Set.of(APPROVED + "/2"), i)), "its amended version was approved");
        }

        /**
         * Art. 22(4) takes the path "where [the data] falls within one of the circumstances provided in
         * Article 7" of the CAC Provisions: a CII operator's personal information, or personal information
         * of 1,000,000 people, or sensitive personal information of 10,000 (policy numbers) — not general
         * data of a few people.
         */
        @Test
        void shouldApplyArticle7ToGeneralDataWithPersonalInformation() {
            Item i = new Item();
            i.grade = DataGrade.GENERAL;
            i.piSubjects = 5_000;
            i.crossBorder = new CrossBorder(true, List.of("新加坡"), CrossBorderLegalBasis.STANDARD_CONTRACT, null);
            assertEquals(List.of(), codes(exporting(false, Set.of(), i)), "below every threshold, not a CII operator");
            assertEquals(Severity.VIOLATION, finding(exporting(true, Set.of(), i), "CATALOGUE_CROSS_BORDER_WITHOUT_APPROVED_APPLICATION").severity(),
                    "a CII operator's personal information");
            assertTrue(codes(exporting(true, Set.of(), i)).contains("CATALOGUE_EXPORT_WITHOUT_ASSESSMENT"));
            i.piSubjects = 1_000_000;
            assertTrue(codes(exporting(false, Set.of(), i)).contains("CATALOGUE_EXPORT_WITHOUT_ASSESSMENT"), "1,000,000 people");
            i.piSubjects = 10_000;
            i.crossBorder = new CrossBorder(true, List.of("新加坡"), CrossBorderLegalBasis.STANDARD_CONTRACT, null, null, true);
            Finding f = finding(exporting(false, Set.of(), i), "CATALOGUE_EXPORT_WITHOUT_ASSESSMENT");
            assertEquals(Source.CAC_CROSS_BORDER_PROVISIONS, f.basis().source(), "sensitive personal information of 10,000 people");
            assertTrue(f.basis().provenance().isPolicy(), "the thresholds are policy: the Provisions were not read here");
        }

        /** "…does not contain personal information, sensitive data, or important data is exempt": sensitive data too. */
        @Test
        void shouldRefuseTheAcademicExemptionForSensitiveData() {
            Item i = new Item();
            i.grade = DataGrade.GENERAL;
            i.piSubjects = 0;
            i.crossBorder = new CrossBorder(true, List.of("英国"), CrossBorderLegalBasis.ACADEMIC_EXEMPTION, null, null, true);
            assertEquals(Severity.VIOLATION, finding(evaluate(i), "CATALOGUE_ACADEMIC_EXEMPTION_NOT_AVAILABLE").severity());
        }

        @Test
        void shouldRefuseTheAcademicExemptionForPersonalInformationOrImportantData() {
            Item i = new Item();
            i.grade = DataGrade.GENERAL;
            i.crossBorder = new CrossBorder(true, List.of("英国"), CrossBorderLegalBasis.ACADEMIC_EXEMPTION, null);
            assertEquals(Severity.VIOLATION, finding(evaluate(i), "CATALOGUE_ACADEMIC_EXEMPTION_NOT_AVAILABLE").severity(),
                    "general data, but it has personal information");
            i.piSubjects = 0;
            assertEquals(List.of(), codes(evaluate(i)), "general data without personal information may use it");
            i.grade = DataGrade.IMPORTANT;
            assertTrue(codes(evaluate(i)).contains("CATALOGUE_ACADEMIC_EXEMPTION_NOT_AVAILABLE"));
        }

        @Test
        void shouldAskForTheBasisOfAnyTransfer() {
            Item i = new Item();
            i.grade = DataGrade.GENERAL;
            i.crossBorder = new CrossBorder(true, List.of("英国"), null, null);
            assertEquals(Severity.WARNING, finding(evaluate(i), "CATALOGUE_CROSS_BORDER_BASIS_MISSING").severity());
        }
    }

    /** 2026 Data Measures art. 8. */
    @Test
    void shouldAskDerivedDataForItsRegradingRationale() {
        Item derived = new Item();
        derived.id = "stats";
        derived.grade = DataGrade.GENERAL;
        derived.derivedFrom = "emr";
        assertEquals(Severity.WARNING, finding(evaluate(derived), "CATALOGUE_DERIVED_DATA_NOT_REGRADED").severity());
        derived.rationale = "聚合后不可识别个人";
        assertEquals(List.of(), codes(evaluate(derived)));
    }

    /** 2026 Data Measures art. 7. */
    @Test
    void shouldAskAGradeChangeForItsReason() {
        Item changed = new Item();
        changed.previousGrade = DataGrade.GENERAL;
        assertEquals(Severity.WARNING, finding(evaluate(changed), "CATALOGUE_GRADE_CHANGE_WITHOUT_REASON").severity());
        changed.reason = GradeChangeReason.SCALE_CURRENCY_SCENARIO_OR_METHOD_CHANGED;
        assertEquals(List.of(), codes(evaluate(changed)));
        Item same = new Item();
        same.previousGrade = DataGrade.IMPORTANT;
        assertEquals(List.of(), codes(evaluate(same)), "an unchanged grade needs no reason");
    }

    /** 2026 Data Measures art. 21: the data-disposal plan "in advance". */
    @Test
    void shouldExpectTheDisposalPlanBeforeTheReorganizationTakesEffect() {
        Reorganization later = new Reorganization(Reorganization.Kind.MERGER, LocalDate.of(2026, 4, 1), "迁移至合并后机构", null, null);
        Deadline d = evaluate(CatalogueReportType.REORGANIZATION, later, Optional.empty(), new Item()).deadlines().stream()
                .filter(x -> x.obligation().equals("DATA_DISPOSAL_PLAN_IN_ADVANCE")).findFirst().orElseThrow();
        assertEquals(DeadlineState.MET, d.stateAt(RECEIVED));
        Reorganization already = new Reorganization(Reorganization.Kind.MERGER, LocalDate.of(2026, 3, 21), "迁移", null, null);
        Deadline late = evaluate(CatalogueReportType.REORGANIZATION, already, Optional.empty(), new Item()).deadlines().stream()
                .filter(x -> x.obligation().equals("DATA_DISPOSAL_PLAN_IN_ADVANCE")).findFirst().orElseThrow();
        assertEquals(DeadlineState.LATE, late.stateAt(RECEIVED), "reported on the day it took effect: not in advance");
    }

    /**
     * 2018 Big Data Measures art. 34: "When a responsible entity is modified, it shall transfer the
     * healthcare big data under its management completely and safely to the institution that
     * continues to perform its functions or the health administrative department within its
     * jurisdiction" — the report says to whom and when; missing, a violation once the change has
     * taken effect, a warning before.
     */
    @Test
    void shouldAskToWhomAndWhenTheDataWasTransferredOnAReorganization() {
        Reorganization planned = new Reorganization(Reorganization.Kind.MERGER, LocalDate.of(2026, 4, 1), "迁移至合并后机构", null, null);
        Finding expected = evaluate(CatalogueReportType.REORGANIZATION, planned, Optional.empty(), new Item()).findings().stream()
                .filter(f -> f.code().equals("CATALOGUE_REORGANIZATION_DATA_TRANSFER_MISSING")).findFirst().orElseThrow();
        assertEquals(Severity.WARNING, expected.severity());
        assertEquals("第三十四条", expected.basis().citation().article());
        assertEquals("国卫规划发〔2018〕23号", expected.basis().citation().documentNumber());

        Reorganization done = new Reorganization(Reorganization.Kind.MERGER, LocalDate.of(2026, 3, 1), "迁移", "12110105MB00000006", null);
        assertEquals(Severity.VIOLATION, evaluate(CatalogueReportType.REORGANIZATION, done, Optional.empty(), new Item()).findings().stream()
                .filter(f -> f.code().equals("CATALOGUE_REORGANIZATION_DATA_TRANSFER_MISSING")).findFirst().orElseThrow().severity());

        Reorganization transferred = new Reorganization(Reorganization.Kind.MERGER, LocalDate.of(2026, 3, 1), "迁移", "12110105MB00000006",
                new Reorganization.DataTransfer(Reorganization.Recipient.SUCCESSOR, "合并后医院", "12110105MB00000006", LocalDate.of(2026, 3, 1)));
        assertFalse(codes(evaluate(CatalogueReportType.REORGANIZATION, transferred, Optional.empty(), new Item()))
                .contains("CATALOGUE_REORGANIZATION_DATA_TRANSFER_MISSING"));
    }

    /** 2022 Measures art. 20 as the service's configurable review cadence. */
    @Test
    void shouldScheduleTheNextReviewAndJudgeThisOneAgainstThePrevious() {
        Outcome o = evaluate(CatalogueReportType.PERIODIC_REVIEW, null, Optional.of(LocalDate.of(2025, 3, 1)), new Item());
        Deadline next = o.deadlines().stream().filter(d -> d.obligation().equals("NEXT_PERIODIC_CATALOGUE_REVIEW")).findFirst().orElseThrow();
        assertEquals(LocalDate.of(2027, 3, 20), next.dueOn());
        assertTrue(next.basis().provenance().isPolicy(), "the interval is policy, and the receipt says so");
        Deadline thisOne = o.deadlines().stream().filter(d -> d.obligation().equals("PERIODIC_CATALOGUE_REVIEW")).findFirst().orElseThrow();
        assertEquals(LocalDate.of(2026, 3, 1), thisOne.dueOn());
        assertEquals(DeadlineState.LATE, thisOne.stateAt(RECEIVED), "reviewed 2026-03-20, more than 12 months after 2025-03-01");
    }
}
