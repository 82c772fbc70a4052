package cn.healthsec.reporting.auditapi;

import cn.healthsec.reporting.audit.AuditFilter;
import cn.healthsec.reporting.audit.AuditRecordView;
import cn.healthsec.reporting.audit.AuditVerification;
import cn.healthsec.reporting.audit.AuditVerifier;
import cn.healthsec.reporting.problem.FieldError;
import cn.healthsec.reporting.problem.QueryParameters;
import cn.healthsec.reporting.security.CallerResolver;
import cn.healthsec.reporting.security.Role;
import cn.healthsec.reporting.web.Cursor;
import cn.healthsec.reporting.web.Page;
import cn.healthsec.reporting.web.PageSize;
import cn.healthsec.reporting.web.Paging;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import java.time.Instant;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The audit trail, for administrators only: its records, and whether its chain is intact. */
@Path("/api/v1/audit")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.ADMIN)
public class AuditResource {

    static final PageSize PAGE = new PageSize(100, 500);
    static final int MAX_TEXT = 200;
    private static final Pattern ANCHOR = Pattern.compile("([1-9]\\d{0,17}):([0-9a-fA-F]{64})");

    @Inject
    CallerResolver callers;

    @Inject
    AuditTrail trail;

    @GET
    @Path("/records")
    public Page<AuditRecordView> records(@QueryParam("actor") String actor, @QueryParam("organisation") String organisation,
                                         @QueryParam("action") String action, @QueryParam("targetType") String targetType,
                                         @QueryParam("targetId") String targetId, @QueryParam("outcome") String outcome,
                                         @QueryParam("from") String from, @QueryParam("to") String to,
                                         @BeanParam Paging paging) {
        QueryParameters q = QueryParameters.read();
        Instant since = q.instant("from", from);
        Instant until = q.instant("to", to);
        if (since != null && until != null && since.isAfter(until)) {
            q.error(FieldError.of("from", "after_to"));
        }
        AuditFilter filter = new AuditFilter(q.text("actor", actor, MAX_TEXT), q.text("organisation", organisation, 32),
                q.text("action", action, 64), q.text("targetType", targetType, 32), q.text("targetId", targetId, MAX_TEXT),
                q.oneOf("outcome", outcome, Outcome.class) == null ? null : outcome, since, until);
        int pageSize = paging.checkedLimit(q, PAGE);
        return trail.records(filter, Cursor.after(paging.after()), pageSize, callers.current());
    }

    @GET
    @Path("/verify")
    public AuditVerification verify(@QueryParam("fromSeal") String fromSeal, @QueryParam("anchor") String anchor) {
        QueryParameters q = QueryParameters.read();
        Integer first = q.integer("fromSeal", fromSeal);
        if (first != null && first < 1) {
            q.error(FieldError.of("fromSeal", "too_small", Map.of("min", 1)));
        }
        AuditVerifier.Anchor expected = null;
        if (anchor != null) {
            Matcher m = ANCHOR.matcher(anchor);
            if (m.matches()) {
                expected = new AuditVerifier.Anchor(Long.parseLong(m.group(1)), m.group(2));
            } else {
                q.error(FieldError.of("anchor", "invalid_format"));
            }
        }
        q.check();
        return trail.verify(first == null ? 1 : first, expected, callers.current());
    }

    /** The outcomes a record has. */
    enum Outcome { SUCCESS, DENIED }
}
