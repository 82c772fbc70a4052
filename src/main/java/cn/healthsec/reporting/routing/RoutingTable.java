package cn.healthsec.reporting.routing;

import cn.healthsec.reporting.authority.AuthorityId;
import cn.healthsec.reporting.authority.AuthorityKind;
import cn.healthsec.reporting.authority.AuthorityLevel;
import cn.healthsec.reporting.rules.Basis;
import cn.healthsec.reporting.rules.Provenance;
import cn.healthsec.reporting.rules.Source;
import cn.healthsec.reporting.rules.SubmissionType;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Who receives what: every routing rule of the service, for every report type, in one table.
 * A submission goes once to each recipient; where two rules name the same recipient the first
 * rule's reason stands and the strictest clock applies.
 */
public final class RoutingTable {

    /**
     * The reason of the one route that makes its recipient the primary one: the institution's
     * supervising health commission, which may decide on the submission. Every other route is a copy.
     */
    public static final String PRIMARY_REASON = "SUPERVISING_HEALTH_AUTHORITY";

    /** "并将备案情况报上级卫生健康行政部门" / "同步上报上级卫生健康行政部门". */
    public static final RouteRule MLPS_TO_SUPERVISOR = new RouteRule(
            "ROUTE-MLPS-SUPERVISOR",
            "An MLPS filing (initial, change or withdrawal) is reported to the institution's superior health administrative department.",
            Set.of(SubmissionType.MLPS_FILING),
            facts -> true,
            facts -> facts.institution().supervisor(),
            "SUPERVISING_HEALTH_AUTHORITY",
            Basis.of(Source.MEASURES_2022, "art. 6(2)", Provenance.OFFICIAL_TEXT));

    /** "并按要求将安全自查整改情况报上级卫生健康行政部门". */
    public static final RouteRule SELF_INSPECTION_TO_SUPERVISOR = new RouteRule(
            "ROUTE-SELF-INSPECTION-SUPERVISOR",
            "The annual security self-inspection and rectification report goes to the institution's superior health administrative department.",
            Set.of(SubmissionType.SELF_INSPECTION_REPORT),
            facts -> true,
            facts -> facts.institution().supervisor(),
            "SUPERVISING_HEALTH_AUTHORITY",
            Basis.of(Source.MEASURES_2022, "art. 9 ¶1", Provenance.OFFICIAL_TEXT));

    /** "report to the local health administrative authority". */
    public static final RouteRule CATALOGUE_TO_SUPERVISOR = new RouteRule(
            "ROUTE-CATALOGUE-SUPERVISOR",
            "An important-data catalogue report goes to the institution's local (supervising) health authority.",
            Set.of(SubmissionType.DATA_CATALOGUE_REPORT),
            facts -> true,
            facts -> facts.institution().supervisor(),
            "SUPERVISING_HEALTH_AUTHORITY",
            Basis.of(Source.DATA_MEASURES_2026, "art. 6 ¶2", Provenance.TRANSLATION));

    /** Provinces organize grading and compile the catalogues they propose to the NHC. */
    public static final RouteRule CATALOGUE_TO_PROVINCE = new RouteRule(
            "ROUTE-CATALOGUE-PROVINCE",
            "A copy goes to the provincial commission of the institution's location when its supervisor is below provincial level.",
            Set.of(SubmissionType.DATA_CATALOGUE_REPORT),
            facts -> facts.policy().catalogueToProvince()
                    && (facts.supervisorLevel() == AuthorityLevel.COUNTY || facts.supervisorLevel() == AuthorityLevel.PREFECTURE),
            RoutingFacts::provincialCommission,
            "PROVINCIAL_CATALOGUE_COMPILATION",
            Basis.of(Source.DATA_MEASURES_2026, "art. 6 ¶1 (the province organises the grading; copy: healthsec.policy.catalogue-to-province)",
                    Provenance.INFERENCE));

    /** The provinces report the catalogues they propose to the NHC (art. 6 ¶1): the NHC's copy on their behalf is policy. */
    private static final Basis NATIONAL_CATALOGUE = Basis.of(Source.DATA_MEASURES_2026,
            "art. 6 ¶1 (proposals of important- and core-data catalogues to the NHC; copy: healthsec.policy.catalogue-to-nhc)",
            Provenance.INFERENCE);

    /** The NHC receives the catalogues of core data. */
    public static final RouteRule CATALOGUE_CORE_DATA_TO_NHC = new RouteRule(
            "ROUTE-CATALOGUE-CORE-DATA-NHC",
            "A catalogue report with a core-data item is copied to the NHC (policy: healthsec.policy.catalogue-to-nhc CORE or IMPORTANT).",
            Set.of(SubmissionType.DATA_CATALOGUE_REPORT),
            facts -> facts.has(RoutingFacts.CORE_DATA) && !"NONE".equals(facts.policy().catalogueToNhc()),
            facts -> AuthorityId.NHC,
            "CORE_DATA_NATIONAL_CATALOGUE",
            NATIONAL_CATALOGUE);

    /** And, by default, those of important data. */
    public static final RouteRule CATALOGUE_IMPORTANT_DATA_TO_NHC = new RouteRule(
            "ROUTE-CATALOGUE-IMPORTANT-DATA-NHC",
            "A catalogue report with an important-data item is copied to the NHC (policy: healthsec.policy.catalogue-to-nhc IMPORTANT, the default).",
            Set.of(SubmissionType.DATA_CATALOGUE_REPORT),
            facts -> facts.has(RoutingFacts.IMPORTANT_DATA) && "IMPORTANT".equals(facts.policy().catalogueToNhc()),
            facts -> AuthorityId.NHC,
            "IMPORTANT_DATA_NATIONAL_CATALOGUE",
            NATIONAL_CATALOGUE);

    /** Important-data handlers report to the provincial level or above (2026 art. 10; Regulation art. 33 ¶1). */
    public static final RouteRule RISK_ASSESSMENT_TO_PROVINCE = new RouteRule(
            "ROUTE-RA-PROVINCE",
            "An important-data institution's risk-assessment report goes to the provincial commission (the NHC if it supervises the institution, HC-XPCC for the XPCC).",
            Set.of(SubmissionType.RISK_ASSESSMENT_REPORT),
            facts -> facts.importantDataInstitution() && !facts.has(RoutingFacts.CORE_DATA_CROSS_ENTITY),
            RoutingFacts::provincialCommission,
            "PROVINCIAL_RISK_ASSESSMENT",
            Basis.of(Source.DATA_MEASURES_2026, "art. 10", Provenance.TRANSLATION));

    /** "Health administrative authorities shall promptly notify the cybersecurity authority and public security organs at the same level." */
    public static final RouteRule RISK_ASSESSMENT_TO_SAME_LEVEL_CAC = new RouteRule(
            "ROUTE-RA-SAME-LEVEL-CAC",
            "The same report is notified to the cybersecurity administration at the receiving commission's level (the national CAC beside the NHC).",
            Set.of(SubmissionType.RISK_ASSESSMENT_REPORT),
            facts -> facts.importantDataInstitution() && !facts.has(RoutingFacts.CORE_DATA_CROSS_ENTITY),
            facts -> facts.provincialCommission().sameLevel(AuthorityKind.CYBERSPACE_ADMINISTRATION),
            "SAME_LEVEL_NOTIFICATION",
            Basis.of(Source.DATA_MEASURES_2026, "art. 10", Provenance.TRANSLATION));

    public static final RouteRule RISK_ASSESSMENT_TO_SAME_LEVEL_PSB = new RouteRule(
            "ROUTE-RA-SAME-LEVEL-PSB",
            "The same report is notified to the public security organ at the receiving commission's level (the MPS beside the NHC).",
            Set.of(SubmissionType.RISK_ASSESSMENT_REPORT),
            facts -> facts.importantDataInstitution() && !facts.has(RoutingFacts.CORE_DATA_CROSS_ENTITY),
            facts -> facts.provincialCommission().sameLevel(AuthorityKind.PUBLIC_SECURITY),
            "SAME_LEVEL_NOTIFICATION",
            Basis.of(Source.DATA_MEASURES_2026, "art. 10", Provenance.TRANSLATION));

    /**
     * "submit risk assessment reports to the local health administrative authority": every
     * institution's, an important-data institution's too (its county commission sees it besides the
     * province; one recipient once where they are the same).
     */
    public static final RouteRule RISK_ASSESSMENT_TO_SUPERVISOR = new RouteRule(
            "ROUTE-RA-SUPERVISOR",
            "Every institution's risk-assessment report goes to its local (supervising) health authority.",
            Set.of(SubmissionType.RISK_ASSESSMENT_REPORT),
            facts -> !facts.has(RoutingFacts.CORE_DATA_CROSS_ENTITY),
            facts -> facts.institution().supervisor(),
            "SUPERVISING_HEALTH_AUTHORITY",
            Basis.of(Source.DATA_MEASURES_2026, "art. 9(3)", Provenance.TRANSLATION));

    /** Cross-entity provision of core data reaching 30%: "applied for through the National Health Commission". */
    public static final RouteRule CORE_DATA_CROSS_ENTITY_TO_NHC = new RouteRule(
            "ROUTE-RA-CORE-DATA-CROSS-ENTITY-NHC",
            "An application for the core-data cross-entity risk assessment goes to the NHC.",
            Set.of(SubmissionType.RISK_ASSESSMENT_REPORT),
            facts -> facts.has(RoutingFacts.CORE_DATA_CROSS_ENTITY),
            facts -> AuthorityId.NHC,
            "CORE_DATA_CROSS_ENTITY_ASSESSMENT",
            Basis.of(Source.DATA_MEASURES_2026, "art. 11 ¶2", Provenance.TRANSLATION));

    private static final Set<SubmissionType> INCIDENT = Set.of(SubmissionType.INCIDENT_REPORT);
    private static final Basis ART_27 = Basis.of(Source.MEASURES_2022, "art. 27", Provenance.OFFICIAL_TEXT);
    private static final Basis CAC_ART_4 = Basis.of(Source.CAC_INCIDENT_MEASURES, "art. 4", Provenance.OFFICIAL_REPRINT);
    private static final Basis CAC_ART_4_CRIME = Basis.of(Source.CAC_INCIDENT_MEASURES, "art. 4 (涉嫌违法犯罪的…及时向公安机关报案)", Provenance.QUOTED_BY_SECONDARY);
    private static final Basis DATA_ART_25_2 = Basis.of(Source.DATA_MEASURES_2026, "art. 25 ¶2 (the local health commission's duty)",
            Provenance.TRANSLATION);
    private static final Basis MAJOR_TO_NHC = Basis.of(Source.SERVICE_POLICY,
            "copy of 重大+ incidents to the NHC (healthsec.policy.incident.major-incidents-to-nhc); CAC Incident Measures art. 4"
                    + " escalates them through other channels", Provenance.INFERENCE);
    /** "及时" / "promptly" / "immediately" carry no hour count: the hours are the service's policy. */
    private static final Basis HEALTH_CLOCK = Basis.of(Source.MEASURES_2022, "art. 27 (\"及时\"; hours: healthsec.policy.incident.health-report-hours)", Provenance.INFERENCE);
    private static final Basis VULNERABILITY_CLOCK = Basis.of(Source.DATA_REGULATION, "art. 10 (24小时内)", Provenance.OFFICIAL_TEXT);

    private static Clock healthClock(RoutingFacts facts) {
        return new Clock(facts.healthReportWithin(), HEALTH_CLOCK);
    }

    /** Incidents: the health clock (policy); a vulnerability instead has 24 hours where it endangers national security. */
    private static Clock supervisorClock(RoutingFacts facts) {
        if (!facts.has(RoutingFacts.VULNERABILITY)) {
            return healthClock(facts);
        }
        return facts.has(RoutingFacts.VULNERABILITY_NATIONAL_SECURITY) ? Clock.hours(24, VULNERABILITY_CLOCK) : null;
    }

    /** "发生网络安全事件时，各医疗卫生机构应及时向卫生健康行政部门、公安机关报告". */
    public static final RouteRule INCIDENT_TO_SUPERVISOR = new RouteRule(
            "ROUTE-INCIDENT-SUPERVISOR",
            "Every incident (and every reported vulnerability) goes to the supervising health authority.",
            INCIDENT, facts -> true, facts -> facts.institution().supervisor(),
            "SUPERVISING_HEALTH_AUTHORITY", ART_27, RoutingTable::supervisorClock);

    /**
     * The public-security organ of the configured level: the institution's county by default, or its
     * province. The texts say "公安机关" without a level (2022 art. 27; CAC art. 4 on a suspected
     * crime): the level is policy, and the route's basis says so.
     */
    private static AuthorityId publicSecurity(RoutingFacts facts) {
        return new AuthorityId(AuthorityKind.PUBLIC_SECURITY,
                facts.policy().publicSecurityAtProvince() ? facts.provinceArea() : facts.institution().divisionCode());
    }

    private static final Basis CRIME_PSB = Basis.of(Source.CAC_INCIDENT_MEASURES,
            "art. 4 (涉嫌违法犯罪的…及时向公安机关报案; level: healthsec.policy.incident.public-security-level)", Provenance.INFERENCE);
    private static final Basis ART_27_PSB = Basis.of(Source.MEASURES_2022,
            "art. 27 (\"公安机关\"; level: healthsec.policy.incident.public-security-level)", Provenance.INFERENCE);

    /** A suspected crime is reported to the police as such. */
    public static final RouteRule INCIDENT_CRIME_TO_COUNTY_PSB = new RouteRule(
            "ROUTE-INCIDENT-SUSPECTED-CRIME-PSB",
            "A suspected crime is reported to the public security organ of the configured level (default the institution's county), flagged as such.",
            INCIDENT, facts -> facts.has(RoutingFacts.SUSPECTED_CRIME), RoutingTable::publicSecurity,
            "SUSPECTED_CRIME_REPORT", CRIME_PSB, RoutingTable::healthClock);

    public static final RouteRule INCIDENT_TO_COUNTY_PSB = new RouteRule(
            "ROUTE-INCIDENT-COUNTY-PSB",
            "Every incident goes to the public security organ of the configured level (default the institution's county).",
            INCIDENT, facts -> !facts.has(RoutingFacts.VULNERABILITY), RoutingTable::publicSecurity,
            "PUBLIC_SECURITY_REPORT", ART_27_PSB, RoutingTable::healthClock);

    /** Which body is the health sector's CII protection department no text read here says (RULEBOOK §D.4): policy. */
    private static final Basis CII_DEPARTMENT = Basis.of(Source.CAC_INCIDENT_MEASURES,
            "art. 4 (\"保护工作部门\": healthsec.policy.incident.cii-protection-department)", Provenance.UNCONFIRMED);
    /** Which level of public security no text read here says: policy. */
    private static final Basis CII_PUBLIC_SECURITY = Basis.of(Source.CAC_INCIDENT_MEASURES,
            "art. 4 (\"公安机关\", level: healthsec.policy.incident.cii-public-security-level)", Provenance.UNCONFIRMED);

    /** CII operators: "第一时间向保护工作部门、公安机关报告，最迟不得超过1小时": the hour is the text's, the recipients policy. */
    public static final RouteRule INCIDENT_CII_TO_NHC = new RouteRule(
            "ROUTE-INCIDENT-CII-PROTECTION-DEPARTMENT",
            "A 较大-or-above incident at a CII operator goes to the configured protection department (default the NHC) within 1 hour.",
            INCIDENT, facts -> facts.has(RoutingFacts.GRADE_LARGE) && facts.institution().criticalInformationInfrastructure(),
            facts -> facts.policy().ciiProtectionDepartment(), "CII_PROTECTION_DEPARTMENT", CII_DEPARTMENT, facts -> Clock.hours(1, CAC_ART_4));

    public static final RouteRule INCIDENT_CII_TO_PROVINCIAL_PSB = new RouteRule(
            "ROUTE-INCIDENT-CII-PROVINCIAL-PSB",
            "A 较大-or-above incident at a CII operator goes to the public security organ of the configured level (default the province's) within 1 hour.",
            INCIDENT, facts -> facts.has(RoutingFacts.GRADE_LARGE) && facts.institution().criticalInformationInfrastructure(),
            facts -> new AuthorityId(AuthorityKind.PUBLIC_SECURITY,
                    facts.policy().ciiPublicSecurityAtProvince() ? facts.provinceArea() : facts.institution().divisionCode()),
            "CII_PUBLIC_SECURITY", CII_PUBLIC_SECURITY, facts -> Clock.hours(1, CAC_ART_4));

    /**
     * Central organs' affiliated units report to "the department's own 网信工作机构", "最迟不得超过2小时"
     * (RULEBOOK D3): the NHC's where the registry names the NHC as the unit's central organ. An
     * affiliate of another department reports to that department, which this service does not reach
     * (the incident's receipt says so: {@code IncidentRules}).
     */
    public static final RouteRule INCIDENT_CENTRAL_ORGAN_TO_NHC = new RouteRule(
            "ROUTE-INCIDENT-CENTRAL-ORGAN",
            "A 较大-or-above incident at an affiliate of the NHC goes to the NHC's cybersecurity office within 2 hours.",
            INCIDENT, facts -> facts.has(RoutingFacts.GRADE_LARGE) && facts.institution().affiliateOfTheNhc()
                    && facts.institution().centralOrganDepartment() != null,
            facts -> AuthorityId.NHC, "CENTRAL_ORGAN_CYBERSPACE_UNIT", CAC_ART_4, facts -> Clock.hours(2, CAC_ART_4));

    /** The registry names no central organ: that it is the NHC is inferred, the service's policy, and marked so. */
    private static final Basis CENTRAL_ORGAN_UNSTATED = Basis.of(Source.CAC_INCIDENT_MEASURES,
            "art. 4 (本部门网络安全工作机构; the registry names no central organ: the NHC, inferred)", Provenance.INFERENCE);

    public static final RouteRule INCIDENT_CENTRAL_ORGAN_UNSTATED_TO_NHC = new RouteRule(
            "ROUTE-INCIDENT-CENTRAL-ORGAN-UNSTATED",
            "A 较大-or-above incident at a central-organ affiliate whose registry entry names no central organ goes to the NHC within 2 hours (policy: the organ is inferred).",
            INCIDENT, facts -> facts.has(RoutingFacts.GRADE_LARGE) && facts.institution().centralOrganAffiliate()
                    && facts.institution().centralOrganDepartment() == null,
            facts -> AuthorityId.NHC, "CENTRAL_ORGAN_CYBERSPACE_UNIT", CENTRAL_ORGAN_UNSTATED, facts -> Clock.hours(2, CAC_ART_4));

    /**
     * Other operators: "向属地省级网信部门报告，最迟不得超过4小时". A CII operator and a central organ's
     * affiliate report through their own channels instead (art. 4's first and second paths).
     */
    public static final RouteRule INCIDENT_TO_PROVINCIAL_CAC = new RouteRule(
            "ROUTE-INCIDENT-PROVINCIAL-CAC",
            "A 较大-or-above incident at an operator that is neither CII nor a central organ's affiliate goes to the provincial cybersecurity administration within 4 hours.",
            INCIDENT, facts -> facts.has(RoutingFacts.GRADE_LARGE) && !facts.institution().criticalInformationInfrastructure()
                    && !facts.institution().centralOrganAffiliate(),
            facts -> new AuthorityId(AuthorityKind.CYBERSPACE_ADMINISTRATION, facts.provinceArea()),
            "PROVINCIAL_CAC", CAC_ART_4, facts -> Clock.hours(4, CAC_ART_4));

    /**
     * "Security incidents involving important data and core data shall be immediately reported to
     * the National Health Commission": the local health commission's duty (art. 25 ¶2), which the
     * service performs for it when the report arrives. Not the institution's: no clock of its.
     */
    public static final RouteRule INCIDENT_IMPORTANT_DATA_TO_NHC = new RouteRule(
            "ROUTE-INCIDENT-IMPORTANT-DATA-NHC",
            "An incident involving important or core data is copied to the NHC when it arrives, on behalf of the local health commission whose duty it is.",
            INCIDENT, facts -> facts.has(RoutingFacts.IMPORTANT_OR_CORE_DATA_INVOLVED),
            facts -> AuthorityId.NHC, "IMPORTANT_DATA_INCIDENT_ON_BEHALF_OF_LOCAL_COMMISSION", DATA_ART_25_2);

    /**
     * 重大 and 特别重大 incidents are copied to the NHC. CAC art. 4 escalates them through the
     * protection department and the CAC (RULEBOOK §D.1 D2b–D4b), not to the NHC: this copy is the
     * service's policy, so the national health authority hears of the sector's gravest incidents.
     */
    public static final RouteRule INCIDENT_MAJOR_TO_NHC = new RouteRule(
            "ROUTE-INCIDENT-MAJOR-NHC",
            "A 重大-or-above incident is copied to the NHC (service policy; no text requires it of the institution).",
            INCIDENT, facts -> facts.has(RoutingFacts.GRADE_MAJOR) && facts.policy().majorIncidentsToNhc(),
            facts -> AuthorityId.NHC, "MAJOR_INCIDENT", MAJOR_TO_NHC);

    /** "形成整改报告向有关主管监管机构报备": the answer goes to the authority whose notice it answers. */
    public static final RouteRule RECTIFICATION_REPORT_TO_ISSUER = new RouteRule(
            "ROUTE-RECTIFICATION-REPORT-ISSUER",
            "A rectification report goes to the authority that issued the notice it answers.",
            Set.of(SubmissionType.RECTIFICATION_REPORT),
            facts -> facts.addressee().isPresent(),
            facts -> facts.addressee().orElseThrow(),
            "RECTIFICATION_NOTICE_ISSUER",
            Basis.of(Source.MEASURES_2022, "art. 9 ¶2(2)", Provenance.OFFICIAL_TEXT));

    /** "并按要求将安全自查整改情况报上级卫生健康行政部门": the supervising commission learns of a rectification another commission ordered. */
    public static final RouteRule RECTIFICATION_REPORT_TO_SUPERVISOR = new RouteRule(
            "ROUTE-RECTIFICATION-REPORT-SUPERVISOR",
            "A rectification report also reaches the institution's supervising health commission when another commission issued the notice.",
            Set.of(SubmissionType.RECTIFICATION_REPORT),
            facts -> true,
            facts -> facts.institution().supervisor(),
            "SUPERVISOR_COPY",
            Basis.of(Source.MEASURES_2022, "art. 9 ¶1", Provenance.OFFICIAL_TEXT));

    private static final Set<SubmissionType> HAZARD = Set.of(SubmissionType.HAZARD_REPORT);

    /** "promptly report to the local health administrative authority risks and hazards that may cause important data or core data security incidents". */
    public static final RouteRule HAZARD_TO_SUPERVISOR = new RouteRule(
            "ROUTE-HAZARD-SUPERVISOR",
            "A hazard report goes to the institution's local (supervising) health authority.",
            HAZARD, facts -> true, facts -> facts.institution().supervisor(),
            PRIMARY_REASON,
            Basis.of(Source.DATA_MEASURES_2026, "art. 24 ¶3", Provenance.TRANSLATION));

    /**
     * "Local health administrative authorities … shall report to the National Health Commission
     * risks and hazards that may cause important data or core data security incidents" (art. 24
     * ¶2): the local commission's duty, which the service performs for it when the report arrives —
     * no clock of the institution's.
     */
    public static final RouteRule HAZARD_IMPORTANT_DATA_TO_NHC = new RouteRule(
            "ROUTE-HAZARD-IMPORTANT-DATA-NHC",
            "A hazard that may cause an important- or core-data incident is copied to the NHC when it arrives, on behalf of the local health commission whose duty it is.",
            HAZARD, facts -> facts.has(RoutingFacts.IMPORTANT_OR_CORE_DATA_INVOLVED), facts -> AuthorityId.NHC,
            "IMPORTANT_DATA_HAZARD_ON_BEHALF_OF_LOCAL_COMMISSION",
            Basis.of(Source.DATA_MEASURES_2026, "art. 24 ¶2 (the local health commission's duty)", Provenance.TRANSLATION));

    /** "Healthcare institutions shall promptly report to the local health administrative authority on the external provision of healthcare institution data". */
    public static final RouteRule EXTERNAL_PROVISION_TO_SUPERVISOR = new RouteRule(
            "ROUTE-EXTERNAL-PROVISION-SUPERVISOR",
            "An external provision report goes to the institution's local (supervising) health authority.",
            Set.of(SubmissionType.EXTERNAL_PROVISION_REPORT), facts -> true, facts -> facts.institution().supervisor(),
            PRIMARY_REASON, Basis.of(Source.DATA_MEASURES_2026, "art. 15 ¶3", Provenance.TRANSLATION));

    /** "…and report to the local health administrative authority for review and approval". */
    public static final RouteRule CROSS_BORDER_TO_SUPERVISOR = new RouteRule(
            "ROUTE-CROSS-BORDER-SUPERVISOR",
            "A cross-border application goes to the institution's local (supervising) health authority, which reviews and decides on it.",
            Set.of(SubmissionType.CROSS_BORDER_APPLICATION), facts -> true, facts -> facts.institution().supervisor(),
            PRIMARY_REASON, Basis.of(Source.DATA_MEASURES_2026, "art. 22(4)", Provenance.TRANSLATION));

    /**
     * "…after which the provincial-level cybersecurity authority shall apply to the national
     * cybersecurity authority for a Data Export Security Assessment": once the local commission
     * approves an application whose export takes the assessment, it reaches the provincial CAC of the
     * institution's location (XPCC's for the XPCC). Evaluated on approval, never at intake.
     */
    public static final RouteRule CROSS_BORDER_APPROVED_TO_PROVINCIAL_CAC = new RouteRule(
            "ROUTE-CROSS-BORDER-APPROVED-PROVINCIAL-CAC",
            "An approved cross-border application whose export takes the security assessment goes to the provincial cybersecurity administration, which applies for the assessment.",
            Set.of(SubmissionType.CROSS_BORDER_APPLICATION), facts -> facts.has(RoutingFacts.EXPORT_ASSESSMENT),
            facts -> new AuthorityId(AuthorityKind.CYBERSPACE_ADMINISTRATION, facts.provinceArea()),
            "EXPORT_SECURITY_ASSESSMENT", Basis.of(Source.DATA_MEASURES_2026, "art. 22(4)", Provenance.TRANSLATION));

    /** "对新建网络，应在规划和申报阶段确定网络安全保护等级…并报上级主管部门审核同意". */
    public static final RouteRule LEVEL_APPROVAL_TO_SUPERVISOR = new RouteRule(
            "ROUTE-LEVEL-APPROVAL-SUPERVISOR",
            "A new network's level approval request goes to the institution's superior health commission, which decides on it.",
            Set.of(SubmissionType.LEVEL_APPROVAL_REQUEST), facts -> true, facts -> facts.institution().supervisor(),
            PRIMARY_REASON, Basis.of(Source.MEASURES_2022, "art. 6(1)", Provenance.OFFICIAL_TEXT));

    /** The routes a decision opens, evaluated when the primary recipient approves: not at intake. */
    public static final List<RouteRule> ON_APPROVAL = List.of(CROSS_BORDER_APPROVED_TO_PROVINCIAL_CAC);

    /**
     * The reasons that make a recipient the primary one, which decides on the submission: the
     * supervising commission, or for a rectification report the commission whose notice it answers.
     */
    public static final Set<String> PRIMARY_REASONS = Set.of(PRIMARY_REASON, "RECTIFICATION_NOTICE_ISSUER");

    public static final List<RouteRule> RULES = List.of(RECTIFICATION_REPORT_TO_ISSUER, RECTIFICATION_REPORT_TO_SUPERVISOR,MLPS_TO_SUPERVISOR, SELF_INSPECTION_TO_SUPERVISOR,
            INCIDENT_TO_SUPERVISOR, INCIDENT_CRIME_TO_COUNTY_PSB, INCIDENT_TO_COUNTY_PSB, INCIDENT_CII_TO_NHC,
            INCIDENT_CII_TO_PROVINCIAL_PSB, INCIDENT_CENTRAL_ORGAN_TO_NHC, INCIDENT_CENTRAL_ORGAN_UNSTATED_TO_NHC, INCIDENT_TO_PROVINCIAL_CAC,
            INCIDENT_IMPORTANT_DATA_TO_NHC, INCIDENT_MAJOR_TO_NHC,
            CATALOGUE_TO_SUPERVISOR, CATALOGUE_TO_PROVINCE, CATALOGUE_CORE_DATA_TO_NHC, CATALOGUE_IMPORTANT_DATA_TO_NHC,
            RISK_ASSESSMENT_TO_PROVINCE, RISK_ASSESSMENT_TO_SAME_LEVEL_CAC, RISK_ASSESSMENT_TO_SAME_LEVEL_PSB,
            RISK_ASSESSMENT_TO_SUPERVISOR, CORE_DATA_CROSS_ENTITY_TO_NHC,
            HAZARD_TO_SUPERVISOR, HAZARD_IMPORTANT_DATA_TO_NHC, EXTERNAL_PROVISION_TO_SUPERVISOR, CROSS_BORDER_TO_SUPERVISOR,
            LEVEL_APPROVAL_TO_SUPERVISOR);

    private RoutingTable() {
    }

    /**
     * The recipients, once each, in the order first reached. Where several rules reach one
     * commission, a reason that makes it the primary recipient stands (it decides on the
     * submission: a provincial commission that supervises the institution itself receives its
     * important-data risk assessment under art. 10 and art. 9(3) alike, and must be able to accept
     * or return it), else the first rule's; the strictest clock applies.
     */
    public static List<Route> route(RoutingFacts facts) {
        Map<String, Route> byRecipient = new LinkedHashMap<>();
        for (RouteRule rule : RULES) {
            rule.apply(facts).ifPresent(r -> byRecipient.merge(r.authority().toString(), r, RoutingTable::once));
        }
        return new ArrayList<>(byRecipient.values());
    }

    /** The routes an approval opens (the decision's markers in {@code facts}), once each. */
    public static List<Route> onApproval(RoutingFacts facts) {
        List<Route> routes = new ArrayList<>();
        for (RouteRule rule : ON_APPROVAL) {
            rule.apply(facts).ifPresent(routes::add);
        }
        return routes;
    }

    private static Route once(Route first, Route later) {
        Route kept = !PRIMARY_REASONS.contains(first.reason()) && PRIMARY_REASONS.contains(later.reason()) ? later : first;
        Route other = kept == first ? later : first;
        return other.clock() != null && other.clock().stricterThan(kept.clock()) ? kept.withClock(other.clock()) : kept;
    }
}
