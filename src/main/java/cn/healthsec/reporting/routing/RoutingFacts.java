package cn.healthsec.reporting.routing;

import cn.healthsec.reporting.authority.AuthorityDirectory;
import cn.healthsec.reporting.authority.AuthorityId;
import cn.healthsec.reporting.authority.AuthorityLevel;
import cn.healthsec.reporting.institution.Institution;
import cn.healthsec.reporting.submission.SubmissionType;

import java.util.Set;

/**
 * What routing rules may look at: the report's type, the institution as registered, and markers
 * a report type sets from its content (e.g. {@code CORE_DATA}); never the report's free text.
 */
public record RoutingFacts(SubmissionType type, Institution institution, Set<String> markers, AuthorityDirectory directory) {

    /** A catalogue report with at least one core-data item. */
    public static final String CORE_DATA = "CORE_DATA";
    /** A risk-assessment report applying for the core-data cross-entity assessment (2026 art. 11 ¶2). */
    public static final String CORE_DATA_CROSS_ENTITY = "CORE_DATA_CROSS_ENTITY";

    public RoutingFacts {
        markers = Set.copyOf(markers);
    }

    public AuthorityLevel supervisorLevel() {
        return directory.level(institution.supervisor()).orElseThrow();
    }

    /** The NHC, HC-XPCC, or the province of the institution's location (see AuthorityDirectory). */
    public AuthorityId provincialCommission() {
        return directory.provincialCommission(institution.supervisor(), institution.divisionCode());
    }

    /** Registered as processing important (or core) data: the duties of 2026 art. 10 apply. */
    public boolean importantDataInstitution() {
        return institution.processesImportantData() || institution.processesCoreData();
    }

    public boolean has(String marker) {
        return markers.contains(marker);
    }
}
