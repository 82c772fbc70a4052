package cn.healthsec.reporting.riskassessment;

import cn.healthsec.reporting.institution.Institution;
import cn.healthsec.reporting.riskassessment.api.AssessmentType;
import cn.healthsec.reporting.riskassessment.api.Assessor;
import cn.healthsec.reporting.riskassessment.api.CoreDataVolumes;
import cn.healthsec.reporting.riskassessment.api.Risk;
import cn.healthsec.reporting.riskassessment.api.RiskAssessmentReportRequest;
import cn.healthsec.reporting.rules.Basis;
import cn.healthsec.reporting.rules.Deadline;
import cn.healthsec.reporting.rules.Finding;
import cn.healthsec.reporting.rules.LegalTime;
import cn.healthsec.reporting.rules.Measurement;
import cn.healthsec.reporting.rules.Outcome;
import cn.healthsec.reporting.rules.Provenance;
import cn.healthsec.reporting.rules.RuleOn;
import cn.healthsec.reporting.rules.RuleSet;
import cn.healthsec.reporting.rules.Severity;
import cn.healthsec.reporting.rules.Source;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Every rule of data-security risk-assessment reports (RULEBOOK §C), in one place. */
public final class RiskAssessmentRules {

    /** The annual duty is law ("每年度"); no text sets a calendar date (RULEBOOK §H.12), so the date is policy. */
    static final Basis ANNUAL_DUE_DATE = Basis.of(Source.DATA_REGULATION, "art. 33 ¶1 (due date: service policy)", Provenance.INFERENCE);
    static final Basis ART_11_3 = Basis.of(Source.DATA_MEASURES_2026, "art. 11 ¶3(3)", Provenance.TRANSLATION);
    static final Basis ART_9_3 = Basis.of(Source.DATA_MEASURES_2026, "art. 9(3)", Provenance.TRANSLATION);
    static final Basis ART_11_2 = Basis.of(Source.DATA_MEASURES_2026, "art. 11 ¶2", Provenance.TRANSLATION);

    /** "may reach 30% or more of the static total volume ... at the end of the previous year". */
    public static final BigDecimal CORE_DATA_CROSS_ENTITY_THRESHOLD = new BigDecimal("0.30");

    /**
     * The report, when it arrived, the institution as registered, when its previous annual report
     * arrived, and the annual due-date policy: a province's own date (MM-DD of the following year)
     * or else an interval after the previous annual report.
     */
    public record Input(RiskAssessmentReportRequest report, Instant receivedAt, Institution institution,
                        Optional<Instant> previousAnnualReceivedAt, Optional<MonthDay> provinceDueDate, int intervalMonths) {
    }

    public static final RuleSet<Input> ALL = RuleSet.of(
            new AnnualReportDue(),
            new CoreDataAssessedByThirdParty(),
            new HighRiskHasRectificationDate(),
            new CoreDataCrossEntityThreshold());

    private RiskAssessmentRules() {
    }

    public static Outcome evaluate(Input input) {
        return ALL.evaluate(input);
    }

    /**
     * An institution processing important data owes an annual report (Regulation art. 33; 2026
     * art. 10). The due date is policy: a province's configured date, else 12 months (configurable)
     * after the previous annual report. The receipt says so.
     */
    public static final class AnnualReportDue extends RuleOn<Input> {
        AnnualReportDue() { super("RA-ANNUAL-REPORT-DUE", ANNUAL_DUE_DATE, "An important-data institution reports its risk assessment every year, by its province's date or 12 months after the previous report (policy)."); }

        public void apply(Input in, Outcome.Builder out) {
            RiskAssessmentReportRequest r = in.report();
            boolean owed = in.institution().processesImportantData() || in.institution().processesCoreData();
            // Only annual reports set the annual cadence; the other assessments are event-driven.
            if (!owed || r.assessmentType() != AssessmentType.ANNUAL) {
                return;
            }
            LocalDate received = LegalTime.dateOf(in.receivedAt());
            LocalDate due = in.provinceDueDate().map(md -> md.atYear(r.year() + 1))
                    .orElseGet(() -> in.previousAnnualReceivedAt()
                            .map(previous -> LegalTime.dateOf(previous).plusMonths(in.intervalMonths())).orElse(null));
            if (due != null) {
                out.deadline(new Deadline("ANNUAL_RISK_ASSESSMENT_REPORT", due, false, received, basis()));
            }
            LocalDate next = in.provinceDueDate().map(md -> md.atYear(r.year() + 2))
                    .orElse(received.plusMonths(in.intervalMonths()));
            out.deadline(new Deadline("NEXT_ANNUAL_RISK_ASSESSMENT_REPORT", next, false, null, basis()));
            boolean byProvince = in.provinceDueDate().isPresent();
            out.finding(Finding.of(byProvince ? "RA_ANNUAL_DUE_DATE_SET_BY_PROVINCE" : "RA_ANNUAL_DUE_DATE_SET_BY_INTERVAL",
                    Severity.INFO, basis(), Map.of("months", in.intervalMonths())));
        }
    }

    /** Core data: "give priority to engaging third-party assessment agencies to conduct risk assessments". */
    public static final class CoreDataAssessedByThirdParty extends RuleOn<Input> {
        CoreDataAssessedByThirdParty() { super("RA-CORE-DATA-THIRD-PARTY", ART_11_3, "Core data is assessed by a third-party agency in priority; a self-assessment is a warning."); }

        public void apply(Input in, Outcome.Builder out) {
            boolean coreData = in.institution().processesCoreData() || in.report().coreData() != null;
            if (coreData && in.report().assessor().type() == Assessor.Type.SELF) {
                out.finding(Finding.of("RA_CORE_DATA_SELF_ASSESSED", Severity.WARNING, basis()));
            }
        }
    }

    /** "promptly rectify risk issues and eliminate hazards": a high risk still open needs a rectification date. */
    public static final class HighRiskHasRectificationDate extends RuleOn<Input> {
        HighRiskHasRectificationDate() { super("RA-HIGH-RISK-RECTIFICATION-DATE", ART_9_3, "Every unresolved high or critical risk has a rectification due date."); }

        public void apply(Input in, Outcome.Builder out) {
            List<Risk> risks = in.report().risks() == null ? List.of() : in.report().risks();
            for (Risk risk : risks) {
                if (risk.severity().isHigh() && risk.status() != Risk.Status.RESOLVED && risk.rectificationDueOn() == null) {
                    out.finding(Finding.of("RA_HIGH_RISK_WITHOUT_RECTIFICATION_DATE", Severity.WARNING, basis(), Map.of("risk", risk.id())));
                }
            }
        }
    }

    /**
     * "Where the cumulative total from January 1 of the current year may reach 30% or more of the
     * static total volume of such core data at the end of the previous year, a risk assessment
     * organized by the relevant department shall be applied for through the National Health
     * Commission. Activities involving the lawful performance of duties by state organs or internal
     * flows within state organs or enterprises and public institutions are excepted." "May reach":
     * what is provided and what is still planned this year count; the excepted activities do not
     * ({@link CoreDataVolumes#counted()}). Threshold inclusive; the ratio is always reported.
     */
    public static final class CoreDataCrossEntityThreshold extends RuleOn<Input> {
        CoreDataCrossEntityThreshold() { super("RA-CORE-DATA-CROSS-ENTITY-30PCT", ART_11_2, "Core data provided (and still planned) across legal entities that may reach 30% of last year-end's static total, the state-organ and internal flows excepted, requires the CORE_DATA_CROSS_ENTITY application through the NHC."); }

        public static BigDecimal ratio(CoreDataVolumes v) {
            return BigDecimal.valueOf(v.counted())
                    .divide(BigDecimal.valueOf(v.previousYearEndStaticTotal()), 4, RoundingMode.HALF_UP);
        }

        /** Compared unrounded: 29.999% does not reach the threshold even though it rounds to 30.00%. */
        public static boolean reached(CoreDataVolumes v) {
            return BigDecimal.valueOf(v.counted())
                    .compareTo(CORE_DATA_CROSS_ENTITY_THRESHOLD.multiply(BigDecimal.valueOf(v.previousYearEndStaticTotal()))) >= 0;
        }

        public void apply(Input in, Outcome.Builder out) {
            CoreDataVolumes v = in.report().coreData();
            if (v == null) {
                return;
            }
            boolean reached = reached(v);
            out.measurement(new Measurement("CORE_DATA_CROSS_ENTITY_RATIO", ratio(v), CORE_DATA_CROSS_ENTITY_THRESHOLD, reached, basis()));
            if (reached && in.report().assessmentType() != AssessmentType.CORE_DATA_CROSS_ENTITY) {
                out.finding(Finding.of("RA_CORE_DATA_CROSS_ENTITY_APPLICATION_REQUIRED", Severity.VIOLATION, basis()));
            } else if (!reached && in.report().assessmentType() == AssessmentType.CORE_DATA_CROSS_ENTITY) {
                out.finding(Finding.of("RA_CORE_DATA_CROSS_ENTITY_BELOW_THRESHOLD", Severity.INFO, basis()));
            }
        }
    }
}
