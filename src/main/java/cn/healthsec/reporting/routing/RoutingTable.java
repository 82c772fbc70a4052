package cn.healthsec.reporting.routing;

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

    public static final List<RouteRule> RULES = List.of(MLPS_TO_SUPERVISOR);

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
