package cn.healthsec.reporting.routing;

import cn.healthsec.reporting.authority.AuthorityDirectory;
import cn.healthsec.reporting.authority.AuthorityId;
import cn.healthsec.reporting.authority.AuthorityLevel;
import cn.healthsec.reporting.institution.Institution;
import cn.healthsec.reporting.rules.SubmissionType;

import java.util.Set;

/**
 * What routing rules may look at: the report's type, the institution as registered, and markers
 * a report type sets from its content (e.g. {@code CORE_DATA}); never the report's free text.
 */
public record RoutingFacts(SubmissionType type, Institution institution, Set<String> markers, AuthorityDirectory directory,
                           RoutingPolicy policy) {

    public RoutingFacts(SubmissionType type, Institution institution, Set<String> markers, AuthorityDirectory directory) {
        this(type, institution, markers, directory, RoutingPolicy.DEFAULT);
    }

    public RoutingFacts(SubmissionType type, Institution institution, Set<String> markers, AuthorityDirectory directory,
                        java.time.Duration healthReportWithin) {
        this(type, institution, markers, directory, new RoutingPolicy(healthReportWithin, RoutingPolicy.DEFAULT.ciiProtectionDepartment(),
                RoutingPolicy.DEFAULT.ciiPublicSecurityAtProvince(), RoutingPolicy.DEFAULT.majorIncidentsToNhc(),
                RoutingPolicy.DEFAULT.publicSecurityAtProvince(), RoutingPolicy.DEFAULT.catalogueToProvince(),
                RoutingPolicy.DEFAULT.catalogueToNhc()));
    }

    /** The hours of "及时" (policy). */
    public java.time.Duration healthReportWithin() {
        return policy.healthReportWithin();
    }

    /** A catalogue report with at least one core-data item. */
    public static final String CORE_DATA = "CORE_DATA";
    /** A catalogue report with an important- or core-data item. */
    public static final String IMPORTANT_DATA = "IMPORTANT_DATA";
    /** A risk-assessment report applying for the core-data cross-entity assessment (2026 art. 11 ¶2). */
    public static final String CORE_DATA_CROSS_ENTITY = "CORE_DATA_CROSS_ENTITY";

    /** A cross-border application the local commission approved, whose export takes the security assessment (2026 art. 22(4)). */
    public static final String EXPORT_ASSESSMENT = "EXPORT_ASSESSMENT";

    /** Incidents: the effective grade is 较大 or above. */
    public static final String GRADE_LARGE = "GRADE_LARGE";
    /** Incidents: the effective grade is 重大 or above. */
    public static final String GRADE_MAJOR = "GRADE_MAJOR";
    public static final String IMPORTANT_OR_CORE_DATA_INVOLVED = "IMPORTANT_OR_CORE_DATA_INVOLVED";
    public static final String SUSPECTED_CRIME = "SUSPECTED_CRIME";
    /** A vulnerability report rather than an incident. */
    public static final String VULNERABILITY = "VULNERABILITY";
    /** A vulnerability that endangers national security or the public interest (Regulation art. 10). */
    public static final String VULNERABILITY_NATIONAL_SECURITY = "VULNERABILITY_NATIONAL_SECURITY";

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

    /**
     * The provincial-level area of the institution's location, for territorial bodies (CAC, PSB):
     * XPCC for XPCC institutions, otherwise the province of the division, whoever supervises.
     */
    public String provinceArea() {
        return institution.supervisor().isXpcc() ? AuthorityId.XPCC : institution.divisionCode().substring(0, 2) + "0000";
    }

    /** Registered as processing important (or core) data: the duties of 2026 art. 10 apply. */
    public boolean importantDataInstitution() {
        return institution.processesImportantData() || institution.processesCoreData();
    }

    public boolean has(String marker) {
        return markers.contains(marker);
    }

    /** The marker of a report addressed to one authority (a rectification report, to the notice's issuer). */
    public static String addressedTo(AuthorityId authority) {
        return ADDRESSED_TO + authority;
    }

    private static final String ADDRESSED_TO = "ADDRESSED_TO:";

    /** The authority the report is addressed to, if its type set one. */
    public java.util.Optional<AuthorityId> addressee() {
        return markers.stream().filter(m -> m.startsWith(ADDRESSED_TO)).findFirst()
                .flatMap(m -> AuthorityId.parse(m.substring(ADDRESSED_TO.length())));
    }
}
