package cn.healthsec.reporting.obligation;

import cn.healthsec.reporting.rules.Basis;
import cn.healthsec.reporting.rules.Citation;
import cn.healthsec.reporting.rules.DeadlineState;
import cn.healthsec.reporting.rules.LegalTime;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.UUID;

/**
 * One thing an institution owes: what ({@code kind}, {@code subject}), by when (a legal day
 * {@code dueOn}, or an instant {@code dueAt} for hour clocks; neither while the due date cannot be
 * known yet), whether it was met and by which submission, and the rule that derives it. The state
 * is not stored: it follows from the due date, the meeting and the moment of reading.
 *
 * @param id     stable across derivations: institution, kind, subject and the anchor the due date counts from
 * @param basis  the citation of the source of the due date ({@link Basis#cite()})
 * @param policy the due date is the service's configurable policy, not a number of the law
 * @param ruleId the {@link ObligationRule} that derived it
 * @param basisKey {@link Basis#key()} of the basis, to cite it in full; null on rows derived before V14
 */
public record Obligation(String id, ObligationKind kind, String subject, LocalDate dueOn, Instant dueAt, boolean provisional,
                         Met met, String basis, boolean policy, String ruleId, String basisKey) {

    public Obligation {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(basis, "basis");
        if (dueOn != null && dueAt != null) {
            throw new IllegalArgumentException("an obligation is due on a day or at an instant, not both");
        }
    }

    /**
     * How an obligation was met: the submission that did, the legal day, and the instant where the
     * obligation is met by a receipt (null where it is met by a fact the submission reports, like
     * the day of a public-security filing or of an assessment).
     */
    public record Met(UUID by, LocalDate on, Instant at) {

        public Met {
            Objects.requireNonNull(on, "on");
        }

        public static Met received(UUID by, Instant at) {
            return new Met(by, LegalTime.dateOf(at), at);
        }

        public static Met reported(UUID by, LocalDate on) {
            return new Met(by, on, null);
        }
    }

    /** The basis cited in full, naming the rule; null on rows derived before V14. */
    public Citation citation() {
        return Basis.citationOf(basisKey, ruleId);
    }

    /** The first instant at which the obligation, unmet, is overdue; null without a due date. */
    public Instant overdueFrom() {
        if (dueAt != null) {
            return dueAt.plus(1, ChronoUnit.MICROS);
        }
        return dueOn == null ? null : LegalTime.endOf(dueOn);
    }

    /** Met after its due date: a day after {@code dueOn}, or an instant after {@code dueAt}. */
    public boolean late() {
        if (met == null) {
            return false;
        }
        if (dueAt != null) {
            return (met.at() != null ? met.at() : LegalTime.endOf(met.on())).isAfter(dueAt);
        }
        return dueOn != null && met.on().isAfter(dueOn);
    }

    /** MET or LATE once met; PENDING while not due (or not yet datable); OVERDUE from {@link #overdueFrom()}. */
    public DeadlineState stateAt(Instant now) {
        if (met != null) {
            return late() ? DeadlineState.LATE : DeadlineState.MET;
        }
        Instant from = overdueFrom();
        return from == null || now.isBefore(from) ? DeadlineState.PENDING : DeadlineState.OVERDUE;
    }

}
