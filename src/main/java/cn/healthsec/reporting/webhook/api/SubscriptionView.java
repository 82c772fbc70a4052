package cn.healthsec.reporting.webhook.api;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * A subscription as its owner reads it. {@code secret} is set only in the answer that made it (a
 * creation or a rotation), absent otherwise; {@code position} is the cursor of the last event the
 * subscription is done with (delivered or dead-lettered); {@code nextAttemptAt} is set while its head
 * event waits for a retry.
 */
public record SubscriptionView(UUID id, String url, List<String> types, String description, String state, String endedReason,
                               OffsetDateTime createdAt, OffsetDateTime updatedAt, String position, OffsetDateTime nextAttemptAt,
                               OffsetDateTime previousSecretValidUntil,
                               @JsonInclude(JsonInclude.Include.NON_NULL) String secret) {
}
