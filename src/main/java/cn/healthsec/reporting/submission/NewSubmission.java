package cn.healthsec.reporting.submission;

import cn.healthsec.reporting.rules.Outcome;
import cn.healthsec.reporting.rules.SubmissionType;
import cn.healthsec.reporting.submission.api.ContentType;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/**
 * A checked report ready to be stored: what was received, its type, what the rules concluded, the
 * markers routing may use, the thread it belongs to (reports that belong together, such as an
 * incident's, share one: its first report's id; null for a report of its own) and when its route
 * clocks start (null: its routes have none), and which request schema its content follows.
 */
public record NewSubmission(Received<?> received, SubmissionType type, Outcome outcome, Set<String> routingMarkers,
                            UUID threadId, Instant clockStart, ContentType contentType) {

    /** A report of its own, without route clocks. */
    public NewSubmission(Received<?> received, SubmissionType type, Outcome outcome, Set<String> routingMarkers) {
        this(received, type, outcome, routingMarkers, null, null, ContentType.of(type));
    }
}
