package cn.healthsec.reporting.routing;

import cn.healthsec.reporting.authority.AuthorityId;
import cn.healthsec.reporting.rules.Basis;

/** One recipient of a submission, why, on what authority, and (for incidents) its clock or null. */
public record Route(AuthorityId authority, String reason, String ruleId, Basis basis, Clock clock) {

    public Route withClock(Clock stricter) {
        return new Route(authority, reason, ruleId, basis, stricter);
    }
}
