package cn.healthsec.reporting.submission;

import java.util.UUID;

/** A stored submission, its reference, and whether this call created it (false: an idempotent replay). */
public record Accepted(UUID id, String reference, boolean created) {
}
