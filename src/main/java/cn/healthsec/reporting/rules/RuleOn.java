package cn.healthsec.reporting.rules;

/**
 * A rule over the facts {@code F} of one report: it adds the deadlines, findings and measurements
 * it concludes to the outcome. Every report type's rules are of this one shape.
 */
public interface RuleOn<F> extends Rule {

    void apply(F facts, Outcome.Builder out);
}
