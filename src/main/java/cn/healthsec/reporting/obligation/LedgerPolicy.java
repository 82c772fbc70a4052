package cn.healthsec.reporting.obligation;

import java.time.MonthDay;
import java.util.Optional;

/**
 * The numbers the law does not give, as the service's policy sets them for one institution
 * (RULEBOOK §0: configurable, never presented as law; obligations derived from them say {@code policy}).
 *
 * @param catalogueReviewMonths        between periodic data reviews (2022 art. 20 "每年": default 12)
 * @param riskAssessmentMonths         between risk-assessment reports of any institution (2026 art. 9(3) "regularly")
 * @param annualRiskAssessmentMonths   between annual reports where the province sets no date
 * @param annualRiskAssessmentDue      the province's date (MM-DD of year Y+1) for the annual report on year Y
 * @param refilingWorkingDays          to re-grade and re-file a network after important data lands on it below level (2026 art. 11 ¶1 "promptly")
 * @param correctionWorkingDays        to file the corrected version of a submission returned for correction (2022 art. 24 "及时")
 * @param hazardReportWorkingDays      to report a hazard after it was identified (2026 art. 24 ¶3 "promptly")
 * @param externalProvisionReportWorkingDays to report an external provision after it started (2026 art. 15 ¶3 "promptly")
 * @param personalInformationAuditMonths between personal-information protection compliance audits (2026 art. 26 "regularly")
 * @param selfInspectionDue            the province's date (MM-DD of year Y+1) for the self-inspection report on year Y (2022 art. 9 "按要求")
 */
public record LedgerPolicy(int catalogueReviewMonths, int riskAssessmentMonths, int annualRiskAssessmentMonths,
                           Optional<MonthDay> annualRiskAssessmentDue, int refilingWorkingDays, MonthDay selfInspectionDue,
                           int correctionWorkingDays, int incidentSummaryDays, int hazardReportWorkingDays,
                           int externalProvisionReportWorkingDays, int personalInformationAuditMonths) {
}
