package cn.healthsec.reporting.webhook.api;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.List;

/**
 * A push subscription: where to POST (https, or http for a host the operator allows), which event
 * types, and a note for the subscriber's own people.
 */
public record SubscriptionRequest(
        @NotNull @Size(min = 1, max = 2000) String url,
        @NotNull @Size(min = 1, max = 10) List<@NotNull @Size(min = 1, max = 64) String> types,
        @Size(max = 500) String description) {
}
