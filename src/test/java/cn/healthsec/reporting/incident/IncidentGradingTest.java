package cn.healthsec.reporting.incident;

import cn.healthsec.reporting.incident.api.Impact;
import cn.healthsec.reporting.incident.api.IncidentGrade;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The grading guide's thresholds (RULEBOOK §D.2), each at, just below and just above its value; inclusive. */
class IncidentGradingTest {

    static final List<GradeThreshold> THRESHOLDS = IncidentGrading.thresholds(new BigDecimal("20000000"), new BigDecimal("5000000"));

    static IncidentGrade grade(Impact impact) {
        return IncidentGrading.compute(impact, THRESHOLDS).grade();
    }

    /** Persons whose personal information was leaked: the count the guide's thresholds read. */
    static Impact pi(long subjects) {
        return new Impact(null, subjects, null, null, null, null, null, null);
    }

    static Impact loss(String yuan) {
        return new Impact(null, null, new BigDecimal(yuan), null, null, null, null, null);
    }

    @ParameterizedTest(name = "{0} persons → {1}")
    @CsvSource({
            "999999, GENERAL", "1000000, LARGE", "1000001, LARGE",
            "9999999, LARGE", "10000000, MAJOR", "10000001, MAJOR",
            "99999999, MAJOR", "100000000, EXTRAORDINARY", "100000001, EXTRAORDINARY"})
    void shouldGradePersonalInformationLeaks(long subjects, IncidentGrade expected) {
        assertEquals(expected, grade(pi(subjects)));
    }

    @ParameterizedTest(name = "{0} yuan → {1}")
    @CsvSource({
            "4999999.99, GENERAL", "5000000, LARGE", "5000000.01, LARGE",
            "19999999.99, LARGE", "20000000, MAJOR", "20000000.01, MAJOR",
            "99999999.99, MAJOR", "100000000, EXTRAORDINARY", "100000000.01, EXTRAORDINARY"})
    void shouldGradeDirectEconomicLoss(String yuan, IncidentGrade expected) {
        assertEquals(expected, grade(loss(yuan)));
    }

    @ParameterizedTest(name = "whole {0} h, main {1} h → {2}")
    @CsvSource({
            "5.99, , GENERAL", "6, , EXTRAORDINARY", "6.01, , EXTRAORDINARY",
            ", 23.99, GENERAL", ", 24, EXTRAORDINARY", ", 24.5, EXTRAORDINARY"})
    void shouldGradeCiiOutages(BigDecimal whole, BigDecimal main, IncidentGrade expected) {
        assertEquals(expected, grade(new Impact(null, null, null, whole, main, null, null, null)));
    }

    @ParameterizedTest(name = "{0} people → {1}")
    @CsvSource({"9999999, GENERAL", "10000000, EXTRAORDINARY", "10000001, EXTRAORDINARY"})
    void shouldGradePeopleAffected(long people, IncidentGrade expected) {
        assertEquals(expected, grade(new Impact(null, null, null, null, null, people, null, null)));
    }

    @Test
    void shouldTakeTheHighestGradeAnyMetricReaches() {
        assertEquals(IncidentGrade.MAJOR, grade(new Impact(null, 1_500_000L, new BigDecimal("25000000"), null, null, null, null, null)));
    }

    @Test
    void shouldMarkTheCommentaryThresholdsAsConfigurablePolicyAndUseTheConfiguredValues() {
        List<GradeThreshold> configured = IncidentGrading.thresholds(new BigDecimal("30000000"), new BigDecimal("8000000"));
        assertEquals(IncidentGrade.GENERAL, IncidentGrading.compute(loss("7999999"), configured).grade());
        assertEquals(IncidentGrade.LARGE, IncidentGrading.compute(loss("8000000"), configured).grade());
        for (GradeThreshold t : THRESHOLDS) {
            boolean money = t.metric() == GradeMetric.DIRECT_ECONOMIC_LOSS_YUAN && t.grade() != IncidentGrade.EXTRAORDINARY;
            assertEquals(money, t.basis().provenance().isPolicy(), t.id());
        }
    }

    @Test
    void shouldReportEveryThresholdMeasured() {
        IncidentGrading.Result r = IncidentGrading.compute(pi(1_000_000), THRESHOLDS);
        assertEquals(3, r.measurements().size(), "the three personal-information thresholds");
        assertTrue(r.measurements().stream().anyMatch(m -> m.thresholdReached() && m.threshold().compareTo(new BigDecimal("1000000")) == 0));
        assertFalse(r.measurements().stream().anyMatch(m -> m.thresholdReached() && m.threshold().compareTo(new BigDecimal("10000000")) == 0));
    }

    /**
     * Issue 10 §4: the guide counts persons whose personal information was leaked (泄露). Records a
     * ransomware attack encrypted are reported as affected and do not raise the grade.
     */
    @org.junit.jupiter.api.Test
    void shouldGradeByPersonsWhosePersonalInformationWasLeakedNotByRecordsEncrypted() {
        assertEquals(IncidentGrade.GENERAL, grade(new Impact(5_000_000L, 0L, null, null, null, null, null, null)));
        assertEquals(IncidentGrade.LARGE, grade(new Impact(5_000_000L, 1_000_000L, null, null, null, null, null, null)));
        assertEquals(IncidentGrade.GENERAL, grade(new Impact(5_000_000L, null, null, null, null, null, null, null)));
    }
}
