package cn.healthsec.reporting.rulebook;

import cn.healthsec.reporting.config.Policy;
import cn.healthsec.reporting.incident.IncidentGrading;
import cn.healthsec.reporting.rules.Citation;
import cn.healthsec.reporting.rules.Provenance;
import cn.healthsec.reporting.rules.Rule;
import cn.healthsec.reporting.security.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import java.util.List;

@Path("/api/v1/rules")
@Produces(MediaType.APPLICATION_JSON)
public class RuleResource {

    /** A rule as the rulebook lists it; {@code alsoCites}: the further provisions it rests on. */
    public record RuleView(String id, String summary, String basis, Citation citation, Provenance provenance,
                           boolean configurablePolicy, List<Citation> alsoCites) {
    }

    @Inject
    Policy policy;

    @GET
    @RolesAllowed({Role.INSTITUTION, Role.DELEGATE, Role.AUTHORITY, Role.ADMIN})
    public List<RuleView> list() {
        List<Rule> rules = new java.util.ArrayList<>(RuleCatalogue.ALL);
        rules.addAll(IncidentGrading.thresholds(policy.incident().economicLossMajorYuan(), policy.incident().economicLossLargeYuan()));
        return rules.stream()
                .map(r -> new RuleView(r.id(), r.summary(), r.basis().cite(), r.basis().citation(r.id()), r.basis().provenance(),
                        r.basis().provenance().isPolicy(), r.alsoRestsOn().stream().map(b -> b.citation(r.id())).toList()))
                .toList();
    }
}
