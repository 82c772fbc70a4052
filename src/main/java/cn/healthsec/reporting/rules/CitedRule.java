package cn.healthsec.reporting.rules;

/**
 * A rule's id, basis and summary, stated once — in the one-line constructor of each rule class,
 * next to what the rule does — rather than by three accessor methods per rule.
 */
public abstract class CitedRule implements Rule {

    private final String id;
    private final Basis basis;
    private final String summary;

    protected CitedRule(String id, Basis basis, String summary) {
        this.id = id;
        this.basis = basis;
        this.summary = summary;
    }

    @Override
    public final String id() {
        return id;
    }

    @Override
    public final Basis basis() {
        return basis;
    }

    @Override
    public final String summary() {
        return summary;
    }
}
