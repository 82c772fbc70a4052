package cn.healthsec.reporting.webhook.api;

import jakarta.validation.constraints.Size;

/**
 * Where a subscription starts again: after this cursor of its stream (an inbox cursor for an
 * authority, an event's {@code cursor} for either), or from the stream's beginning when absent.
 */
public record ReplayRequest(@Size(min = 1, max = 400) String after) {
}
