package cn.healthsec.reporting.catalogue;

import cn.healthsec.reporting.audit.AuditLog;
import cn.healthsec.reporting.authority.AuthorityId;
import cn.healthsec.reporting.catalogue.api.DataCategory;
import cn.healthsec.reporting.catalogue.api.DataGrade;
import cn.healthsec.reporting.persistence.SqlValues;
import cn.healthsec.reporting.problem.FieldError;
import cn.healthsec.reporting.problem.ProblemException;
import cn.healthsec.reporting.reference.ReferenceData;
import cn.healthsec.reporting.rules.LegalTime;
import cn.healthsec.reporting.security.Caller;
import cn.healthsec.reporting.web.Cursor;
import cn.healthsec.reporting.web.Page;
import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

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

    /** The filters of one request, validated. */
    public record Filter(AuthorityId authority, String pattern, DataGrade grade, DataCategory category) {
    }

    public Filter filter(AuthorityId authority, String grade, String category) {
        List<FieldError> errors = new ArrayList<>();
        DataGrade g = null;
        DataCategory c = null;
        try {
            g = grade == null ? null : DataGrade.valueOf(grade);
        } catch (IllegalArgumentException e) {
            errors.add(FieldError.of("grade", "invalid_value"));
        }
        try {
            c = category == null ? null : DataCategory.valueOf(category);
        } catch (IllegalArgumentException e) {
            errors.add(FieldError.of("category", "invalid_value"));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.validation(errors);
        }
        String pattern = referenceData.authorities().supervisedPattern(authority)
                .orElseThrow(() -> ProblemException.forbidden("not-health-commission"));
        return new Filter(authority, pattern, g, c);
    }

    @Transactional
    public Page<AuthorityCatalogueView> page(Filter f, Caller caller, String after, int limit) {
        Cursor cursor = Cursor.parse(after, "after");
        List<AuthorityCatalogueView> rows = query(f, cursor == null ? "" : cursor.first(), cursor == null ? "" : cursor.second(), limit + 1);
        boolean more = rows.size() > limit;
        List<AuthorityCatalogueView> page = more ? rows.subList(0, limit) : rows;
        audit.record(caller, "CATALOGUE_READ", "catalogue", f.authority().toString());
        AuthorityCatalogueView last = page.isEmpty() ? null : page.get(page.size() - 1);
        return new Page<>(page, more ? new Cursor(last.institution(), last.itemId()).encode() : null);
    }

    /** Every row, in batches, for the CSV export. */
    @Transactional
    public void export(Filter f, Caller caller, Consumer<AuthorityCatalogueView> sink) {
        String uscc = "";
        String item = "";
        List<AuthorityCatalogueView> batch;
        do {
            batch = query(f, uscc, item, EXPORT_BATCH);
            batch.forEach(sink);
            if (!batch.isEmpty()) {
                uscc = batch.get(batch.size() - 1).institution();
                item = batch.get(batch.size() - 1).itemId();
            }
        } while (batch.size() == EXPORT_BATCH);
        audit.record(caller, "CATALOGUE_EXPORTED", "catalogue", f.authority().toString());
    }

    private List<AuthorityCatalogueView> query(Filter f, String afterUscc, String afterItem, int limit) {
        String sql = "select c.institution_uscc, i.name as institution_name, c.item_id, c.name, c.source, c.category, c.grade, "
                + "c.records, c.personal_information_subjects, c.volume_bytes, c.storage_domestic, c.storage_region, "
                + "c.cross_border, c.cross_border_legal_basis, c.reviewed_on, s.reference, c.received_at "
                + "from current_catalogue_item c join institution i on i.uscc = c.institution_uscc "
                + "join submission s on s.id = c.submission_id "
                + "where i.supervising_authority_id like :pattern and (c.institution_uscc, c.item_id) > (:afterUscc, :afterItem) "
                + (f.grade() == null ? "" : "and c.grade = :grade ")
                + (f.category() == null ? "" : "and c.category = :category ")
                + "order by c.institution_uscc, c.item_id limit :limit";
        Query q = Panache.getEntityManager().createNativeQuery(sql)
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
        List<Object[]> rows = q.getResultList();
        return rows.stream().map(r -> new AuthorityCatalogueView((String) r[0], (String) r[1], (String) r[2], (String) r[3],
                (String) r[4], (String) r[5], (String) r[6], ((Number) r[7]).longValue(), ((Number) r[8]).longValue(),
                r[9] == null ? null : ((Number) r[9]).longValue(), (Boolean) r[10], (String) r[11], (Boolean) r[12],
                (String) r[13], SqlValues.date(r[14]), (String) r[15], LegalTime.local(SqlValues.instant(r[16])))).toList();
    }
}
