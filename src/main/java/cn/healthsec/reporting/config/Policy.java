package cn.healthsec.reporting.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.util.Map;

/**
 * Where the law sets no number, the service's policy does, and says so in every receipt
 * (RULEBOOK §0: UNCONFIRMED or COMMENTARY rules are configurable, never hard-coded law).
 */
@ConfigMapping(prefix = "healthsec.policy")
public interface Policy {

    /** Months between periodic catalogue reviews; 2022 Measures art. 20 asks for a yearly review of data assets. */
    @WithDefault("12")
    int catalogueReviewIntervalMonths();

    /**
     * Months between the risk-assessment reports every institution makes to its local commission
     * (2026 Data Measures art. 9(3): "regularly"; the text gives no interval).
     */
    @WithDefault("12")
    int riskAssessmentIntervalMonths();

    /**
     * Working days to re-grade and re-file a network after a catalogue report puts important or core
     * data on it below the level the data needs (2026 Data Measures art. 11 ¶1: "promptly"); default
     * the 10 working days art. 6(2) of the 2022 Measures gives a level decision's filing.
     */
    @WithDefault("10")
    int refilingWorkingDays();

    /**
     * Working days to file the corrected version (an amendment) of a submission its primary
     * recipient returned for correction (2022 Measures art. 24: "及时整改…发现的…问题"; no number).
     */
    @WithDefault("10")
    int correctionWorkingDays();

    /**
     * Working days after a hazard is identified that its report reaches the local commission (2026
     * Data Measures art. 24 ¶3 and 2022 Measures art. 25: "promptly" / "及时"; no number): policy.
     */
    @WithDefault("2")
    int hazardReportWorkingDays();

    /**
     * Working days after an external provision of the institution's data starts that its report
     * reaches the local commission (2026 Data Measures art. 15 ¶3: "promptly"; no number): policy.
     */
    @WithDefault("10")
    int externalProvisionReportWorkingDays();

    /**
     * Months between personal-information protection compliance audits (2026 Data Measures art. 26:
     * "regularly"; no number, and no duty to report the audit): policy, met by the audit a
     * self-inspection report records.
     */
    @WithDefault("24")
    int personalInformationAuditIntervalMonths();

    /**
     * The thresholds of the CAC Cross-Border Data Provisions art. 7, which 2026 Data Measures art.
     * 22(4) names as the circumstances of its review path: its text was not read here, so the numbers
     * are policy (UNCONFIRMED): personal information of this many people, not sensitive, or sensitive
     * personal information of this many, provided abroad since 1 January.
     */
    CrossBorder crossBorder();

    interface CrossBorder {

        /** "100万人以上个人信息（不含敏感个人信息）". */
        @WithDefault("1000000")
        long personalInformationSubjects();

        /** "1万人以上敏感个人信息". */
        @WithDefault("10000")
        long sensitivePersonalInformationSubjects();
    }

    /** Months after the previous annual risk-assessment report that the next is due, where no province sets a date. */
    @WithDefault("12")
    int annualRiskAssessmentIntervalMonths();

    /**
     * A province's own due date for the annual risk-assessment report on year Y, as MM-DD of
     * year Y+1, keyed by province code or XPCC (e.g. {@code healthsec.policy.annual-risk-assessment-due."440000"=03-31}).
     */
    Map<String, String> annualRiskAssessmentDue();

    /**
     * A province's due date for the self-inspection and rectification report on year Y, as MM-DD of
     * year Y+1, keyed like {@link #annualRiskAssessmentDue()} (2022 Measures art. 9: "按要求", no date).
     */
    Map<String, String> selfInspectionDue();

    /** The due date (MM-DD of year Y+1) of the self-inspection report on year Y where the province sets none. */
    @WithDefault("03-31")
    String selfInspectionDefaultDue();

    /**
     * The levels of health commission that may confirm items of an institution's data as important
     * data. 2026 Data Measures art. 6 ¶1: "Where health administrative authorities at each level
     * confirm data as important data" — every level by default; a deployment may narrow it (policy).
     */
    @WithDefault("NATIONAL,PROVINCIAL,PREFECTURE,COUNTY")
    java.util.Set<String> importantDataDeterminationLevels();

    /**
     * The levels that may confirm core data. Art. 6 ¶1 has the provincial commissions propose the
     * core-data catalogues to the NHC and speaks of "each level" for important data only: provincial
     * and national by default (policy).
     */
    @WithDefault("NATIONAL,PROVINCIAL")
    java.util.Set<String> coreDataDeterminationLevels();

    /**
     * Whether an institution's catalogue report is copied to its provincial commission when its
     * supervisor is below the province. 2026 art. 6 ¶1 has the province organise the grading and
     * propose the catalogues; the institution reports to its local authority (¶2): the copy is policy.
     */
    @WithDefault("true")
    boolean catalogueToProvince();

    /**
     * Which catalogue reports are copied to the NHC: {@code NONE}, {@code CORE} (with a core-data
     * item) or {@code IMPORTANT} (with an important- or core-data item). Art. 6 ¶1: the provinces
     * "put forward proposals for specific catalogues of important data and core data, and report them
     * to the National Health Commission" — the copy on their behalf is policy.
     */
    @WithDefault("IMPORTANT")
    String catalogueToNhc();

    /** Incident grading and clocks where the texts read here give no confirmed number. */
    Incident incident();

    interface Incident {

        /** Direct economic loss making an incident 重大 (RULEBOOK §D.2: COMMENTARY, not confirmed). */
        @WithDefault("20000000")
        java.math.BigDecimal economicLossMajorYuan();

        /** Direct economic loss making an incident 较大 (RULEBOOK §D.2: COMMENTARY, not confirmed). */
        @WithDefault("5000000")
        java.math.BigDecimal economicLossLargeYuan();

        /**
         * Hours within which the supervising health authority and the public security organ are told
         * of an incident (2022 Measures art. 27: "及时"; 2026 Data Measures art. 25 ¶3: "promptly" for
         * important or core data); the texts give no hour count. The NHC's copy of an important- or
         * core-data incident is delivered on the local commission's behalf (art. 25 ¶2:
         * "immediately reported to the National Health Commission") and runs no clock on the institution.
         */
        @WithDefault("4")
        int healthReportHours();

        /**
         * Days after handling ends within which an incident below 较大 that involves important or
         * core data sends its summary report (2026 Data Measures art. 25 ¶3: "a summary report shall
         * be promptly prepared after the security incident has been handled"); the text gives no
         * number. An incident of 较大 or above reports within the CAC Measures' 30 days (art. 8).
         */
        @WithDefault("30")
        int importantDataSummaryDays();

        /**
         * The CII protection department (保护工作部门) an incident at a CII operator goes to within
         * 1 hour (CAC Incident Measures art. 4). No text read here names the health sector's
         * (RULEBOOK §D.4: UNCONFIRMED); an authority id.
         */
        @WithDefault("NHC")
        String ciiProtectionDepartment();

        /**
         * The level of the public-security organ a CII operator's incident goes to within 1 hour:
         * {@code PROVINCE} or {@code COUNTY}. No text says which (RULEBOOK §D: UNCONFIRMED).
         */
        @WithDefault("PROVINCE")
        String ciiPublicSecurityLevel();

        /**
         * The level of the public-security organ every incident (2022 Measures art. 27: "及时向卫生健康
         * 行政部门、公安机关报告") and a suspected crime (CAC Incident Measures art. 4: "及时向公安机关报案")
         * go to: {@code COUNTY} (the institution's county) or {@code PROVINCE}. The texts name no level:
         * policy.
         */
        @WithDefault("COUNTY")
        String publicSecurityLevel();

        /**
         * Whether 重大-and-above incidents are copied to the NHC. CAC Incident Measures art. 4
         * escalates them through the protection department and the CAC, not to the NHC: policy.
         */
        @WithDefault("true")
        boolean majorIncidentsToNhc();
    }
}
