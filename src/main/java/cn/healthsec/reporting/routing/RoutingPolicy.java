package cn.healthsec.reporting.routing;

import cn.healthsec.reporting.authority.AuthorityId;

import java.time.Duration;

/**
 * The routing choices the texts leave open, as the service's policy sets them (RULEBOOK §D:
 * UNCONFIRMED, so configurable and marked so on every route that relies on them).
 *
 * @param healthReportWithin          the hours of "及时" to the health authority and public security (2022 art. 27)
 * @param ciiProtectionDepartment     the CII protection department (保护工作部门) of the health sector (CAC Incident Measures art. 4; no text names it)
 * @param ciiPublicSecurityAtProvince whether a CII operator's public-security organ is the province's (else the county's; no text says)
 * @param majorIncidentsToNhc         whether 重大-and-above incidents are copied to the NHC (no text requires it of the institution)
 */
public record RoutingPolicy(Duration healthReportWithin, AuthorityId ciiProtectionDepartment, boolean ciiPublicSecurityAtProvince,
                            boolean majorIncidentsToNhc, boolean publicSecurityAtProvince, boolean catalogueToProvince,
                            String catalogueToNhc) {

    public static final RoutingPolicy DEFAULT = new RoutingPolicy(Duration.ofHours(4), AuthorityId.NHC, true, true, false, true, "IMPORTANT");
}
