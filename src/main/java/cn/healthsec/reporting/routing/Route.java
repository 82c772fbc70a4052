package cn.healthsec.reporting.routing;

import cn.healthsec.reporting.authority.AuthorityId;
import cn.healthsec.reporting.rules.Basis;

/** One recipient of a submission, why, and on what authority. */
public record Route(AuthorityId authority, String reason, String ruleId, Basis basis) {
}
