package cn.healthsec.reporting.catalogue;

import cn.healthsec.reporting.audit.AuditLog;
import cn.healthsec.reporting.catalogue.api.CatalogueItem;
import cn.healthsec.reporting.catalogue.api.CatalogueReportRequest;
import cn.healthsec.reporting.catalogue.api.CatalogueReportType;
import cn.healthsec.reporting.catalogue.api.DataGrade;
import cn.healthsec.reporting.config.Policy;
import cn.healthsec.reporting.institution.Institution;
import cn.healthsec.reporting.institution.InstitutionEntity;
import cn.healthsec.reporting.mlps.LevelOnRecord;
import cn.healthsec.reporting.mlps.NetworkLevels;
import cn.healthsec.reporting.problem.FieldError;
import cn.healthsec.reporting.problem.ProblemException;
import cn.healthsec.reporting.routing.RoutingFacts;
import cn.healthsec.reporting.rules.LegalTime;
import cn.healthsec.reporting.rules.Outcome;
import cn.healthsec.reporting.security.Caller;
import cn.healthsec.reporting.submission.NewSubmission;
import cn.healthsec.reporting.submission.SubmissionEntity;
import cn.healthsec.reporting.submission.SubmissionService;
import cn.healthsec.reporting.submission.SubmissionType;
import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.UUID;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Checks a catalogue report, stores it with its items, routes it, and keeps the registry's
 * important/core-data flags in step with the current catalogue — one transaction.
 */
@ApplicationScoped
public class CatalogueReportService {

    @Inject
    SubmissionService submissions;

    @Inject
    NetworkLevels networkLevels;

    @Inject
    Policy policy;

    @Inject
    AuditLog audit;

    @Transactional
    public SubmissionService.Accepted file(CatalogueReportRequest report, JsonNode content, Institution institution,
                                           Caller caller, Instant receivedAt, UUID id) {
        checkPreviousReport(report, institution);
        Map<String, Optional<LevelOnRecord>> networks = new LinkedHashMap<>();
        report.items().stream()
                .flatMap(i -> i.hostedOnNetworks() == null ? java.util.stream.Stream.empty() : i.hostedOnNetworks().stream())
                .distinct()
                .forEach(n -> networks.put(n, networkLevels.latest(institution.uscc(), n)));
        Optional<LocalDate> previousReview = CatalogueReportEntity.<CatalogueReportEntity>find(
                        "institutionUscc = ?1 and reportType = ?2 order by receivedAt desc", institution.uscc(), CatalogueReportType.PERIODIC_REVIEW)
                .firstResultOptional().map(r -> r.reviewedOn);
        Outcome outcome = CatalogueRules.evaluate(new CatalogueRules.Input(report, receivedAt, networks, previousReview,
                policy.catalogueReviewIntervalMonths()));
        Set<String> markers = report.items().stream().anyMatch(i -> i.grade() == DataGrade.CORE)
                ? Set.of(RoutingFacts.CORE_DATA) : Set.of();
        return submissions.accept(new NewSubmission(SubmissionType.DATA_CATALOGUE_REPORT, institution, caller, receivedAt,
                content, outcome, markers, id, s -> writeRows(s, report, institution, caller)));
    }

    /** A grade change amends an earlier catalogue report of the same institution. */
    private void checkPreviousReport(CatalogueReportRequest report, Institution institution) {
        if (report.previousReportId() == null) {
            return;
        }
        SubmissionEntity previous = SubmissionEntity.findById(report.previousReportId());
        if (previous == null || previous.type != SubmissionType.DATA_CATALOGUE_REPORT
                || !previous.institutionUscc.equals(institution.uscc())) {
            throw ProblemException.validation(List.of(FieldError.of("/previousReportId", "unknown_report")));
        }
    }

    private void writeRows(SubmissionEntity s, CatalogueReportRequest report, Institution institution, Caller caller) {
        CatalogueReportEntity row = new CatalogueReportEntity();
        row.submissionId = s.id;
        row.institutionUscc = institution.uscc();
        row.reportType = report.reportType();
        row.reviewedOn = report.reviewedOn();
        row.receivedAt = s.receivedAt;
        row.persist();
        for (CatalogueItem item : report.items()) {
            CatalogueItemEntity.of(s.id, institution.uscc(), item, report.reviewedOn(), s.receivedAt).persist();
        }
        Panache.getEntityManager().flush();
        followCurrentCatalogue(institution.uscc(), caller);
    }

    /** The registry's flags follow the latest accepted catalogue (issue 3; 2026 art. 6 ¶2). */
    private void followCurrentCatalogue(String uscc, Caller caller) {
        Object[] flags = (Object[]) Panache.getEntityManager().createNativeQuery(
                        "select coalesce(bool_or(grade in ('IMPORTANT', 'CORE')), false), coalesce(bool_or(grade = 'CORE'), false) "
                                + "from current_catalogue_item where institution_uscc = :uscc")
                .setParameter("uscc", uscc).getSingleResult();
        boolean important = (Boolean) flags[0];
        boolean core = (Boolean) flags[1];
        InstitutionEntity e = InstitutionEntity.findById(uscc);
        if (!Objects.equals(e.processesImportantData, important) || !Objects.equals(e.processesCoreData, core)) {
            e.processesImportantData = important;
            e.processesCoreData = core;
            e.updatedAt = LegalTime.now();
            audit.record(caller, "INSTITUTION_DATA_FLAGS_FOLLOWED_CATALOGUE", "institution", uscc);
        }
    }
}
