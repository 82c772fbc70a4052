package cn.healthsec.reporting.submission;

import cn.healthsec.reporting.submission.api.FindingView;
import cn.healthsec.reporting.submission.api.ReceiptView;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * What intake has taken, for operators (Prometheus, {@code /q/metrics}): submissions by type and
 * outcome, findings by code. Counted once the filing has committed (a report whose transaction
 * rolls back is not counted); labels are closed sets (report types, outcomes, finding codes), never
 * an institution or a value a report carried.
 */
@ApplicationScoped
public class IntakeMetrics {

    public static final String SUBMISSIONS = "healthsec.submissions";
    public static final String FINDINGS = "healthsec.findings";

    @Inject
    MeterRegistry registry;

    /** A receipt answered: a new submission ({@code created}) or the replay of one (an Idempotency-Key used again). */
    void answered(ReceiptView receipt, boolean created) {
        String outcome = !created ? "replayed" : receipt.findings().isEmpty() ? "accepted" : "accepted_with_findings";
        count(receipt, outcome);
        if (created) {
            for (FindingView f : receipt.findings()) {
                registry.counter(FINDINGS, "code", f.code()).increment();
            }
        }
    }

    void dryRun(ReceiptView receipt) {
        count(receipt, "dry_run");
    }

    private void count(ReceiptView receipt, String outcome) {
        registry.counter(SUBMISSIONS, "type", receipt.type(), "outcome", outcome).increment();
    }
}
