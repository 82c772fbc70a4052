package cn.healthsec.reporting.submission;

import cn.healthsec.reporting.rules.Outcome;
import cn.healthsec.reporting.rules.Severity;

import java.time.Instant;
import java.util.List;

/**
 * Where a submission stands. A report is always accepted when well formed; at receipt its status
 * says whether the rules found anything. Later its state may override that: returned by its
 * primary recipient for correction, superseded by an amendment, or retracted by the institution.
 */
public final class SubmissionStatus {
    public static final String ACCEPTED = "ACCEPTED";
    public static final String ACCEPTED_WITH_FINDINGS = "ACCEPTED_WITH_FINDINGS";
    public static final String RETURNED_FOR_CORRECTION = "RETURNED_FOR_CORRECTION";
    public static final String SUPERSEDED = "SUPERSEDED";
    public static final String RETRACTED = "RETRACTED";

    /** Every status a reader may see and filter by. */
    public static final List<String> ALL = List.of(ACCEPTED, ACCEPTED_WITH_FINDINGS, RETURNED_FOR_CORRECTION, SUPERSEDED, RETRACTED);

    private SubmissionStatus() {
    }

    public static String of(Outcome outcome, Instant receivedAt) {
        boolean findings = outcome.findings().stream().anyMatch(f -> f.severity() != Severity.INFO)
                || outcome.deadlines().stream().anyMatch(d -> d.stateAt(receivedAt).isBreach());
        return findings ? ACCEPTED_WITH_FINDINGS : ACCEPTED;
    }
}
