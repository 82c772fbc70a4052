package cn.healthsec.reporting.obligation;

import cn.healthsec.reporting.rules.Rule;

import java.util.function.Consumer;

/** A rule deriving obligations of one kind from an institution's record; plain Java, cited like every rule. */
public interface ObligationRule extends Rule {

    ObligationKind kind();

    void derive(InstitutionRecord record, Consumer<Obligation> out);
}
