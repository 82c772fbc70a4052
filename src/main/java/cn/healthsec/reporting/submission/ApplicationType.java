package cn.healthsec.reporting.submission;

import cn.healthsec.reporting.submission.api.DecisionOutcome;
import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.transaction.Transactional;

import java.util.Set;
import java.util.UUID;

/**
 * A report type that applies for approval (a data export, a new network's level): its primary
 * recipient approves, refuses or returns it ({@link DecisionOutcome#APPLICATION}), and the standing
 * decision is kept on the type's row, where the rules that accept an approval read it.
 */
public abstract class ApplicationType<T, R extends ApplicationRow> extends ReportType<T> {

    private final Class<R> row;

    protected ApplicationType(ReportForm<T> form, Class<R> row) {
        super(form, row);
        this.row = row;
    }

    @Override
    public final Set<DecisionOutcome> decisions() {
        return DecisionOutcome.APPLICATION;
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public final void decided(UUID submissionId, DecisionOutcome outcome) {
        R application = Panache.getEntityManager().find(row, submissionId);
        if (application == null) {
            return;
        }
        application.decision = outcome.name();
        if (outcome == DecisionOutcome.APPROVED) {
            approved(application);
        }
    }

    /** What an approval opens besides the standing decision (nothing, unless the type says). */
    protected void approved(R application) {
    }
}
