package cn.healthsec.reporting.incident;

import cn.healthsec.reporting.incident.api.Impact;
import cn.healthsec.reporting.incident.api.IncidentCategory;
import cn.healthsec.reporting.incident.api.IncidentGrade;
import cn.healthsec.reporting.rules.Deadline;
import cn.healthsec.reporting.rules.DeadlineState;
import cn.healthsec.reporting.rules.Finding;
import cn.healthsec.reporting.rules.Outcome;
import cn.healthsec.reporting.rules.Severity;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every rule of {@link IncidentRules} (RULEBOOK §D). */
class IncidentRulesTest {

    static final Instant NOW = Instant.parse("2026-03-10T02:00:00Z");

    IncidentStage stage = IncidentStage.INITIAL;
    IncidentCategory category = IncidentCategory.RANSOMWARE;
    IncidentGrade declared = IncidentGrade.LARGE;
    Impact impact = new Impact(1_200_000L, 1_200_000L, null, null, null, null, true, false);
    Boolean notified = true;
    boolean supplementsPending = false;
    Instant handlingEndedAt = null;
    Instant received = NOW;
    boolean importantOrCoreData = false;
    int summaryDays = 30;

    String otherCentralOrgan = null;

    Outcome evaluate() {
        IncidentGrading.Result computed = IncidentGrading.compute(impact, IncidentGradingTest.THRESHOLDS);
        return IncidentRules.evaluate(new IncidentRules.Facts(stage, category, declared, computed, impact.personalInformation(),
                notified, supplementsPending, received, handlingEndedAt, importantOrCoreData, summaryDays, otherCentralOrgan));
    }

    /**
     * CAC Incident Measures art. 4: a central organ's affiliate reports to "本部门（本行业）网络安全工作机构"
     * within 2 hours. An organ other than the NHC is not reached by this service: the receipt says the
     * report is the institution's own to make (INFO), for 较大 and above only.
     */
    @Test
    void shouldRemindAnAffiliateOfAnotherOrganThatItsDepartmentIsNotReached() {
        otherCentralOrgan = "国家中医药管理局";
        Finding f = evaluate().findings().stream().filter(x -> x.code().equals("INCIDENT_CENTRAL_ORGAN_NOT_REACHED")).findFirst().orElseThrow();
        assertEquals(Severity.INFO, f.severity());
        assertEquals("国家中医药管理局", f.arguments().get("department"));
        assertEquals("第四条", f.basis().citation().article());
        declared = IncidentGrade.GENERAL;
        impact = new Impact(10L, 10L, null, null, null, null, true, false);
        assertFalse(codes(evaluate()).contains("INCIDENT_CENTRAL_ORGAN_NOT_REACHED"), "below 较大");
        otherCentralOrgan = null;
        declared = IncidentGrade.LARGE;
        assertFalse(codes(evaluate()).contains("INCIDENT_CENTRAL_ORGAN_NOT_REACHED"));
    }

    static List<String> codes(Outcome o) {
        return o.findings().stream().map(Finding::code).toList();
    }

    @Test
    void shouldFindAnUnderGradedIncident() {
        declared = IncidentGrade.GENERAL;
        Finding f = evaluate().findings().stream().filter(x -> x.code().equals("INCIDENT_UNDER_GRADED")).findFirst().orElseThrow();
        assertEquals(Severity.VIOLATION, f.severity());
        assertEquals("LARGE", f.arguments().get("computed"));
        declared = IncidentGrade.LARGE;
        assertFalse(codes(evaluate()).contains("INCIDENT_UNDER_GRADED"));
        declared = IncidentGrade.MAJOR;
        assertFalse(codes(evaluate()).contains("INCIDENT_UNDER_GRADED"), "over-grading is the institution's caution, not a violation");
    }

    /**
     * CAC Incident Measures annex (grading guide): the 1,000,000 persons' leaked information of 较大 is
     * the guide's own threshold (a violation above); the 较大 money loss is known only from commentary
     * (healthsec.policy.incident.economic-loss-large-yuan): an incident graded 较大 by it alone makes
     * under-grading a warning citing that policy, not a violation of the text.
     */
    @Test
    void shouldOnlyWarnOfUnderGradingThatAPolicyThresholdAloneImplies() {
        declared = IncidentGrade.GENERAL;
        impact = new Impact(10L, 10L, new java.math.BigDecimal("6000000"), null, null, null, false, false);
        Finding f = evaluate().findings().stream().filter(x -> x.code().equals("INCIDENT_UNDER_GRADED")).findFirst().orElseThrow();
        assertEquals("LARGE", f.arguments().get("computed"));
        assertEquals(Severity.WARNING, f.severity());
        assertTrue(f.basis().provenance().isPolicy(), f.basis().cite());
    }

    @Test
    void shouldWarnWhenIndividualsWereNotNotified() {
        notified = false;
        // 2022 Measures art. 25: "及时以电话、短信、邮件或信函等多种方式告知相关主体" — one instrument, one basis.
        assertEquals("2022 Measures art. 25", evaluate().findings().stream().filter(f -> f.code().equals("INCIDENT_INDIVIDUALS_NOT_NOTIFIED"))
                .findFirst().orElseThrow().basis().cite());
        assertTrue(codes(evaluate()).contains("INCIDENT_INDIVIDUALS_NOT_NOTIFIED"));
        notified = null;
        assertTrue(codes(evaluate()).contains("INCIDENT_INDIVIDUALS_NOT_NOTIFIED"));
        notified = false;
        impact = new Impact(0L, 0L, new BigDecimal("1"), null, null, null, false, false);
        assertFalse(codes(evaluate()).contains("INCIDENT_INDIVIDUALS_NOT_NOTIFIED"), "no personal information involved");
    }

    @Test
    void shouldAcceptAPartialInitialReportAndExpectTheRest() {
        supplementsPending = true;
        Outcome o = evaluate();
        assertTrue(codes(o).contains("INCIDENT_SUPPLEMENT_EXPECTED"));
        assertTrue(o.findings().stream().filter(f -> f.code().equals("INCIDENT_SUPPLEMENT_EXPECTED")).allMatch(f -> f.severity() == Severity.INFO));
    }

    @Test
    void shouldSayWhenTheCacMeasuresDoNotApply() {
        impact = new Impact(1000L, 1000L, null, null, null, null, false, false);
        declared = IncidentGrade.GENERAL;
        assertTrue(codes(evaluate()).contains("INCIDENT_BELOW_CAC_THRESHOLD"));
        declared = IncidentGrade.LARGE;
        assertFalse(codes(evaluate()).contains("INCIDENT_BELOW_CAC_THRESHOLD"));
    }

    @Test
    void shouldExpectTheFinalReportWithinThirtyCalendarDays() {
        stage = IncidentStage.FINAL;
        handlingEndedAt = Instant.parse("2026-02-01T04:00:00Z");
        received = Instant.parse("2026-03-03T04:00:00Z");
        Deadline d = evaluate().deadlines().get(0);
        assertEquals(LocalDate.of(2026, 3, 3), d.dueOn(), "30 calendar days, weekends and holidays included");
        assertEquals(DeadlineState.MET, d.stateAt(received));
        received = Instant.parse("2026-03-04T04:00:00Z");
        assertEquals(DeadlineState.LATE, evaluate().deadlines().get(0).stateAt(received));
    }
    /**
     * CAC Incident Measures art. 4: "属于较大以上网络安全事件的，按以下程序报告" — the 30-day summary (art. 8)
     * is not asked of a 一般 incident; 2026 Data Measures art. 25 ¶3 asks one "promptly" of an
     * incident involving important or core data, in the policy's days.
     */
    @Test
    void shouldAskTheSummaryOfAGeneralIncidentOnlyWhenItInvolvesImportantData() {
        stage = IncidentStage.FINAL;
        declared = IncidentGrade.GENERAL;
        impact = new Impact(10L, 10L, null, null, null, null, false, false);
        handlingEndedAt = Instant.parse("2026-02-01T04:00:00Z");
        received = Instant.parse("2026-02-20T04:00:00Z");
        assertTrue(evaluate().deadlines().isEmpty(), "a 一般 incident without important or core data owes no final report");

        importantOrCoreData = true;
        summaryDays = 10;
        Deadline d = evaluate().deadlines().get(0);
        assertEquals("INCIDENT_FINAL_REPORT", d.obligation());
        assertEquals(LocalDate.of(2026, 2, 11), d.dueOn(), "the policy's 10 days after handling ended");
        assertEquals(DeadlineState.LATE, d.stateAt(received));
        assertEquals("2026 Data Measures art. 25 ¶3", d.basis().cite().substring(0, "2026 Data Measures art. 25 ¶3".length()));
        assertTrue(d.basis().provenance().isPolicy(), "\"promptly\" in days is policy");
    }
}
