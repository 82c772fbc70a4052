package cn.healthsec.reporting.hazard;

import cn.healthsec.reporting.hazard.api.HazardKind;
import cn.healthsec.reporting.hazard.api.HazardReportRequest;
import cn.healthsec.reporting.rules.Deadline;
import cn.healthsec.reporting.rules.DeadlineState;
import cn.healthsec.reporting.rules.Finding;
import cn.healthsec.reporting.rules.LegalTime;
import cn.healthsec.reporting.rules.Outcome;
import cn.healthsec.reporting.rules.Severity;
import cn.healthsec.reporting.rules.Source;
import cn.healthsec.reporting.support.Bundled;
import cn.healthsec.reporting.vocabulary.DataCategory;
import cn.healthsec.reporting.vocabulary.DataGrade;
import cn.healthsec.reporting.vocabulary.DataHolding;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every rule of {@link HazardRules}, against its citation (2026 Data Measures art. 24; 2022 Measures art. 25). */
class HazardRulesTest {

    /** Monday 2026-03-02: identified. Two working days later is Wednesday 2026-03-04. */
    static final LocalDate IDENTIFIED = LocalDate.of(2026, 3, 2);

    static Instant on(LocalDate day) {
        return ZonedDateTime.of(day.atTime(17, 0), LegalTime.ZONE).toInstant();
    }

    static HazardReportRequest hazard(boolean important, boolean core, boolean riskIncreased, List<DataHolding> data) {
        return new HazardReportRequest(null, HazardKind.VULNERABILITY, "中间件漏洞", IDENTIFIED,
                new HazardReportRequest.PossibleConsequence("可能导致影像数据泄露", important, core), riskIncreased, List.of(), data,
                List.of("关闭管理端口"));
    }

    static Outcome evaluate(HazardReportRequest r, LocalDate received) {
        return HazardRules.evaluate(new HazardRules.Input(r, on(received), Bundled.CALENDAR, 2));
    }

    /**
     * "Healthcare institutions shall promptly report to the local health administrative authority
     * risks and hazards that may cause important data or core data security incidents": "promptly"
     * is the policy's 2 working days, counted on the holiday calendar, and marked as policy.
     */
    @Test
    void shouldHoldAHazardToImportantDataToThePolicysWorkingDays() {
        Deadline d = evaluate(hazard(true, false, false, List.of()), LocalDate.of(2026, 3, 4)).deadlines().get(0);
        assertEquals("HAZARD_REPORT", d.obligation());
        assertEquals(LocalDate.of(2026, 3, 4), d.dueOn());
        assertEquals(DeadlineState.MET, d.stateAt(on(LocalDate.of(2026, 3, 4))));
        assertEquals("第二十四条第三款", d.basis().citation().article());
        assertTrue(d.basis().provenance().isPolicy());
        Deadline late = evaluate(hazard(false, true, false, List.of()), LocalDate.of(2026, 3, 5)).deadlines().get(0);
        assertEquals(DeadlineState.LATE, late.stateAt(on(LocalDate.of(2026, 3, 5))));
    }

    /** An important or core item among the data involved puts important data at stake, whatever `mayCause` says. */
    @Test
    void shouldReadImportantDataFromTheDataInvolvedToo() {
        HazardReportRequest r = hazard(false, false, false,
                List.of(new DataHolding("imaging", DataCategory.HEALTH_STATUS, DataGrade.CORE, true, true)));
        assertTrue(r.importantOrCoreData());
        assertEquals(Source.DATA_MEASURES_2026, evaluate(r, IDENTIFIED).deadlines().get(0).basis().source());
    }

    /** 2022 Measures art. 25: "发现网络存在漏洞隐患、网络安全风险明显增大时…按照要求向有关主管监管部门报告". */
    @Test
    void shouldCiteArticle25OfThe2022MeasuresForAMarkedlyIncreasedRisk() {
        Deadline d = evaluate(hazard(false, false, true, List.of()), IDENTIFIED).deadlines().get(0);
        assertEquals(Source.MEASURES_2022, d.basis().source());
        assertEquals("第二十五条", d.basis().citation().article());
    }

    /** Neither important nor core data, no markedly increased risk: no text requires the report; received as information. */
    @Test
    void shouldReceiveAHazardBeyondTheDutyAsInformation() {
        Outcome o = evaluate(hazard(false, false, false, List.of()), IDENTIFIED);
        assertEquals(List.of(), o.deadlines());
        Finding f = o.findings().get(0);
        assertEquals("HAZARD_REPORT_BEYOND_THE_DUTY", f.code());
        assertEquals(Severity.INFO, f.severity());
    }
}
