package cn.healthsec.reporting.dataexport;

import cn.healthsec.reporting.dataexport.api.AssessmentConclusion;
import cn.healthsec.reporting.dataexport.api.CrossBorderApplicationRequest;
import cn.healthsec.reporting.dataexport.api.Recipient;
import cn.healthsec.reporting.dataexport.api.Volume;
import cn.healthsec.reporting.rules.Deadline;
import cn.healthsec.reporting.rules.DeadlineState;
import cn.healthsec.reporting.rules.Finding;
import cn.healthsec.reporting.rules.LegalTime;
import cn.healthsec.reporting.rules.Outcome;
import cn.healthsec.reporting.rules.Severity;
import cn.healthsec.reporting.rules.Source;
import cn.healthsec.reporting.vocabulary.DataCategory;
import cn.healthsec.reporting.vocabulary.DataGrade;
import cn.healthsec.reporting.vocabulary.DataHolding;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every rule of {@link CrossBorderRules}, against 2026 Data Measures art. 22(4): "the healthcare
 * institution shall first conduct a self-assessment, obtain approval by the institution's leading
 * group for cybersecurity and informatization work or the leadership team, and report to the local
 * health administrative authority for review and approval, after which the provincial-level
 * cybersecurity authority shall apply to the national cybersecurity authority for a Data Export
 * Security Assessment … data collected and generated in academic cooperation activities that is
 * provided outside the territory of China and does not contain personal information, sensitive
 * data, or important data is exempt".
 */
class CrossBorderRulesTest {

    static final Instant RECEIVED = ZonedDateTime.of(2026, 2, 26, 11, 0, 0, 0, LegalTime.ZONE).toInstant();

    /** An application to export important data without personal information, in order, to vary one field at a time. */
    static final class Application {
        LocalDate assessedOn = LocalDate.of(2026, 2, 10);
        AssessmentConclusion conclusion = AssessmentConclusion.ACCEPTABLE_WITH_MEASURES;
        LocalDate approvedOn = LocalDate.of(2026, 2, 18);
        DataGrade grade = DataGrade.IMPORTANT;
        Boolean pi = false;
        Boolean sensitive = false;
        long subjects = 0;
        Boolean exemption = null;
        LocalDate plannedStart = LocalDate.of(2026, 6, 1);

        CrossBorderApplicationRequest build() {
            return new CrossBorderApplicationRequest(null,
                    new CrossBorderApplicationRequest.SelfAssessment(assessedOn, conclusion, List.of("接收方所在国保护水平差异")),
                    new CrossBorderApplicationRequest.LeadingGroupApproval(approvedOn, "会议纪要〔2026〕2号"),
                    List.of(new DataHolding("trial", DataCategory.MEDICAL_APPLICATION, grade, pi, sensitive)), new Volume(5000L, subjects, 0L),
                    new Recipient("某临床试验数据中心", null, "SG"), "多中心临床试验", plannedStart, List.of("传输加密"),
                    exemption == null ? null : new CrossBorderApplicationRequest.AcademicExemption(exemption, "国际合作研究"));
        }
    }

    static CrossBorderRules.Input input(Application a, boolean cii) {
        return new CrossBorderRules.Input(a.build(), RECEIVED, cii, ExportAssessment.Thresholds.DEFAULT);
    }

    static Outcome evaluate(Application a) {
        return CrossBorderRules.evaluate(input(a, false));
    }

    static List<String> codes(Outcome o) {
        return o.findings().stream().map(Finding::code).toList();
    }

    static Finding finding(Outcome o, String code) {
        return o.findings().stream().filter(f -> f.code().equals(code)).findFirst().orElseThrow(() -> new AssertionError(code + " in " + codes(o)));
    }

    @Test
    void shouldFindNothingInAnApplicationInOrderAndTakeTheAssessment() {
        assertEquals(List.of(), codes(evaluate(new Application())));
        assertTrue(input(new Application(), false).assessmentRequired(), "important data: art. 7");
    }

    /** "first conduct a self-assessment, obtain approval by the institution's leading group": in that order. */
    @Test
    void shouldRequireTheSelfAssessmentBeforeTheLeadingGroupsApproval() {
        Application a = new Application();
        a.approvedOn = LocalDate.of(2026, 2, 9);
        Finding f = finding(evaluate(a), "CROSS_BORDER_APPROVAL_BEFORE_SELF_ASSESSMENT");
        assertEquals(Severity.VIOLATION, f.severity());
        assertEquals("第二十二条第（四）项", f.basis().citation().article());
        a = new Application();
        a.conclusion = AssessmentConclusion.NOT_ACCEPTABLE;
        assertEquals(Severity.VIOLATION, finding(evaluate(a), "CROSS_BORDER_SELF_ASSESSED_NOT_ACCEPTABLE").severity());
    }

    /** "first … after which": the application reaches the local commission before the export's planned start (policy reading). */
    @Test
    void shouldBeDueBeforeThePlannedStart() {
        Application a = new Application();
        a.plannedStart = LocalDate.of(2026, 2, 25);
        Deadline d = evaluate(a).deadlines().get(0);
        assertEquals("CROSS_BORDER_APPLICATION", d.obligation());
        assertEquals(DeadlineState.LATE, d.stateAt(RECEIVED));
        assertTrue(d.basis().provenance().isPolicy());
    }

    /** "…does not contain personal information, sensitive data, or important data is exempt". */
    @Test
    void shouldGrantTheAcademicExemptionOnlyWithoutPersonalSensitiveOrImportantData() {
        Application a = new Application();
        a.exemption = true;
        assertEquals(Severity.VIOLATION, finding(evaluate(a), "CROSS_BORDER_ACADEMIC_EXEMPTION_NOT_AVAILABLE").severity(), "important data");
        a.grade = DataGrade.GENERAL;
        a.sensitive = true;
        assertTrue(codes(evaluate(a)).contains("CROSS_BORDER_ACADEMIC_EXEMPTION_NOT_AVAILABLE"), "sensitive data");
        a.sensitive = false;
        a.subjects = 10;
        assertTrue(codes(evaluate(a)).contains("CROSS_BORDER_ACADEMIC_EXEMPTION_NOT_AVAILABLE"), "personal information of 10 people");
        a.subjects = 0;
        Outcome exempt = evaluate(a);
        assertEquals(Severity.INFO, finding(exempt, "CROSS_BORDER_ACADEMIC_EXEMPTION_APPLIES").severity());
        assertFalse(input(a, false).assessmentRequired(), "an exempt export is not handed to the CAC");
    }

    /**
     * Art. 22(4) reaches the circumstances of the CAC Provisions art. 7 (thresholds: policy, the text
     * was not read here): general data below them takes no assessment — an INFO finding says so.
     */
    @Test
    void shouldSayWhenTheExportFallsOutsideArticle7() {
        Application a = new Application();
        a.grade = DataGrade.GENERAL;
        a.pi = true;
        a.subjects = 50_000;
        Finding f = finding(evaluate(a), "CROSS_BORDER_OUTSIDE_ARTICLE_7");
        assertEquals(Severity.INFO, f.severity());
        assertEquals(Source.CAC_CROSS_BORDER_PROVISIONS, f.basis().source());
        assertTrue(f.basis().provenance().isPolicy());
        assertFalse(input(a, false).assessmentRequired());
        assertTrue(input(a, true).assessmentRequired(), "a CII operator's personal information");
        a.subjects = 1_000_000;
        assertTrue(input(a, false).assessmentRequired(), "personal information of 1,000,000 people");
    }
}
