package cn.healthsec.reporting.submission;

import cn.healthsec.reporting.institution.Institution;
import cn.healthsec.reporting.security.Caller;
import com.fasterxml.jackson.databind.JsonNode;

import java.time.Instant;
import java.util.UUID;

/**
 * A report that passed intake, as its type's service receives it: the body read into its record
 * and as sent, the caller's registered institution, the caller, the moment of receipt, and the id
 * the intake chose for the submission (and claimed its Idempotency-Key for).
 */
public record Received<T>(T report, JsonNode content, Institution institution, Caller caller, Instant at, UUID id) {
}
