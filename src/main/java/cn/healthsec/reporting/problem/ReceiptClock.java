package cn.healthsec.reporting.problem;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ClockProvider;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.function.Supplier;

/**
 * Bean Validation's clock (Quarkus uses this bean for the validator factory): while a request
 * body is validated it is the moment the request was received, so that {@link NotAfterReceipt}
 * compares with receipt and not with whenever validation happens to run; otherwise the system clock.
 */
@ApplicationScoped
public class ReceiptClock implements ClockProvider {

    private static final ThreadLocal<Clock> DURING = new ThreadLocal<>();

    /** Runs {@code work} (on this thread) with the clock stopped at {@code receivedAt}. */
    public static <T> T at(Instant receivedAt, Supplier<T> work) {
        Clock previous = DURING.get();
        DURING.set(Clock.fixed(receivedAt, ZoneOffset.UTC));
        try {
            return work.get();
        } finally {
            if (previous == null) {
                DURING.remove();
            } else {
                DURING.set(previous);
            }
        }
    }

    @Override
    public Clock getClock() {
        Clock clock = DURING.get();
        return clock != null ? clock : Clock.systemUTC();
    }
}
