package cn.healthsec.reporting.routing;

import cn.healthsec.reporting.authority.AuthorityId;
import cn.healthsec.reporting.rules.Basis;
import cn.healthsec.reporting.rules.Rule;
import cn.healthsec.reporting.rules.SubmissionType;

import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * One line of the routing table: for these report types, when the condition holds, send a copy to
 * the recipient the function names, giving this reason and citing this basis; an incident route
 * may also carry an hour clock (counted from discovery).
 */
public record RouteRule(String id, String summary, Set<SubmissionType> types, Predicate<RoutingFacts> when,
                        Function<RoutingFacts, AuthorityId> recipient, String reason, Basis basis,
                        Function<RoutingFacts, Clock> clock) implements Rule {

    /** A route with no hour clock (all report types but incidents). */
    public RouteRule(String id, String summary, Set<SubmissionType> types, Predicate<RoutingFacts> when,
                     Function<RoutingFacts, AuthorityId> recipient, String reason, Basis basis) {
        this(id, summary, types, when, recipient, reason, basis, facts -> null);
    }

    public Optional<Route> apply(RoutingFacts facts) {
        if (!types.contains(facts.type()) || !when.test(facts)) {
            return Optional.empty();
        }
        return Optional.of(new Route(recipient.apply(facts), reason, id, basis, clock.apply(facts)));
    }
}
