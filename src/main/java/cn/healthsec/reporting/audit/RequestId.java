package cn.healthsec.reporting.audit;

import org.jboss.logging.MDC;

import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The id of the request being served, in the logging context under {@value #MDC_KEY} (so every log
 * line and every audit record of the request carries it). A caller's {@code X-Request-Id} is kept
 * when it is a plain token of at most 64 characters; anything else is replaced by a new UUID, never
 * echoed.
 */
public final class RequestId {

    public static final String HEADER = "X-Request-Id";
    public static final String MDC_KEY = "requestId";
    private static final Pattern ACCEPTABLE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:-]{0,63}");

    private RequestId() {
    }

    /** The caller's id when acceptable, else a new one. */
    public static String adopt(String offered) {
        return offered != null && ACCEPTABLE.matcher(offered).matches() ? offered : UUID.randomUUID().toString();
    }

    /** The current request's id, or null outside a request. */
    public static String current() {
        Object id = MDC.get(MDC_KEY);
        return id == null ? null : id.toString();
    }
}
