package cn.healthsec.reporting.catalogue;

import cn.healthsec.reporting.catalogue.api.CatalogueItem;
import cn.healthsec.reporting.catalogue.api.CatalogueReportRequest;
import cn.healthsec.reporting.catalogue.api.CatalogueReportType;
import cn.healthsec.reporting.catalogue.api.DataGrade;
import cn.healthsec.reporting.config.Policy;
import cn.healthsec.reporting.institution.InstitutionService;
import cn.healthsec.reporting.mlps.LevelOnRecord;
import cn.healthsec.reporting.mlps.NetworkLevels;
import cn.healthsec.reporting.problem.FieldError;
import cn.healthsec.reporting.problem.ProblemException;
import cn.healthsec.reporting.routing.RoutingFacts;
import cn.healthsec.reporting.rules.Outcome;
import cn.healthsec.reporting.rules.SubmissionType;
import cn.healthsec.reporting.security.Caller;
import cn.healthsec.reporting.submission.AmendableReport;
import cn.healthsec.reporting.submission.NewSubmission;
import cn.healthsec.reporting.submission.Received;
import cn.healthsec.reporting.submission.ReportIntake;
import cn.healthsec.reporting.submission.SubmissionQueries;
import cn.healthsec.reporting.submission.SubmissionService;
import cn.healthsec.reporting.submission.SubmissionWithdrawn;
import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Instant;
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
public class CatalogueReportService implements AmendableReport<CatalogueReportRequest> {

    @Inject
    SubmissionService submissions;

    @Inject
    NetworkLevels networkLevels;

    @Inject
    Policy policy;

    @Inject
    InstitutionService institutions;

    @Inject
    SubmissionQueries submissionQueries;

    @Transactional(Transactional.TxType.MANDATORY)
    public SubmissionService.Accepted file(Received<CatalogueReportRequest> r) {
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
        Outcome outcome = CatalogueRules.evaluate(new CatalogueRules.Input(report, r.at(), networks, previousReview,
                policy.catalogueReviewIntervalMonths()));
        Set<String> markers = report.items().stream().anyMatch(i -> i.grade() == DataGrade.CORE)
                ? Set.of(RoutingFacts.CORE_DATA) : Set.of();
        SubmissionService.Accepted accepted = submissions.accept(new NewSubmission(r, SubmissionType.DATA_CATALOGUE_REPORT, outcome, markers));
        writeRows(accepted, report, uscc, r.at());
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

    private static void writeRows(SubmissionService.Accepted accepted, CatalogueReportRequest report, String uscc, Instant receivedAt) {
        CatalogueReportEntity row = new CatalogueReportEntity();
        row.submissionId = accepted.id();
        row.institutionUscc = uscc;
        row.reportType = report.reportType();
        row.reviewedOn = report.reviewedOn();
        row.receivedAt = receivedAt;
        row.reference = accepted.reference();
        row.persist();
        for (CatalogueItem item : report.items()) {
            CatalogueItemEntity.of(accepted.id(), uscc, item, report.reviewedOn(), receivedAt).persist();
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

    public SubmissionType type() {
        return SubmissionType.DATA_CATALOGUE_REPORT;
    }

    public ReportIntake.Form<CatalogueReportRequest> form() {
        return CatalogueReportResource.FORM;
    }

    /** A superseded or retracted report no longer counts: its rows are marked, in the transaction that withdrew it. */
    void onWithdrawn(@Observes SubmissionWithdrawn w) {
        if (w.type() != SubmissionType.DATA_CATALOGUE_REPORT) {
            return;
        }
        var em = io.quarkus.hibernate.orm.panache.Panache.getEntityManager();
        em.createNativeQuery("update catalogue_report set withdrawn = true where submission_id = :id").setParameter("id", w.submissionId()).executeUpdate();
        em.createNativeQuery("update catalogue_item set withdrawn = true where submission_id = :id").setParameter("id", w.submissionId()).executeUpdate();
    }
}
