package cn.healthsec.reporting.catalogue;

import cn.healthsec.reporting.audit.AuditLog;
import cn.healthsec.reporting.authority.AuthorityId;
import cn.healthsec.reporting.vocabulary.DataGrade;
import cn.healthsec.reporting.institution.InstitutionService;
import cn.healthsec.reporting.problem.ProblemException;
import cn.healthsec.reporting.reference.ReferenceData;
import cn.healthsec.reporting.rules.LegalTime;
import cn.healthsec.reporting.security.Caller;
import cn.healthsec.reporting.vocabulary.DataCategory;
import cn.healthsec.reporting.web.Cursor;
import cn.healthsec.reporting.web.Page;
import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * The current catalogue of every institution in a health commission's jurisdiction: what a
 * province compiles into its proposal to the NHC (2026 Data Measures art. 6 ¶1).
 */
@ApplicationScoped
public class AuthorityCatalogueService {

    /** Rows read per database round trip when exporting the whole catalogue. */
    static final int EXPORT_BATCH = 1000;

    @Inject
    ReferenceData referenceData;

    @Inject
    AuditLog audit;

    @Inject
    InstitutionService institutions;

    /** The filters of one request, validated. */
    public record Filter(AuthorityId authority, String pattern, DataGrade grade, DataCategory category) {
    }

    /** The filters of a commission's request; only a health commission holds institutions' catalogues. */
    public Filter filter(AuthorityId authority, DataGrade grade, DataCategory category) {
        String pattern = referenceData.authorities().supervisedPattern(authority)
                .orElseThrow(() -> ProblemException.forbidden("not-health-commission"));
        return new Filter(authority, pattern, grade, category);
    }

    @Transactional
    public Page<AuthorityCatalogueView> page(Filter f, Caller caller, String after, int limit) {
        Cursor cursor = Cursor.after(after);
        List<CatalogueItemEntity> rows = query(f, cursor == null ? "" : cursor.first(), cursor == null ? "" : cursor.second(), limit + 1);
        Labels labels = labels(rows);
        audit.record(caller, "CATALOGUE_READ", "catalogue", f.authority().toString());
        return Page.of(rows, limit, r -> view(r, labels), r -> Cursor.of(r.institutionUscc, r.itemId));
    }

    /** Every row, in batches, for the CSV export. */
    @Transactional
    public void export(Filter f, Caller caller, Consumer<AuthorityCatalogueView> sink) {
        String uscc = "";
        String item = "";
        List<CatalogueItemEntity> batch;
        do {
            batch = query(f, uscc, item, EXPORT_BATCH);
            Labels labels = labels(batch);
            batch.forEach(r -> sink.accept(view(r, labels)));
            if (!batch.isEmpty()) {
                uscc = batch.get(batch.size() - 1).institutionUscc;
                item = batch.get(batch.size() - 1).itemId;
            }
            // Read only: what one batch loaded need not stay in memory for the next.
            Panache.getEntityManager().clear();
        } while (batch.size() == EXPORT_BATCH);
        audit.record(caller, "CATALOGUE_EXPORTED", "catalogue", f.authority().toString());
    }

    /**
     * The current items of the institutions a commission supervises: this capability's view of the
     * current catalogue, filtered through the registry's published read model.
     */
    private static List<CatalogueItemEntity> query(Filter f, String afterUscc, String afterItem, int limit) {
        String sql = "select c.* from current_catalogue_item c "
                + "where c.institution_uscc in (select r.uscc from registered_institution r where r.supervising_authority_id like :pattern) "
                + "and (c.institution_uscc, c.item_id) > (:afterUscc, :afterItem) "
                + (f.grade() == null ? "" : "and c.grade = :grade ")
                + (f.category() == null ? "" : "and c.category = :category ")
                + "order by c.institution_uscc, c.item_id limit :limit";
        var q = Panache.getEntityManager().createNativeQuery(sql, CatalogueItemEntity.class)
                .setParameter("pattern", f.pattern())
                .setParameter("afterUscc", afterUscc)
                .setParameter("afterItem", afterItem)
                .setParameter("limit", limit);
        if (f.grade() != null) {
            q.setParameter("grade", f.grade().name());
        }
        if (f.category() != null) {
            q.setParameter("category", f.category().name());
        }
        @SuppressWarnings("unchecked")
        List<CatalogueItemEntity> rows = q.getResultList();
        return rows;
    }

    /** The institutions' registered names (asked of the registry) and the references of the reports the items came in. */
    private record Labels(Map<String, String> names, Map<UUID, String> references) {
    }

    private Labels labels(List<CatalogueItemEntity> rows) {
        Set<UUID> reports = rows.stream().map(r -> r.submissionId).collect(Collectors.toSet());
        Map<UUID, String> references = reports.isEmpty() ? Map.of() : CatalogueReportEntity.<CatalogueReportEntity>list("submissionId in ?1", reports)
                .stream().collect(Collectors.toMap(r -> r.submissionId, r -> r.reference));
        return new Labels(institutions.names(rows.stream().map(r -> r.institutionUscc).collect(Collectors.toSet())), references);
    }

    private static AuthorityCatalogueView view(CatalogueItemEntity c, Labels labels) {
        return new AuthorityCatalogueView(c.institutionUscc, labels.names().get(c.institutionUscc), c.itemId, c.name, c.source,
                c.category.name(), c.grade.name(), c.records, c.personalInformationSubjects, c.volumeBytes, c.storageDomestic,
                c.storageRegion, c.crossBorder, c.crossBorderLegalBasis == null ? null : c.crossBorderLegalBasis.name(),
                c.reviewedOn, labels.references().get(c.submissionId), LegalTime.local(c.receivedAt));
    }
}
