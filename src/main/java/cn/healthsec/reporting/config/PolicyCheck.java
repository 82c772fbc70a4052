package cn.healthsec.reporting.config;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import java.time.MonthDay;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/** A misconfigured policy stops the service at start, not a hospital's filing at run time. */
@ApplicationScoped
public class PolicyCheck {

    @Inject
    Policy policy;

    void onStart(@Observes StartupEvent event) {
        if (policy.catalogueReviewIntervalMonths() < 1 || policy.annualRiskAssessmentIntervalMonths() < 1
                || policy.riskAssessmentIntervalMonths() < 1 || policy.refilingWorkingDays() < 1
                || policy.hazardReportWorkingDays() < 1 || policy.externalProvisionReportWorkingDays() < 1
                || policy.personalInformationAuditIntervalMonths() < 1) {
            throw new IllegalStateException("healthsec.policy intervals must be at least one month, and one working day");
        }
        if (!policy.incident().ciiProtectionDepartment().matches("NHC|CAC|MPS|(HC|CAC|PSB)-([0-9]{6}|XPCC)")) {
            throw new IllegalStateException("healthsec.policy.incident.cii-protection-department must be an authority id");
        }
        if (!policy.catalogueToNhc().matches("NONE|CORE|IMPORTANT")) {
            throw new IllegalStateException("healthsec.policy.catalogue-to-nhc must be NONE, CORE or IMPORTANT");
        }
        if (!policy.incident().publicSecurityLevel().matches("PROVINCE|COUNTY")) {
            throw new IllegalStateException("healthsec.policy.incident.public-security-level must be PROVINCE or COUNTY");
        }
        if (!policy.incident().ciiPublicSecurityLevel().matches("PROVINCE|COUNTY")) {
            throw new IllegalStateException("healthsec.policy.incident.cii-public-security-level must be PROVINCE or COUNTY");
        }
        monthDay("healthsec.policy.self-inspection-default-due", policy.selfInspectionDefaultDue());
        policy.selfInspectionDue().forEach((province, date) -> monthDay("healthsec.policy.self-inspection-due." + province, date));
        if (policy.incident().healthReportHours() < 1 || policy.incident().importantDataSummaryDays() < 1
                || policy.incident().economicLossLargeYuan().compareTo(policy.incident().economicLossMajorYuan()) > 0) {
            throw new IllegalStateException("healthsec.policy.incident: hours must be positive and the 较大 loss at most the 重大 loss");
        }
        policy.annualRiskAssessmentDue().forEach((province, date) -> monthDay("healthsec.policy.annual-risk-assessment-due." + province, date));
    }

    private static void monthDay(String key, String date) {
        try {
            MonthDay.parse(date, DateTimeFormatter.ofPattern("MM-dd"));
        } catch (DateTimeParseException e) {
            throw new IllegalStateException(key + " must be MM-DD");
        }
    }
}
