package cn.healthsec.reporting.webhook;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * When a failed event is tried again (issue 25 §4; Standard Webhooks "Retry schedule"; GitHub and
 * Stripe retry for about a day and three days). The first retry waits {@code first}; each later wait
 * is four times the one before, up to {@code max}; every wait is moved by up to ±20% (jitter), so
 * that the subscribers of one busy minute do not come back in step. A receiver's {@code Retry-After}
 * is honoured: the wait is at least what it asked, up to {@code retryFor}. An event whose attempt
 * fails {@code retryFor} or more after its first attempt is dead-lettered instead: it is retried for
 * at least that long, and never forever.
 */
public record RetrySchedule(Duration first, Duration max, Duration retryFor) {

    /** The factor between two waits. */
    static final int FACTOR = 4;
    /** How far jitter moves a wait, either way. */
    static final double JITTER = 0.2;

    public RetrySchedule {
        if (first.isNegative() || first.isZero() || max.compareTo(first) < 0 || retryFor.isNegative()) {
            throw new IllegalArgumentException("the retry schedule needs 0 < first <= max and retryFor >= 0");
        }
    }

    /**
     * After {@code attempts} failed attempts (the first at {@code firstAttempt}, the last ending at
     * {@code now}): when to try next, or empty when the event is to be dead-lettered.
     * {@code jitter} is in [-1, 1] (the caller's random draw), {@code retryAfter} what the receiver asked.
     */
    public Optional<Instant> next(int attempts, Instant firstAttempt, Instant now, Optional<Duration> retryAfter, double jitter) {
        if (attempts < 1) {
            throw new IllegalArgumentException("only a failed attempt is retried");
        }
        if (Duration.between(firstAttempt, now).compareTo(retryFor) >= 0) {
            return Optional.empty();
        }
        return Optional.of(now.plus(wait(attempts, retryAfter, jitter)));
    }

    /** The wait after the {@code attempts}-th failed attempt. */
    public Duration wait(int attempts, Optional<Duration> retryAfter, double jitter) {
        Duration base = first;
        for (int i = 1; i < attempts && base.compareTo(max) < 0; i++) {
            base = base.multipliedBy(FACTOR);
        }
        if (base.compareTo(max) > 0) {
            base = max;
        }
        double factor = 1 + JITTER * Math.max(-1, Math.min(1, jitter));
        Duration wait = Duration.ofMillis(Math.max(1, Math.round(base.toMillis() * factor)));
        if (retryAfter.isPresent() && retryAfter.get().compareTo(wait) > 0) {
            wait = retryAfter.get().compareTo(retryFor) > 0 ? retryFor : retryAfter.get();
        }
        return wait;
    }
}
