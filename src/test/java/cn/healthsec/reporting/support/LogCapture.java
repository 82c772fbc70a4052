package cn.healthsec.reporting.support;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Formatter;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * Captures every log record the service writes while open, at every level, formatted as it would
 * be printed (message, parameters and any exception), so a test can prove a value never reached a log.
 * The test's own HTTP client (REST Assured over Apache HttpClient) runs in the same JVM and logs
 * the request it sends on the wire at DEBUG; those records are the client's, not the service's,
 * and are left out. The service uses neither library.
 */
public final class LogCapture implements AutoCloseable {

    private final Logger root = Logger.getLogger("");
    private final Level previousLevel = root.getLevel();
    private final List<String> lines = new ArrayList<>();
    private final List<Level> levels = new ArrayList<>();
    /** Level, logger name, message with its parameters, and the stack trace of any exception. */
    private final Formatter formatter = new Formatter() {
        @Override
        public String format(LogRecord record) {
            StringBuilder b = new StringBuilder().append(record.getLevel()).append(" [").append(record.getLoggerName()).append("] ")
                    .append(formatMessage(record));
            if (record.getThrown() != null) {
                java.io.StringWriter trace = new java.io.StringWriter();
                record.getThrown().printStackTrace(new java.io.PrintWriter(trace));
                b.append('\n').append(trace);
            }
            return b.toString();
        }
    };
    private final Handler handler = new Handler() {
        @Override
        public void publish(LogRecord record) {
            String logger = record.getLoggerName() == null ? "" : record.getLoggerName();
            if (logger.startsWith("org.apache.http") || logger.startsWith("io.restassured")) {
                return;
            }
            synchronized (levels) {
                lines.add(formatter.format(record));
                levels.add(record.getLevel());
            }
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    /** The console and other handlers keep printing only what they printed before (INFO and up), not the captured detail. */
    private final Map<Handler, Level> quieted = new HashMap<>();

    public LogCapture() {
        for (Handler h : root.getHandlers()) {
            Level level = h.getLevel() == null ? Level.ALL : h.getLevel();
            quieted.put(h, level);
            if (level.intValue() < Level.INFO.intValue()) {
                h.setLevel(Level.INFO);
            }
        }
        handler.setLevel(Level.ALL);
        root.addHandler(handler);
        root.setLevel(Level.ALL);
    }

    /** Every line, at every level, including the frameworks' own DEBUG and TRACE detail. */
    public List<String> lines() {
        synchronized (levels) {
            return List.copyOf(lines);
        }
    }

    /** The lines a production deployment would print (INFO and up: Quarkus's default). */
    public List<String> printed() {
        synchronized (levels) {
            List<String> out = new ArrayList<>();
            for (int i = 0; i < lines.size(); i++) {
                if (levels.get(i).intValue() >= Level.INFO.intValue()) {
                    out.add(lines.get(i));
                }
            }
            return out;
        }
    }

    @Override
    public void close() {
        root.removeHandler(handler);
        root.setLevel(previousLevel);
        quieted.forEach(Handler::setLevel);
    }
}
