package cn.healthsec.reporting.rules;

/**
 * A rule over the facts {@code F} of one report: it adds the deadlines, findings and measurements
 * it concludes to the outcome. Every report type's rules are of this one shape: a class whose
 * constructor states its id, basis and summary, and whose {@link #apply} is what it checks.
 */
public abstract class RuleOn<F> extends CitedRule {

    protected RuleOn(String id, Basis basis, String summary) {
        super(id, basis, summary);
    }

    public abstract void apply(F facts, Outcome.Builder out);
}
