package cn.healthsec.reporting.submission;

import cn.healthsec.reporting.institution.Institution;
import cn.healthsec.reporting.rules.Outcome;
import cn.healthsec.reporting.security.Caller;
import com.fasterxml.jackson.databind.JsonNode;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * A checked report ready to be stored under {@code id} (chosen by the intake, which claimed the
 * Idempotency-Key for it): its content, what the rules concluded, the markers routing
 * may use, and a hook that writes the type's own rows in the same transaction. Incidents add when
 * their clocks started and which recipients an earlier report already reached (their clocks ran then).
 */
public record NewSubmission(
        SubmissionType type,
        Institution institution,
        Caller caller,
        Instant receivedAt,
        JsonNode content,
        Outcome outcome,
        Set<String> routingMarkers,
        UUID id,
        Consumer<SubmissionEntity> typeRows,
        Instant clockStart,
        Set<String> alreadyNotified) {

    public NewSubmission(SubmissionType type, Institution institution, Caller caller, Instant receivedAt, JsonNode content,
                         Outcome outcome, Set<String> routingMarkers, UUID id, Consumer<SubmissionEntity> typeRows) {
        this(type, institution, caller, receivedAt, content, outcome, routingMarkers, id, typeRows, null, Set.of());
    }
}
