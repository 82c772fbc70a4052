package cn.healthsec.reporting.dataexport;

import cn.healthsec.reporting.dataexport.api.AssessmentConclusion;
import cn.healthsec.reporting.dataexport.api.ExternalProvisionReportRequest;
import cn.healthsec.reporting.dataexport.api.ProvisionLegalBasis;
import cn.healthsec.reporting.dataexport.api.ProvisionMethod;
import cn.healthsec.reporting.dataexport.api.Recipient;
import cn.healthsec.reporting.dataexport.api.Volume;
import cn.healthsec.reporting.rules.Deadline;
import cn.healthsec.reporting.rules.DeadlineState;
import cn.healthsec.reporting.rules.Finding;
import cn.healthsec.reporting.rules.LegalTime;
import cn.healthsec.reporting.rules.Outcome;
import cn.healthsec.reporting.rules.Severity;
import cn.healthsec.reporting.support.Bundled;
import cn.healthsec.reporting.vocabulary.DataCategory;
import cn.healthsec.reporting.vocabulary.DataGrade;
import cn.healthsec.reporting.vocabulary.DataHolding;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every rule of {@link ExternalProvisionRules}, against its citation (2026 Data Measures arts. 10, 13, 15, 22). */
class ExternalProvisionRulesTest {

    /** Monday 2026-03-02: the provision starts. Ten working days later is Monday 2026-03-16. */
    static final LocalDate STARTS = LocalDate.of(2026, 3, 2);

    /** A compliant provision of important data to a domestic research institute, to vary one field at a time. */
    static final class Provision {
        String country = "CN";
        DataGrade grade = DataGrade.IMPORTANT;
        ProvisionLegalBasis basis = ProvisionLegalBasis.AGREEMENT;
        String agreement = "数据共享协议〔2026〕第12号";
        ExternalProvisionReportRequest.RiskAssessment assessment =
                new ExternalProvisionReportRequest.RiskAssessment(LocalDate.of(2026, 2, 20), AssessmentConclusion.ACCEPTABLE, null);
        ExternalProvisionReportRequest.InternalApproval approval =
                new ExternalProvisionReportRequest.InternalApproval("医院数据安全管理委员会", LocalDate.of(2026, 2, 25), null);
        String application = null;
        long subjects = 80_000;

        ExternalProvisionReportRequest build() {
            return new ExternalProvisionReportRequest(null, new Recipient("某医学研究院", null, country), "临床研究", basis,
                    List.of(new DataHolding("emr", DataCategory.MEDICAL_APPLICATION, grade, true, false)), new Volume(1000L, subjects, 0L),
                    ProvisionMethod.PRIVACY_COMPUTING, STARTS, null, agreement, List.of("去标识化"), assessment, approval, application);
        }
    }

    static Instant on(LocalDate day) {
        return ZonedDateTime.of(day.atTime(10, 0), LegalTime.ZONE).toInstant();
    }

    static Outcome evaluate(Provision p, LocalDate received, Set<String> approved) {
        return ExternalProvisionRules.evaluate(new ExternalProvisionRules.Input(p.build(), on(received), Bundled.CALENDAR, 10, false,
                ExportAssessment.Thresholds.DEFAULT, approved));
    }

    static Outcome evaluate(Provision p) {
        return evaluate(p, STARTS, Set.of());
    }

    static List<String> codes(Outcome o) {
        return o.findings().stream().map(Finding::code).toList();
    }

    static Finding finding(Outcome o, String code) {
        return o.findings().stream().filter(f -> f.code().equals(code)).findFirst().orElseThrow(() -> new AssertionError(code + " in " + codes(o)));
    }

    @Test
    void shouldFindNothingInACompliantProvision() {
        assertEquals(List.of(), codes(evaluate(new Provision())));
    }

    /**
     * "Healthcare institutions shall promptly report to the local health administrative authority on
     * the external provision of healthcare institution data": "promptly" is the policy's 10 working days.
     */
    @Test
    void shouldBeDueTheWorkingDaysThePolicySetsAfterTheStart() {
        Deadline d = evaluate(new Provision(), LocalDate.of(2026, 3, 17), Set.of()).deadlines().get(0);
        assertEquals(LocalDate.of(2026, 3, 16), d.dueOn());
        assertEquals(DeadlineState.LATE, d.stateAt(on(LocalDate.of(2026, 3, 17))));
        assertEquals("第十五条第三款", d.basis().citation().article());
        assertTrue(d.basis().provenance().isPolicy());
    }

    /**
     * "Before providing, entrusting the processing of, or jointly processing important data,
     * healthcare institutions shall conduct a risk assessment, except where such activities are
     * carried out in performance of a statutory duty or a statutory obligation."
     */
    @Test
    void shouldRequireARiskAssessmentBeforeProvidingImportantData() {
        Provision p = new Provision();
        p.assessment = null;
        Finding f = finding(evaluate(p), "EXTERNAL_PROVISION_WITHOUT_RISK_ASSESSMENT");
        assertEquals(Severity.VIOLATION, f.severity());
        assertEquals("第十条第一款", f.basis().citation().article());
        p.assessment = new ExternalProvisionReportRequest.RiskAssessment(LocalDate.of(2026, 3, 3), AssessmentConclusion.ACCEPTABLE, null);
        assertEquals(Severity.VIOLATION, finding(evaluate(p), "EXTERNAL_PROVISION_ASSESSED_AFTER_START").severity());
        p.assessment = new ExternalProvisionReportRequest.RiskAssessment(LocalDate.of(2026, 2, 1), AssessmentConclusion.NOT_ACCEPTABLE, null);
        assertEquals(Severity.VIOLATION, finding(evaluate(p), "EXTERNAL_PROVISION_RISK_NOT_ACCEPTABLE").severity());
        p.assessment = null;
        p.basis = ProvisionLegalBasis.STATUTORY_DUTY;
        p.agreement = null;
        assertEquals(List.of(), codes(evaluate(p)), "in performance of a statutory duty");
        p.basis = ProvisionLegalBasis.AGREEMENT;
        p.grade = DataGrade.GENERAL;
        assertEquals(List.of(), codes(evaluate(p)), "general data");
    }

    /** "…shall, through a contract or other means, agree with the recipient on the purpose, method, and scope of processing". */
    @Test
    void shouldRequireAnAgreementForImportantData() {
        Provision p = new Provision();
        p.agreement = " ";
        Finding f = finding(evaluate(p), "EXTERNAL_PROVISION_WITHOUT_AGREEMENT");
        assertEquals(Severity.VIOLATION, f.severity());
        assertEquals("第十条第二款", f.basis().citation().article());
    }

    /** "where external provision of healthcare institution data is involved, approval shall be applied for in accordance with the relevant requirements". */
    @Test
    void shouldWarnWhenTheInstitutionsApprovalIsNotStated() {
        Provision p = new Provision();
        p.approval = null;
        Finding f = finding(evaluate(p), "EXTERNAL_PROVISION_APPROVAL_NOT_STATED");
        assertEquals(Severity.WARNING, f.severity());
        assertEquals("第十三条第二款", f.basis().citation().article());
    }

    /**
     * Art. 22(4): a provision abroad within art. 7 of the CAC Provisions goes through the local
     * commission's review and approval first: an approved application's reference is its basis.
     */
    @Test
    void shouldRequireAnApprovedApplicationForImportantDataAbroad() {
        Provision p = new Provision();
        p.country = "SG";
        Finding f = finding(evaluate(p), "EXTERNAL_PROVISION_ABROAD_WITHOUT_APPROVED_APPLICATION");
        assertEquals(Severity.VIOLATION, f.severity());
        assertEquals("第二十二条第（四）项", f.basis().citation().article());
        p.application = "CBA-2026-00000001";
        assertTrue(codes(evaluate(p)).contains("EXTERNAL_PROVISION_ABROAD_WITHOUT_APPROVED_APPLICATION"), "not approved");
        assertFalse(codes(evaluate(p, STARTS, Set.of("CBA-2026-00000001"))).contains("EXTERNAL_PROVISION_ABROAD_WITHOUT_APPROVED_APPLICATION"));
        p.grade = DataGrade.GENERAL;
        p.application = null;
        assertFalse(codes(evaluate(p)).contains("EXTERNAL_PROVISION_ABROAD_WITHOUT_APPROVED_APPLICATION"),
                "general data of 80,000 people from a non-CII institution is below art. 7's thresholds (policy)");
    }
}
