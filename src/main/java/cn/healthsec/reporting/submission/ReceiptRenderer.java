package cn.healthsec.reporting.submission;

import cn.healthsec.reporting.problem.Messages;
import cn.healthsec.reporting.routing.Delivered;
import cn.healthsec.reporting.rules.LegalTime;
import cn.healthsec.reporting.rules.Outcome;
import cn.healthsec.reporting.submission.api.DeadlineView;
import cn.healthsec.reporting.submission.api.FindingView;
import cn.healthsec.reporting.submission.api.MeasurementView;
import cn.healthsec.reporting.submission.api.ReceiptView;
import cn.healthsec.reporting.submission.api.RouteView;
import cn.healthsec.reporting.web.StoredJson;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * Turns a stored submission into its receipt, in the reader's language. Deadline states are
 * evaluated at reading time: a filing still PENDING at receipt shows OVERDUE once its day passes.
 */
@ApplicationScoped
public class ReceiptRenderer {

    @Inject
    StoredJson json;

    public Outcome outcome(SubmissionEntity s) {
        return json.read(s.evaluation, Outcome.class, "evaluation of " + s.id);
    }

    public ReceiptView render(SubmissionEntity s, List<Delivered> routes, Locale locale, Instant now) {
        Outcome outcome = outcome(s);
        List<DeadlineView> deadlines = outcome.deadlines().stream()
                .map(d -> new DeadlineView(d.obligation(), d.dueOn(), d.stateAt(now), d.provisional(), d.doneOn(), d.basis().cite(),
                        d.citation()))
                .toList();
        List<FindingView> findings = outcome.findings().stream()
                .map(f -> new FindingView(f.code(), f.severity(), Messages.text(locale, "finding." + f.code(), f.arguments()),
                        f.basis().cite(), f.citation()))
                .toList();
        List<RouteView> routeViews = routes.stream()
                .map(d -> new RouteView(d.authorityId(), d.reason(), Messages.text(locale, "route." + d.reason()), d.basis(),
                        d.citation(), d.acknowledged(), d.acknowledgedAt() == null ? null : LegalTime.local(d.acknowledgedAt()),
                        d.dueAt() == null ? null : LegalTime.local(d.dueAt()), d.clockState(), d.clockBasis(), d.clockCitation()))
                .toList();
        List<MeasurementView> measurements = outcome.measurements().stream()
                .map(m -> new MeasurementView(m.name(), m.value(), m.threshold(), m.thresholdReached(), m.basis().cite(),
                        m.citation()))
                .toList();
        return new ReceiptView(s.id, s.reference, s.type.name(), s.institutionUscc, LegalTime.local(s.receivedAt),
                s.currentStatus(), deadlines, findings, measurements, routeViews);
    }
}
