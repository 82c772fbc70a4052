package cn.healthsec.reporting.web;

import cn.healthsec.reporting.audit.RequestId;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.MDC;

/**
 * Gives every request an id before anything else looks at it: the caller's {@code X-Request-Id}
 * when acceptable ({@link RequestId#adopt}), else a new one. The id goes into the logging context
 * (log lines, audit records) and back to the caller in the response's {@code X-Request-Id}, so a
 * hospital's integrator and an operator can name the same request.
 */
@ApplicationScoped
public class RequestIds {

    static final String CONTEXT_KEY = "healthsec.requestId";
    /** Before the HTTP limits, so that their refusals carry the id too. */
    static final int ORDER = HttpLimits.ORDER - 1;

    void install(@Observes Router router) {
        router.route().order(ORDER).handler(this::assign);
    }

    void assign(RoutingContext context) {
        String id = RequestId.adopt(context.request().getHeader(RequestId.HEADER));
        context.put(CONTEXT_KEY, id);
        MDC.put(RequestId.MDC_KEY, id);
        context.response().putHeader(RequestId.HEADER, id);
        context.next();
    }
}
