package cn.healthsec.reporting.routing;

import cn.healthsec.reporting.authority.AuthorityDirectory;
import cn.healthsec.reporting.institution.Institution;
import cn.healthsec.reporting.submission.SubmissionType;

import java.util.Set;

/**
 * What routing rules may look at: the report's type, the institution as registered, and markers
 * a report type sets from its content (e.g. {@code CORE_DATA}); never the report's free text.
 */
public record RoutingFacts(SubmissionType type, Institution institution, Set<String> markers, AuthorityDirectory directory) {

    public RoutingFacts {
        markers = Set.copyOf(markers);
    }

    public boolean has(String marker) {
        return markers.contains(marker);
    }
}
