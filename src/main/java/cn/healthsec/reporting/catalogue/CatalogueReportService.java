package cn.healthsec.reporting.catalogue;

import cn.healthsec.reporting.catalogue.api.CatalogueItem;
import cn.healthsec.reporting.catalogue.api.CatalogueReportRequest;
import cn.healthsec.reporting.catalogue.api.CatalogueReportType;
import cn.healthsec.reporting.vocabulary.DataGrade;
import cn.healthsec.reporting.config.Policy;
import cn.healthsec.reporting.dataexport.CrossBorderApplications;
import cn.healthsec.reporting.dataexport.ExportAssessment;
import cn.healthsec.reporting.institution.InstitutionService;
import cn.healthsec.reporting.mlps.LevelOnRecord;
import cn.healthsec.reporting.mlps.NetworkLevels;
import cn.healthsec.reporting.problem.FieldError;
import cn.healthsec.reporting.problem.ProblemException;
import cn.healthsec.reporting.routing.RoutingFacts;
import cn.healthsec.reporting.rules.Outcome;
import cn.healthsec.reporting.rules.SubmissionType;
import cn.healthsec.reporting.security.Caller;
import cn.healthsec.reporting.submission.Accepted;
import cn.healthsec.reporting.submission.NewSubmission;
import cn.healthsec.reporting.submission.Received;
import cn.healthsec.reporting.submission.ReportForm;
import cn.healthsec.reporting.submission.ReportRow;
import cn.healthsec.reporting.submission.ReportType;
import cn.healthsec.reporting.submission.SubmissionQueries;
import cn.healthsec.reporting.submission.SubmissionService;
import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Checks a catalogue report, stores it with its items, routes it, and keeps the registry's
 * important/core-data flags in step with the current catalogue — one transaction.
 */
@ApplicationScoped
public class CatalogueReportService extends ReportType<CatalogueReportRequest> {

    @Inject
    SubmissionService submissions;

    @Inject
    NetworkLevels networkLevels;

    @Inject
    CrossBorderApplications applications;

    @Inject
    Policy policy;

    @Inject
    InstitutionService institutions;

    @Inject
    SubmissionQueries submissionQueries;

    CatalogueReportService() {
        super(new ReportForm<>("fileDataCatalogueReport", SubmissionType.DATA_CATALOGUE_REPORT, CatalogueReportRequest.class,
                CatalogueReportChecks::check, CatalogueReportChecks.SCANNER, CatalogueReportRequest::institution), CatalogueReportEntity.class,
                CatalogueItemEntity.class);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public Accepted file(Received<CatalogueReportRequest> r) {
        CatalogueReportRequest report = r.report();
        String uscc = r.institution().uscc();
        checkPreviousReport(report, uscc);
        Map<String, Optional<LevelOnRecord>> networks = new LinkedHashMap<>();
        report.items().stream()
                .flatMap(i -> i.hostedOnNetworks() == null ? java.util.stream.Stream.empty() : i.hostedOnNetworks().stream())
                .distinct()
                .forEach(n -> networks.put(n, networkLevels.latest(uscc, n)));
        Optional<LocalDate> previousReview = CatalogueReportEntity.<CatalogueReportEntity>find(
                        "institutionUscc = ?1 and reportType = ?2 order by receivedAt desc", uscc, CatalogueReportType.PERIODIC_REVIEW)
                .firstResultOptional().map(c -> c.reviewedOn);
        boolean exports = report.items().stream().anyMatch(i -> i.crossBorder().transferred());
        Outcome outcome = CatalogueRules.evaluate(new CatalogueRules.Input(report, r.at(), networks, previousReview,
                policy.catalogueReviewIntervalMonths(), r.institution().criticalInformationInfrastructure(),
                ExportAssessment.Thresholds.of(policy),
                exports ? applications.approved(uscc) : Set.of()));
        Set<String> markers = new java.util.HashSet<>();
        if (report.items().stream().anyMatch(i -> i.grade() == DataGrade.CORE)) {
            markers.add(RoutingFacts.CORE_DATA);
        }
        if (report.items().stream().anyMatch(i -> i.grade().atLeastImportant())) {
            markers.add(RoutingFacts.IMPORTANT_DATA);
        }
        Accepted accepted = submissions.accept(new NewSubmission(r, type(), outcome, markers));
        writeRows(accepted, r);
        followCurrentCatalogue(uscc, r.caller());
        return accepted;
    }

    /** A grade change amends an earlier catalogue report of the same institution: asked of the submissions. */
    private void checkPreviousReport(CatalogueReportRequest report, String uscc) {
        if (report.previousReportId() == null) {
            return;
        }
        boolean known = submissionQueries.summary(report.previousReportId())
                .filter(p -> p.type().equals(SubmissionType.DATA_CATALOGUE_REPORT.name()) && p.institution().equals(uscc))
                .isPresent();
        if (!known) {
            throw ProblemException.validation(List.of(FieldError.of("/previousReportId", "unknown_report")));
        }
    }

    private static void writeRows(Accepted accepted, Received<CatalogueReportRequest> r) {
        CatalogueReportRequest report = r.report();
        CatalogueReportEntity row = ReportRow.of(CatalogueReportEntity::new, accepted, r);
        row.reportType = report.reportType();
        row.reviewedOn = report.reviewedOn();
        row.reference = accepted.reference();
        row.persist();
        for (CatalogueItem item : report.items()) {
            CatalogueItemEntity.of(accepted, r, item, report.reviewedOn()).persist();
        }
        Panache.getEntityManager().flush();
    }

    /**
     * The registry's flags follow the latest accepted catalogue (issue 3; 2026 art. 6 ¶2): the
     * current catalogue says which, the registry applies it.
     */
    private void followCurrentCatalogue(String uscc, Caller caller) {
        @SuppressWarnings("unchecked")
        List<String> grades = Panache.getEntityManager()
                .createNativeQuery("select distinct grade from current_catalogue_item where institution_uscc = :uscc", String.class)
                .setParameter("uscc", uscc).getResultList();
        boolean core = grades.contains(DataGrade.CORE.name());
        institutions.followCatalogue(uscc, core || grades.contains(DataGrade.IMPORTANT.name()), core, caller);
    }
}
