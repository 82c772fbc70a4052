package cn.healthsec.reporting.obligation;

import cn.healthsec.reporting.rules.Basis;
import cn.healthsec.reporting.rules.CitedRule;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

/**
 * A rule deriving obligations of one kind from an institution's record; plain Java, cited like
 * every rule: its constructor states its id, the kind it owes, its basis and its summary. The
 * engine the rules share (ids that stay the same however often derived, obligations due on a day,
 * periodic cycles) is here, apart from the rules in {@link ObligationRules}.
 */
public abstract class ObligationRule extends CitedRule {

    private final ObligationKind kind;

    protected ObligationRule(String id, ObligationKind kind, Basis basis, String summary) {
        super(id, basis, summary);
        this.kind = kind;
    }

    public final ObligationKind kind() {
        return kind;
    }

    public abstract void derive(InstitutionRecord record, Consumer<Obligation> out);

    // ---- The engine the rules share: obligation ids, obligations due on a day, periodic cycles. ----

    /** {@code USCC:KIND:subject:anchor}: the same obligation keeps its id however often it is derived. */
    protected static String obligationId(InstitutionRecord r, ObligationKind kind, String subject, String anchor) {
        return r.uscc() + ":" + kind + ":" + (subject == null ? "" : subject) + ":" + anchor;
    }

    protected static Obligation onDay(ObligationRule rule, String id, String subject, LocalDate dueOn, boolean provisional,
                                              Obligation.Met met, Basis basis) {
        return new Obligation(id, rule.kind(), subject, dueOn, null, provisional, met, basis.cite(), basis.provenance().isPolicy(), rule.id(),
                basis.key());
    }

    protected static Obligation withMet(Obligation o, Obligation.Met met) {
        return new Obligation(o.id(), o.kind(), o.subject(), o.dueOn(), o.dueAt(), o.provisional(), met, o.basis(), o.policy(), o.ruleId(),
                o.basisKey());
    }

    /** One occurrence of a periodic duty: the day the next cycle counts from, and how it met the cycle before it. */
    protected record Occurrence(LocalDate anchor, Obligation.Met met) {
    }

    /**
     * Periodic cycles: one obligation counting from {@code start} (registration; only when before every
     * occurrence) and from each occurrence, due {@code interval} after it, met by the next occurrence.
     */
    protected static void cycles(ObligationRule rule, InstitutionRecord r, String subject, LocalDate start, List<Occurrence> occurrences,
                                   UnaryOperator<LocalDate> interval, Consumer<Obligation> out) {
        // Two occurrences counting from the same day are one: the first received meets the cycle before.
        TreeMap<LocalDate, Occurrence> byDay = new TreeMap<>();
        occurrences.forEach(o -> byDay.putIfAbsent(o.anchor(), o));
        List<Occurrence> anchors = new ArrayList<>(byDay.values());
        if (start != null && (anchors.isEmpty() || start.isBefore(anchors.get(0).anchor()))) {
            anchors.add(0, new Occurrence(start, null));
        }
        for (int i = 0; i < anchors.size(); i++) {
            LocalDate anchor = anchors.get(i).anchor();
            Obligation.Met met = i + 1 < anchors.size() ? anchors.get(i + 1).met() : null;
            out.accept(onDay(rule, obligationId(r, rule.kind(), subject, anchor.toString()), subject, interval.apply(anchor), false, met,
                    rule.basis()));
        }
    }
}

