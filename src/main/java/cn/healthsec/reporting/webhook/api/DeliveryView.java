package cn.healthsec.reporting.webhook.api;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * One event a subscription sent or tried to send: its CloudEvents id (= {@code webhook-id}), type
 * and stream cursor, its state ({@code PENDING}, {@code DELIVERED}, {@code FAILED}: dead-lettered),
 * every attempt with the receiver's status or the error, never the receiver's answer body.
 */
public record DeliveryView(long id, String eventId, String eventType, String cursor, boolean redelivery, String state,
                           OffsetDateTime createdAt, OffsetDateTime nextAttemptAt, OffsetDateTime finishedAt, List<Attempt> attempts) {

    public record Attempt(int attempt, OffsetDateTime at, Integer status, String error, int durationMs) {
    }
}
