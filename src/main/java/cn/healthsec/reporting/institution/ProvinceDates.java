package cn.healthsec.reporting.institution;

import cn.healthsec.reporting.config.Policy;
import cn.healthsec.reporting.reference.ReferenceData;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.MonthDay;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

/**
 * The days a province sets for its institutions' yearly reports (policy, keyed by the province's
 * code or XPCC: the province of the institution's supervisor, else of its division). The report
 * types' rules and the obligation ledger ask the same question here.
 */
@ApplicationScoped
public class ProvinceDates {

    private static final DateTimeFormatter MONTH_DAY = DateTimeFormatter.ofPattern("MM-dd");

    @Inject
    ReferenceData referenceData;

    @Inject
    Policy policy;

    /** The day (MM-DD of year Y+1) the annual risk-assessment report on year Y is due, where the province sets one. */
    public Optional<MonthDay> annualRiskAssessment(Institution institution) {
        return Optional.ofNullable(policy.annualRiskAssessmentDue().get(province(institution))).map(text -> MonthDay.parse(text, MONTH_DAY));
    }

    /** The day (MM-DD of year Y+1) the self-inspection report on year Y is due: the province's, else the policy's default. */
    public MonthDay selfInspection(Institution institution) {
        return MonthDay.parse(policy.selfInspectionDue().getOrDefault(province(institution), policy.selfInspectionDefaultDue()), MONTH_DAY);
    }

    private String province(Institution institution) {
        return referenceData.authorities().provinceKey(institution.supervisor(), institution.divisionCode());
    }
}
