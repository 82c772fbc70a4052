package cn.healthsec.reporting.routing;

import cn.healthsec.reporting.authority.AuthorityId;
import cn.healthsec.reporting.rules.Basis;
import cn.healthsec.reporting.rules.Rule;
import cn.healthsec.reporting.submission.SubmissionType;

import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * One line of the routing table: for these report types, when the condition holds, send a copy to
 * the recipient the function names, giving this reason and citing this basis.
 */
public record RouteRule(String id, String summary, Set<SubmissionType> types, Predicate<RoutingFacts> when,
                        Function<RoutingFacts, AuthorityId> recipient, String reason, Basis basis) implements Rule {

    public Optional<Route> apply(RoutingFacts facts) {
        if (!types.contains(facts.type()) || !when.test(facts)) {
            return Optional.empty();
        }
        return Optional.of(new Route(recipient.apply(facts), reason, id, basis));
    }
}
