package cn.healthsec.reporting.webhook;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Issue 25 §4: "retries with exponential backoff and jitter for at least 24 h, honouring Retry-After". */
class RetryScheduleTest {

    private static final org.jboss.logging.Logger LOG = org.jboss.logging.Logger.getLogger(RetryScheduleTest.class);

    static final RetrySchedule DEFAULT = new RetrySchedule(Duration.ofSeconds(5), Duration.ofHours(1), Duration.ofHours(24));
    static final Instant T0 = Instant.parse("2026-12-07T00:00:00Z");

    @Test
    void shouldWaitFourTimesLongerEachTimeUpToTheMaximum() {
        assertEquals(Duration.ofSeconds(5), DEFAULT.wait(1, Optional.empty(), 0));
        assertEquals(Duration.ofSeconds(20), DEFAULT.wait(2, Optional.empty(), 0));
        assertEquals(Duration.ofSeconds(80), DEFAULT.wait(3, Optional.empty(), 0));
        assertEquals(Duration.ofSeconds(320), DEFAULT.wait(4, Optional.empty(), 0));
        assertEquals(Duration.ofSeconds(1280), DEFAULT.wait(5, Optional.empty(), 0));
        assertEquals(Duration.ofHours(1), DEFAULT.wait(6, Optional.empty(), 0));
        assertEquals(Duration.ofHours(1), DEFAULT.wait(60, Optional.empty(), 0), "capped, and no overflow");
    }

    @Test
    void shouldMoveEveryWaitByAtMostTwentyPercent() {
        assertEquals(Duration.ofSeconds(4), DEFAULT.wait(1, Optional.empty(), -1));
        assertEquals(Duration.ofSeconds(6), DEFAULT.wait(1, Optional.empty(), 1));
        assertEquals(Duration.ofMinutes(72), DEFAULT.wait(9, Optional.empty(), 1));
    }

    @Test
    void shouldHonourRetryAfterUpToTheRetryWindow() {
        assertEquals(Duration.ofMinutes(10), DEFAULT.wait(1, Optional.of(Duration.ofMinutes(10)), 0), "longer than ours: theirs");
        assertEquals(Duration.ofSeconds(20), DEFAULT.wait(2, Optional.of(Duration.ofSeconds(1)), 0), "shorter than ours: ours");
        assertEquals(Duration.ofHours(24), DEFAULT.wait(1, Optional.of(Duration.ofDays(30)), 0), "never beyond the window");
    }

    /** A receiver failing every time is tried for at least 24 hours, then dead-lettered: never forever. */
    @Test
    void shouldRetryForAtLeastTheWindowThenDeadLetter() {
        Instant now = T0;
        int attempts = 1;
        Optional<Instant> next;
        while ((next = DEFAULT.next(attempts, T0, now, Optional.empty(), 1)).isPresent()) {
            assertTrue(next.get().isAfter(now));
            now = next.get();
            attempts++;
            assertTrue(attempts < 100, "ends");
        }
        assertTrue(Duration.between(T0, now).compareTo(Duration.ofHours(24)) >= 0, "the last attempt is 24 h or more after the first");
        assertTrue(Duration.between(T0, now).compareTo(Duration.ofHours(26)) < 0, "and not much more: " + Duration.between(T0, now));
        assertFalse(DEFAULT.next(attempts, T0, now, Optional.empty(), 0).isPresent());
        LOG.infof("[webhook] retry schedule: %d attempts over %s, then dead-lettered", attempts, Duration.between(T0, now));
    }
}
