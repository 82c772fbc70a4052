package cn.healthsec.reporting.submission;

import cn.healthsec.reporting.rules.Outcome;
import cn.healthsec.reporting.rules.Severity;

import java.time.Instant;

/** A report is always accepted when well formed; the status says whether the rules found anything. */
public final class SubmissionStatus {
    public static final String ACCEPTED = "ACCEPTED";
    public static final String ACCEPTED_WITH_FINDINGS = "ACCEPTED_WITH_FINDINGS";

    private SubmissionStatus() {
    }

    public static String of(Outcome outcome, Instant receivedAt) {
        boolean findings = outcome.findings().stream().anyMatch(f -> f.severity() != Severity.INFO)
                || outcome.deadlines().stream().anyMatch(d -> d.stateAt(receivedAt).isBreach());
        return findings ? ACCEPTED_WITH_FINDINGS : ACCEPTED;
    }
}
