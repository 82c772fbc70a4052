package cn.healthsec.reporting.rulebook;

import cn.healthsec.reporting.catalogue.CatalogueRules;
import cn.healthsec.reporting.dataexport.CrossBorderRules;
import cn.healthsec.reporting.dataexport.ExternalProvisionRules;
import cn.healthsec.reporting.hazard.HazardRules;
import cn.healthsec.reporting.incident.IncidentRules;
import cn.healthsec.reporting.institution.DeterminationService;
import cn.healthsec.reporting.mlps.LevelApprovalRules;
import cn.healthsec.reporting.mlps.MlpsRules;
import cn.healthsec.reporting.obligation.ObligationRules;
import cn.healthsec.reporting.privacy.MetadataOnlyScanner;
import cn.healthsec.reporting.rectification.RectificationRules;
import cn.healthsec.reporting.riskassessment.RiskAssessmentRules;
import cn.healthsec.reporting.routing.Deliveries;
import cn.healthsec.reporting.routing.RoutingTable;
import cn.healthsec.reporting.rules.Rule;
import cn.healthsec.reporting.selfinspection.SelfInspectionRules;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Every rule the service applies, from every capability: the index a reader (or a regulator's
 * portal, through {@code GET /api/v1/rules}) starts from. The incident grading thresholds depend
 * on configuration and are listed from {@code IncidentGrading} by the rules endpoint.
 */
public final class RuleCatalogue {

    public static final List<Rule> ALL = all();

    private RuleCatalogue() {
    }

    private static List<Rule> all() {
        List<Rule> rules = new ArrayList<>();
        rules.addAll(MlpsRules.ALL.rules());
        rules.addAll(CatalogueRules.ALL.rules());
        rules.addAll(RiskAssessmentRules.ALL.rules());
        rules.addAll(IncidentRules.ALL.rules());
        rules.addAll(SelfInspectionRules.ALL.rules());
        rules.addAll(RectificationRules.ALL.rules());
        rules.addAll(HazardRules.ALL.rules());
        rules.addAll(ExternalProvisionRules.ALL.rules());
        rules.addAll(CrossBorderRules.ALL.rules());
        rules.addAll(LevelApprovalRules.ALL.rules());
        rules.addAll(RoutingTable.RULES);
        rules.addAll(RoutingTable.ON_APPROVAL);
        rules.addAll(Deliveries.RULES);
        rules.addAll(ObligationRules.ALL);
        rules.add(MetadataOnlyScanner.RULE);
        rules.add(DeterminationService.RULE);
        return Collections.unmodifiableList(rules);
    }
}
