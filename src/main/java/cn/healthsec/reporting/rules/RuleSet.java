package cn.healthsec.reporting.rules;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The rules of one report type, in the order they run, and the one loop that runs them. Rule
 * ids are unique within a set (and across the catalogue, which a test checks).
 */
public record RuleSet<F>(List<RuleOn<F>> rules) {

    public RuleSet {
        rules = List.copyOf(rules);
        Set<String> ids = new HashSet<>();
        for (RuleOn<F> rule : rules) {
            if (!ids.add(rule.id())) {
                throw new IllegalArgumentException("two rules have the id " + rule.id());
            }
        }
    }

    @SafeVarargs
    public static <F> RuleSet<F> of(RuleOn<F>... rules) {
        return new RuleSet<>(List.of(rules));
    }

    public Outcome evaluate(F facts) {
        return evaluate(facts, new Outcome.Builder());
    }

    /** Runs every rule into {@code out}, which may already hold what was measured before the rules ran. */
    public Outcome evaluate(F facts, Outcome.Builder out) {
        for (RuleOn<F> rule : rules) {
            out.running(rule.id());
            rule.apply(facts, out);
        }
        out.running(null);
        return out.build();
    }
}
