package cn.healthsec.reporting.submission;

import cn.healthsec.reporting.rules.SubmissionType;
import cn.healthsec.reporting.submission.api.DecisionOutcome;

import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * The port of one report type: everything the shared path needs of it, registered once. Intake,
 * dry run, amendment and withdrawal all go through it; content, versions, history and decisions are
 * the shared store's and need nothing more. A type is one {@code @ApplicationScoped} bean extending
 * this class: its {@link ReportForm} (how its body is read and checked), which of its entities
 * withdrawing a submission marks, and {@link #file}, which evaluates its rules, stores through
 * {@link SubmissionService#accept} and writes its own rows in the intake's transaction
 * ({@code MANDATORY}). ARCHITECTURE.md's "Adding a report type" is the recipe.
 */
public abstract class ReportType<T> {

    private final ReportForm<T> form;
    private final List<Class<?>> rows;

    /**
     * @param rows the type's entities that carry a submission's rows ({@code submissionId}) and a
     *             {@code withdrawn} flag: a superseded or retracted submission's rows are marked, so
     *             the type's rules and the ledger read the record without them
     */
    protected ReportType(ReportForm<T> form, Class<?>... rows) {
        this.form = form;
        this.rows = List.of(rows);
    }

    /** A report filed about something another report opened (an incident's update or final report): not amended, never withdrawn. */
    public static <T> ReportType<T> followUp(ReportForm<T> form, Filing<T> filing) {
        return new ReportType<>(form) {
            @Override
            public Accepted file(Received<T> received) {
                return filing.file(received);
            }

            @Override
            public boolean amendable() {
                return false;
            }
        };
    }

    public final ReportForm<T> form() {
        return form;
    }

    public final SubmissionType type() {
        return form.type();
    }

    final List<Class<?>> rows() {
        return rows;
    }

    /** Stores a report that passed intake, joining the intake's transaction. */
    public abstract Accepted file(Received<T> received);

    /**
     * Whether its submissions may be amended (the whole document again). Incidents may not: an
     * incident is corrected by its updates and final report.
     */
    public boolean amendable() {
        return true;
    }

    /**
     * What its primary recipient may decide: a report is accepted or returned for correction; an
     * application for approval (a data export, a new network's level) is approved, refused or
     * returned ({@link DecisionOutcome#APPLICATION}).
     */
    public Set<DecisionOutcome> decisions() {
        return DecisionOutcome.REPORT;
    }

    /**
     * Called in the decision's transaction once it is recorded, so the type may keep the standing
     * decision on its own rows (what its rules and others' read) and hand an approved application on.
     */
    public void decided(UUID submissionId, DecisionOutcome outcome) {
    }

    /** What a report type does with a report that passed intake. */
    @FunctionalInterface
    public interface Filing<T> {
        Accepted file(Received<T> received);
    }
}
