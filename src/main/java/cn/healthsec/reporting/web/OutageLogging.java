package cn.healthsec.reporting.web;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Filter;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * While the database is unreachable every request and every readiness probe fails the same way,
 * and the connection pool, the transaction manager and the health reporter each say so, with a
 * stack trace, every time: one outage wrote 2,696 stack-trace lines. What an operator needs is
 * that the database is down, since when, and how often it was tried. So the messages of those
 * loggers are kept without their stack trace, and each distinct message is printed at most once a
 * minute, with the number of repetitions it stood for.
 *
 * <p>Installed on the loggers themselves (not on one handler), so the console, JSON and file
 * outputs all see the same. Hibernate's own SQL-error lines are off altogether (application
 * properties): they repeat the driver's message, which can quote data.
 */
@ApplicationScoped
public class OutageLogging {

    /** Loggers that report each failed connection, rollback or probe during an outage. */
    static final List<String> NOISY = List.of("io.agroal.pool", "com.arjuna.ats.jta", "io.smallrye.health");

    static final long WINDOW_MS = 60_000;

    private final Filter filter = new Repetitions();

    void install(@Observes StartupEvent start) {
        for (String name : NOISY) {
            Logger.getLogger(name).setFilter(filter);
        }
    }

    /** At most one record per distinct message per window, never with a stack trace. */
    static final class Repetitions implements Filter {
        private record Seen(AtomicLong windowStart, AtomicLong suppressed) {
        }

        private final Map<String, Seen> seen = new ConcurrentHashMap<>();

        @Override
        public boolean isLoggable(LogRecord record) {
            record.setThrown(null);
            String key = record.getLoggerName() + '|' + record.getMessage();
            long now = record.getMillis();
            Seen s = seen.computeIfAbsent(key, k -> new Seen(new AtomicLong(Long.MIN_VALUE / 2), new AtomicLong()));
            long start = s.windowStart().get();
            if (now - start < WINDOW_MS || !s.windowStart().compareAndSet(start, now)) {
                s.suppressed().incrementAndGet();
                return false;
            }
            long repeated = s.suppressed().getAndSet(0);
            if (repeated > 0) {
                record.setMessage(record.getMessage() + " [repeated " + repeated + " more time(s) in the last minute]");
            }
            if (seen.size() > 1000) {
                seen.clear();
            }
            return true;
        }
    }
}
