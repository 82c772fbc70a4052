package cn.healthsec.reporting.webhook.api;

import java.util.List;

/** An owner's live subscriptions, oldest first. */
public record Subscriptions(List<SubscriptionView> subscriptions) {
}
