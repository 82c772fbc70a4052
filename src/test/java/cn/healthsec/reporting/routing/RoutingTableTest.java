package cn.healthsec.reporting.routing;

import cn.healthsec.reporting.authority.AuthorityId;
import cn.healthsec.reporting.institution.Institution;
import cn.healthsec.reporting.rules.SubmissionType;
import cn.healthsec.reporting.support.Bundled;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Each line of the routing table, as plain rules over registered institutions. */
class RoutingTableTest {

    static Institution institution(String division, String supervisor, boolean important, boolean core) {
        return new Institution("12110105MB00000006", "医院", division, AuthorityId.parse(supervisor).orElseThrow(),
                false, false, important, core);
    }

    static List<String> route(SubmissionType type, Institution i, String... markers) {
        return RoutingTable.route(new RoutingFacts(type, i, Set.of(markers), Bundled.AUTHORITIES)).stream()
                .map(r -> r.authority() + " " + r.ruleId()).toList();
    }

    @Test
    void shouldSendAnMlpsFilingToTheSupervisingAuthority() {
        assertEquals(List.of("HC-110105 ROUTE-MLPS-SUPERVISOR"),
                route(SubmissionType.MLPS_FILING, institution("110105", "HC-110105", true, false)));
        assertEquals(List.of("NHC ROUTE-MLPS-SUPERVISOR"), route(SubmissionType.MLPS_FILING, institution("110102", "NHC", true, false)));
    }

    @Test
    void shouldCopyACatalogueToTheProvinceOnlyBelowProvincialLevel() {
        assertEquals(List.of("HC-440103 ROUTE-CATALOGUE-SUPERVISOR", "HC-440000 ROUTE-CATALOGUE-PROVINCE"),
                route(SubmissionType.DATA_CATALOGUE_REPORT, institution("440103", "HC-440103", true, false)));
        assertEquals(List.of("HC-440100 ROUTE-CATALOGUE-SUPERVISOR", "HC-440000 ROUTE-CATALOGUE-PROVINCE"),
                route(SubmissionType.DATA_CATALOGUE_REPORT, institution("440103", "HC-440100", true, false)), "a prefecture supervisor");
        assertEquals(List.of("HC-440000 ROUTE-CATALOGUE-SUPERVISOR"),
                route(SubmissionType.DATA_CATALOGUE_REPORT, institution("440103", "HC-440000", true, false)));
        assertEquals(List.of("HC-XPCC ROUTE-CATALOGUE-SUPERVISOR"),
                route(SubmissionType.DATA_CATALOGUE_REPORT, institution("659001", "HC-XPCC", true, false)));
    }

    /**
     * 2026 Data Measures art. 6 ¶1: the provinces "put forward proposals for specific catalogues of
     * important data and core data, and report them to the National Health Commission". The copies of
     * an institution's catalogue to its province and to the NHC are that duty done on their behalf:
     * policy, configurable, and the routes say so — important-data catalogues reach the NHC too.
     */
    @Test
    void shouldCopyImportantAndCoreCataloguesByTheConfiguredPolicyAndSaySo() {
        assertEquals(List.of("HC-440103 ROUTE-CATALOGUE-SUPERVISOR", "HC-440000 ROUTE-CATALOGUE-PROVINCE", "NHC ROUTE-CATALOGUE-IMPORTANT-DATA-NHC"),
                route(SubmissionType.DATA_CATALOGUE_REPORT, institution("440103", "HC-440103", true, false), RoutingFacts.IMPORTANT_DATA));
        for (RouteRule rule : List.of(RoutingTable.CATALOGUE_TO_PROVINCE, RoutingTable.CATALOGUE_CORE_DATA_TO_NHC,
                RoutingTable.CATALOGUE_IMPORTANT_DATA_TO_NHC)) {
            assertTrue(rule.basis().cite().contains("(configurable policy: INFERENCE)"), rule.id());
        }
        RoutingPolicy coreOnlyNoProvince = new RoutingPolicy(java.time.Duration.ofHours(4), AuthorityId.NHC, true, true, false, false, "CORE");
        assertEquals(List.of("HC-440103 ROUTE-CATALOGUE-SUPERVISOR"), RoutingTable.route(new RoutingFacts(SubmissionType.DATA_CATALOGUE_REPORT,
                institution("440103", "HC-440103", true, false), Set.of(RoutingFacts.IMPORTANT_DATA), Bundled.AUTHORITIES, coreOnlyNoProvince))
                .stream().map(r -> r.authority() + " " + r.ruleId()).toList());
    }

    @Test
    void shouldCopyACoreDataCatalogueToTheNhcOnce() {
        assertEquals(List.of("HC-440103 ROUTE-CATALOGUE-SUPERVISOR", "HC-440000 ROUTE-CATALOGUE-PROVINCE", "NHC ROUTE-CATALOGUE-CORE-DATA-NHC"),
                route(SubmissionType.DATA_CATALOGUE_REPORT, institution("440103", "HC-440103", true, true), RoutingFacts.CORE_DATA));
        assertEquals(List.of("NHC ROUTE-CATALOGUE-SUPERVISOR"),
                route(SubmissionType.DATA_CATALOGUE_REPORT, institution("110102", "NHC", true, true), RoutingFacts.CORE_DATA));
    }

    /**
     * 2026 Data Measures art. 10: an important-data institution reports to the province, which
     * notifies its CAC and PSB; art. 9(3): every institution's report also reaches its local
     * (supervising) commission — the county commission of an important-data hospital too.
     */
    @Test
    void shouldSendAnImportantDataRiskAssessmentToTheProvinceItsCacAndPsbAndTheLocalCommission() {
        assertEquals(List.of("HC-440000 ROUTE-RA-PROVINCE", "CAC-440000 ROUTE-RA-SAME-LEVEL-CAC", "PSB-440000 ROUTE-RA-SAME-LEVEL-PSB",
                        "HC-440103 ROUTE-RA-SUPERVISOR"),
                route(SubmissionType.RISK_ASSESSMENT_REPORT, institution("440103", "HC-440103", true, false)));
        assertEquals(List.of("HC-440000 ROUTE-RA-PROVINCE", "CAC-440000 ROUTE-RA-SAME-LEVEL-CAC", "PSB-440000 ROUTE-RA-SAME-LEVEL-PSB",
                        "HC-440103 ROUTE-RA-SUPERVISOR"),
                route(SubmissionType.RISK_ASSESSMENT_REPORT, institution("440103", "HC-440103", false, true)), "a core-data institution too");
        // Supervised by the province itself: one delivery, as the supervisor (art. 9(3)), which decides on it.
        assertEquals(List.of("HC-440000 ROUTE-RA-SUPERVISOR", "CAC-440000 ROUTE-RA-SAME-LEVEL-CAC", "PSB-440000 ROUTE-RA-SAME-LEVEL-PSB"),
                route(SubmissionType.RISK_ASSESSMENT_REPORT, institution("440103", "HC-440000", true, false)),
                "supervised by the province itself: one delivery");
        assertEquals(List.of("HC-XPCC ROUTE-RA-SUPERVISOR", "CAC-XPCC ROUTE-RA-SAME-LEVEL-CAC", "PSB-XPCC ROUTE-RA-SAME-LEVEL-PSB"),
                route(SubmissionType.RISK_ASSESSMENT_REPORT, institution("659001", "HC-XPCC", true, false)));
        // 2026 Data Measures art. 10: "the cybersecurity authority and public security organs at the same level" as the NHC.
        assertEquals(List.of("NHC ROUTE-RA-SUPERVISOR", "CAC ROUTE-RA-SAME-LEVEL-CAC", "MPS ROUTE-RA-SAME-LEVEL-PSB"),
                route(SubmissionType.RISK_ASSESSMENT_REPORT, institution("110102", "NHC", true, false)),
                "an NHC-supervised institution's report reaches the national CAC and the MPS");
    }

    /**
     * Whatever reaches a commission under several rules, the one of them that makes it the primary
     * recipient stands: every report an institution files has a supervisor that can decide on it
     * (2026 Data Measures art. 9(3): "report to the local health administrative authority"; art. 10:
     * to the provincial one — the same commission when the province supervises the institution).
     */
    @Test
    void shouldKeepTheSupervisorPrimaryWhereAnotherRuleReachesItFirst() {
        for (String supervisor : List.of("HC-440103", "HC-440100", "HC-440000", "HC-XPCC", "NHC")) {
            String division = supervisor.equals("HC-XPCC") ? "659001" : supervisor.equals("NHC") ? "110102" : "440103";
            for (SubmissionType type : List.of(SubmissionType.RISK_ASSESSMENT_REPORT, SubmissionType.DATA_CATALOGUE_REPORT,
                    SubmissionType.MLPS_FILING, SubmissionType.SELF_INSPECTION_REPORT)) {
                List<Route> routes = RoutingTable.route(new RoutingFacts(type, institution(division, supervisor, true, false), Set.of(),
                        Bundled.AUTHORITIES));
                assertEquals(List.of(supervisor), routes.stream().filter(r -> RoutingTable.PRIMARY_REASONS.contains(r.reason()))
                        .map(r -> r.authority().toString()).toList(), type + " supervised by " + supervisor);
            }
        }
    }

    @Test
    void shouldSendOtherRiskAssessmentsToTheSupervisorAndCrossEntityApplicationsToTheNhc() {
        assertEquals(List.of("HC-440103 ROUTE-RA-SUPERVISOR"),
                route(SubmissionType.RISK_ASSESSMENT_REPORT, institution("440103", "HC-440103", false, false)));
        assertEquals(List.of("NHC ROUTE-RA-CORE-DATA-CROSS-ENTITY-NHC"),
                route(SubmissionType.RISK_ASSESSMENT_REPORT, institution("440103", "HC-440103", true, true), RoutingFacts.CORE_DATA_CROSS_ENTITY));
    }

    /**
     * 2022 Measures 第九条第二款第（二）项: "形成整改报告向有关主管监管机构报备" — the rectification report goes
     * to the authority whose notice it answers; 第九条第一款: "并按要求将安全自查整改情况报上级卫生健康行政部门"
     * — the self-inspection report, and a copy of a rectification report, to the supervisor.
     */
    @Test
    void shouldCiteTheParagraphsOfArticle9ThatRouteSelfInspectionAndRectification() {
        assertEquals("第九条第二款第（二）项", RoutingTable.RECTIFICATION_REPORT_TO_ISSUER.basis().citation().article());
        assertEquals("第九条第一款", RoutingTable.RECTIFICATION_REPORT_TO_SUPERVISOR.basis().citation().article());
        assertEquals("第九条第一款", RoutingTable.SELF_INSPECTION_TO_SUPERVISOR.basis().citation().article());
    }

    /**
     * 2022 Measures art. 27: "发生网络安全事件时，各医疗卫生机构应及时向卫生健康行政部门、公安机关报告" — which
     * level of 公安机关 no text says: the county by default, the province where configured, and the
     * route's basis says it is policy (the suspected-crime report of CAC art. 4 likewise).
     */
    @Test
    void shouldSendIncidentsToThePublicSecurityOfTheConfiguredLevelAndSayItIsPolicy() {
        assertTrue(incident(hospital(false, false), RoutingFacts.SUSPECTED_CRIME).stream()
                .anyMatch(r -> r.startsWith("PSB-440103 SUSPECTED_CRIME_REPORT")), "the county by default");
        RoutingPolicy province = new RoutingPolicy(java.time.Duration.ofHours(4), AuthorityId.NHC, true, true, true, true, "IMPORTANT");
        List<String> routed = RoutingTable.route(new RoutingFacts(SubmissionType.INCIDENT_REPORT, hospital(false, false), Set.of(),
                Bundled.AUTHORITIES, province)).stream().map(r -> r.authority() + " " + r.reason()).toList();
        assertEquals(List.of("HC-440103 SUPERVISING_HEALTH_AUTHORITY", "PSB-440000 PUBLIC_SECURITY_REPORT"), routed);
        for (RouteRule rule : List.of(RoutingTable.INCIDENT_TO_COUNTY_PSB, RoutingTable.INCIDENT_CRIME_TO_COUNTY_PSB)) {
            assertTrue(rule.basis().cite().contains("(configurable policy: INFERENCE)"), rule.id());
        }
    }

    static Institution hospital(boolean cii, boolean centralOrgan) {
        return new Institution("12110105MB00000006", "医院", "440103", AuthorityId.parse("HC-440103").orElseThrow(),
                cii, centralOrgan, true, false);
    }

    static List<String> incident(Institution i, String... markers) {
        return RoutingTable.route(new RoutingFacts(SubmissionType.INCIDENT_REPORT, i, Set.of(markers), Bundled.AUTHORITIES,
                        java.time.Duration.ofHours(4))).stream()
                .map(r -> r.authority() + " " + r.reason() + (r.clock() == null ? "" : " " + r.clock().within().toHours() + "h")).toList();
    }

    @Test
    void shouldAlwaysSendAnIncidentToTheSupervisorAndTheCountyPoliceOnThePolicyClock() {
        assertEquals(List.of("HC-440103 SUPERVISING_HEALTH_AUTHORITY 4h", "PSB-440103 PUBLIC_SECURITY_REPORT 4h"),
                incident(hospital(false, false)));
    }

    @Test
    void shouldFlagASuspectedCrimeOnThePoliceRoute() {
        assertEquals(List.of("HC-440103 SUPERVISING_HEALTH_AUTHORITY 4h", "PSB-440103 SUSPECTED_CRIME_REPORT 4h"),
                incident(hospital(false, false), RoutingFacts.SUSPECTED_CRIME));
    }

    @Test
    void shouldSendALargeIncidentOfAnOrdinaryOperatorToTheProvincialCacWithinFourHours() {
        assertEquals(List.of("HC-440103 SUPERVISING_HEALTH_AUTHORITY 4h", "PSB-440103 PUBLIC_SECURITY_REPORT 4h", "CAC-440000 PROVINCIAL_CAC 4h"),
                incident(hospital(false, false), RoutingFacts.GRADE_LARGE));
    }

    @Test
    void shouldSendALargeIncidentOfACiiOperatorToTheNhcAndProvincialPoliceWithinOneHour() {
        assertEquals(List.of("HC-440103 SUPERVISING_HEALTH_AUTHORITY 4h", "PSB-440103 PUBLIC_SECURITY_REPORT 4h",
                        "NHC CII_PROTECTION_DEPARTMENT 1h", "PSB-440000 CII_PUBLIC_SECURITY 1h"),
                incident(hospital(true, false), RoutingFacts.GRADE_LARGE));
    }

    /**
     * CAC Incident Measures art. 4: a central organ's affiliate reports to its department's
     * cybersecurity office within 2 hours — that path instead of the provincial CAC's, not besides it.
     */
    @Test
    void shouldSendALargeIncidentOfACentralOrganAffiliateToTheNhcWithinTwoHoursAndNotToTheProvincialCac() {
        assertEquals(List.of("HC-440103 SUPERVISING_HEALTH_AUTHORITY 4h", "PSB-440103 PUBLIC_SECURITY_REPORT 4h",
                        "NHC CENTRAL_ORGAN_CYBERSPACE_UNIT 2h"),
                incident(hospital(false, true), RoutingFacts.GRADE_LARGE));
    }

    /**
     * CAC Incident Measures art. 4: the affiliate reports to "本部门（本行业）网络安全工作机构" — its own
     * department's. The NHC's where the registry names the NHC (the official text's path); the NHC,
     * marked as inferred policy, where it names none; no route of this service where it names another
     * department (which the service does not reach), and still not the provincial CAC.
     */
    @Test
    void shouldSendACentralOrganAffiliatesIncidentToItsOwnDepartment() {
        AuthorityId supervisor = AuthorityId.parse("HC-440103").orElseThrow();
        Institution ofTheNhc = new Institution("12110105MB00000006", "医院", "440103", supervisor, false, true, true, false, "NHC");
        Route stated = RoutingTable.route(new RoutingFacts(SubmissionType.INCIDENT_REPORT, ofTheNhc, Set.of(RoutingFacts.GRADE_LARGE),
                Bundled.AUTHORITIES, java.time.Duration.ofHours(4))).stream().filter(r -> r.authority().equals(AuthorityId.NHC)).findFirst().orElseThrow();
        assertEquals("ROUTE-INCIDENT-CENTRAL-ORGAN", stated.ruleId());
        assertEquals(false, stated.basis().provenance().isPolicy());
        Route unstated = RoutingTable.route(new RoutingFacts(SubmissionType.INCIDENT_REPORT, hospital(false, true), Set.of(RoutingFacts.GRADE_LARGE),
                Bundled.AUTHORITIES, java.time.Duration.ofHours(4))).stream().filter(r -> r.authority().equals(AuthorityId.NHC)).findFirst().orElseThrow();
        assertEquals("ROUTE-INCIDENT-CENTRAL-ORGAN-UNSTATED", unstated.ruleId());
        assertEquals(true, unstated.basis().provenance().isPolicy(), "that the organ is the NHC is inferred");
        assertEquals(2, unstated.clock().within().toHours());
        Institution ofTcm = new Institution("12110105MB00000006", "医院", "440103", supervisor, false, true, true, false, "国家中医药管理局");
        assertEquals(List.of("HC-440103 SUPERVISING_HEALTH_AUTHORITY 4h", "PSB-440103 PUBLIC_SECURITY_REPORT 4h"),
                incident(ofTcm, RoutingFacts.GRADE_LARGE));
    }

    /**
     * CAC Incident Measures art. 4 gives a CII operator 1 hour to the "保护工作部门" and "公安机关";
     * which department and which level no text says (RULEBOOK §D.4): configurable, marked policy.
     */
    @Test
    void shouldRouteCiiIncidentsByTheConfiguredPolicyAndSaySo() {
        Institution cii = hospital(true, false);
        RoutingPolicy county = new RoutingPolicy(java.time.Duration.ofHours(4), AuthorityId.parse("HC-440000").orElseThrow(), false, true, false, true,
                "IMPORTANT");
        List<String> routed = RoutingTable.route(new RoutingFacts(SubmissionType.INCIDENT_REPORT, cii, Set.of(RoutingFacts.GRADE_LARGE),
                Bundled.AUTHORITIES, county)).stream().map(r -> r.authority() + " " + r.reason()).toList();
        assertEquals(List.of("HC-440103 SUPERVISING_HEALTH_AUTHORITY", "PSB-440103 PUBLIC_SECURITY_REPORT",
                "HC-440000 CII_PROTECTION_DEPARTMENT"), routed, "the county police already has the report: one delivery, the strictest clock");
        for (RouteRule rule : List.of(RoutingTable.INCIDENT_CII_TO_NHC, RoutingTable.INCIDENT_CII_TO_PROVINCIAL_PSB)) {
            assertTrue(rule.basis().cite().contains("(configurable policy: UNCONFIRMED)"), rule.id());
        }
    }

    /**
     * The NHC copy of an important/core-data incident is the local commission's duty (2026 Data
     * Measures art. 25 ¶2, "immediately"), done by the service on its behalf: no clock on the institution.
     * The 重大 copy is policy: CAC art. 4 escalates through other channels.
     */
    @Test
    void shouldCopyImportantDataIncidentsToTheNhcOnBehalfOfTheLocalCommissionWithoutAClock() {
        assertTrue(incident(hospital(false, false), RoutingFacts.IMPORTANT_OR_CORE_DATA_INVOLVED)
                .contains("NHC IMPORTANT_DATA_INCIDENT_ON_BEHALF_OF_LOCAL_COMMISSION"));
        assertTrue(RoutingTable.INCIDENT_IMPORTANT_DATA_TO_NHC.basis().cite().startsWith("2026 Data Measures art. 25 ¶2"));
        assertTrue(RoutingTable.INCIDENT_MAJOR_TO_NHC.basis().cite().contains("configurable policy"));
        RoutingPolicy off = new RoutingPolicy(java.time.Duration.ofHours(4), AuthorityId.NHC, true, false, false, true, "IMPORTANT");
        assertTrue(RoutingTable.route(new RoutingFacts(SubmissionType.INCIDENT_REPORT, hospital(false, false),
                Set.of(RoutingFacts.GRADE_LARGE, RoutingFacts.GRADE_MAJOR), Bundled.AUTHORITIES, off)).stream()
                .noneMatch(r -> r.authority().isNational()));
    }

    @Test
    void shouldSendImportantDataAndMajorIncidentsToTheNhc() {
        assertTrue(incident(hospital(false, false), RoutingFacts.IMPORTANT_OR_CORE_DATA_INVOLVED)
                .contains("NHC IMPORTANT_DATA_INCIDENT_ON_BEHALF_OF_LOCAL_COMMISSION"));
        assertTrue(incident(hospital(false, false), RoutingFacts.GRADE_LARGE, RoutingFacts.GRADE_MAJOR).contains("NHC MAJOR_INCIDENT"));
        assertTrue(incident(hospital(false, false)).stream().noneMatch(r -> r.startsWith("NHC")), "a general incident without important data stays local");
    }

    @Test
    void shouldKeepTheFirstReasonAndTheStrictestClockForOneRecipient() {
        assertTrue(incident(hospital(true, false), RoutingFacts.GRADE_LARGE, RoutingFacts.GRADE_MAJOR, RoutingFacts.IMPORTANT_OR_CORE_DATA_INVOLVED)
                .contains("NHC CII_PROTECTION_DEPARTMENT 1h"));
    }

    @Test
    void shouldGiveANationalSecurityVulnerabilityTwentyFourHoursAndNoPoliceRoute() {
        assertEquals(List.of("HC-440103 SUPERVISING_HEALTH_AUTHORITY 24h"),
                incident(hospital(false, false), RoutingFacts.VULNERABILITY, RoutingFacts.VULNERABILITY_NATIONAL_SECURITY));
        assertEquals(List.of("HC-440103 SUPERVISING_HEALTH_AUTHORITY"), incident(hospital(false, false), RoutingFacts.VULNERABILITY));
    }

    @Test
    void shouldCiteASourceForEveryRoute() {
        for (RouteRule rule : RoutingTable.RULES) {
            assertTrue(rule.basis().cite().contains("art."), rule.id());
            assertTrue(!rule.summary().isBlank() && !rule.reason().isBlank(), rule.id());
        }
    }
}
