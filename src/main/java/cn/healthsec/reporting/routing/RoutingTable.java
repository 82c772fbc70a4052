package cn.healthsec.reporting.routing;

import cn.healthsec.reporting.authority.AuthorityId;
import cn.healthsec.reporting.authority.AuthorityKind;
import cn.healthsec.reporting.authority.AuthorityLevel;
import cn.healthsec.reporting.rules.Basis;
import cn.healthsec.reporting.rules.Provenance;
import cn.healthsec.reporting.rules.Source;
import cn.healthsec.reporting.submission.SubmissionType;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Who receives what: every routing rule of the service, for every report type, in one table.
 * A submission goes once to each recipient; where two rules name the same recipient the first
 * rule's reason stands.
 */
public final class RoutingTable {

    /** "并将备案情况报上级卫生健康行政部门" / "同步上报上级卫生健康行政部门". */
    public static final RouteRule MLPS_TO_SUPERVISOR = new RouteRule(
            "ROUTE-MLPS-SUPERVISOR",
            "An MLPS filing (initial, change or withdrawal) is reported to the institution's superior health administrative department.",
            Set.of(SubmissionType.MLPS_FILING),
            facts -> true,
            facts -> facts.institution().supervisor(),
            "SUPERVISING_HEALTH_AUTHORITY",
            Basis.of(Source.MEASURES_2022, "art. 6(2)", Provenance.OFFICIAL_TEXT));

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
            facts -> facts.supervisorLevel() == AuthorityLevel.COUNTY || facts.supervisorLevel() == AuthorityLevel.PREFECTURE,
            RoutingFacts::provincialCommission,
            "PROVINCIAL_CATALOGUE_COMPILATION",
            Basis.of(Source.DATA_MEASURES_2026, "art. 6 ¶1", Provenance.TRANSLATION));

    /** The NHC receives the catalogues of core data. */
    public static final RouteRule CATALOGUE_CORE_DATA_TO_NHC = new RouteRule(
            "ROUTE-CATALOGUE-CORE-DATA-NHC",
            "A catalogue report with a core-data item is copied to the NHC.",
            Set.of(SubmissionType.DATA_CATALOGUE_REPORT),
            facts -> facts.has(RoutingFacts.CORE_DATA),
            facts -> AuthorityId.NHC,
            "CORE_DATA_NATIONAL_CATALOGUE",
            Basis.of(Source.DATA_MEASURES_2026, "art. 6 ¶1", Provenance.TRANSLATION));

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
            "The same report is notified to the cybersecurity administration at the provincial commission's level.",
            Set.of(SubmissionType.RISK_ASSESSMENT_REPORT),
            facts -> facts.importantDataInstitution() && !facts.has(RoutingFacts.CORE_DATA_CROSS_ENTITY)
                    && !facts.provincialCommission().isNational(),
            facts -> facts.provincialCommission().sameLevel(AuthorityKind.CYBERSPACE_ADMINISTRATION),
            "SAME_LEVEL_NOTIFICATION",
            Basis.of(Source.DATA_MEASURES_2026, "art. 10", Provenance.TRANSLATION));

    public static final RouteRule RISK_ASSESSMENT_TO_SAME_LEVEL_PSB = new RouteRule(
            "ROUTE-RA-SAME-LEVEL-PSB",
            "The same report is notified to the public security organ at the provincial commission's level.",
            Set.of(SubmissionType.RISK_ASSESSMENT_REPORT),
            facts -> facts.importantDataInstitution() && !facts.has(RoutingFacts.CORE_DATA_CROSS_ENTITY)
                    && !facts.provincialCommission().isNational(),
            facts -> facts.provincialCommission().sameLevel(AuthorityKind.PUBLIC_SECURITY),
            "SAME_LEVEL_NOTIFICATION",
            Basis.of(Source.DATA_MEASURES_2026, "art. 10", Provenance.TRANSLATION));

    /** Every institution submits its risk-assessment reports to the local health authority. */
    public static final RouteRule RISK_ASSESSMENT_TO_SUPERVISOR = new RouteRule(
            "ROUTE-RA-SUPERVISOR",
            "Other institutions' risk-assessment reports go to their local (supervising) health authority.",
            Set.of(SubmissionType.RISK_ASSESSMENT_REPORT),
            facts -> !facts.importantDataInstitution() && !facts.has(RoutingFacts.CORE_DATA_CROSS_ENTITY),
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

    public static final List<RouteRule> RULES = List.of(MLPS_TO_SUPERVISOR,
            CATALOGUE_TO_SUPERVISOR, CATALOGUE_TO_PROVINCE, CATALOGUE_CORE_DATA_TO_NHC,
            RISK_ASSESSMENT_TO_PROVINCE, RISK_ASSESSMENT_TO_SAME_LEVEL_CAC, RISK_ASSESSMENT_TO_SAME_LEVEL_PSB,
            RISK_ASSESSMENT_TO_SUPERVISOR, CORE_DATA_CROSS_ENTITY_TO_NHC);

    private RoutingTable() {
    }

    public static List<Route> route(RoutingFacts facts) {
        Map<String, Route> byRecipient = new LinkedHashMap<>();
        for (RouteRule rule : RULES) {
            rule.apply(facts).ifPresent(r -> byRecipient.putIfAbsent(r.authority().toString(), r));
        }
        return new ArrayList<>(byRecipient.values());
    }
}
