package cn.healthsec.reporting.webhook;

import cn.healthsec.reporting.rules.LegalTime;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Duration;
import java.time.Instant;

/**
 * The time the sender schedules by: when an event was tried, when it may be tried again, when its
 * retries are spent. The system clock, which a test may move ahead (a portal down for an hour, a
 * day of retries) without waiting. Leases use the database's clock; signatures the real one.
 */
@ApplicationScoped
public class WebhookClock {

    private volatile Duration ahead = Duration.ZERO;

    public Instant now() {
        return LegalTime.now().plus(ahead);
    }

    /** Moves this replica's scheduling time ahead (tests). */
    void advance(Duration by) {
        ahead = ahead.plus(by);
    }
}
