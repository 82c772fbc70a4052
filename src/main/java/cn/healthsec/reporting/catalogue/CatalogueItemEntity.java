package cn.healthsec.reporting.catalogue;

import cn.healthsec.reporting.catalogue.api.CatalogueItem;
import cn.healthsec.reporting.catalogue.api.DataGrade;
import cn.healthsec.reporting.vocabulary.CrossBorderLegalBasis;
import cn.healthsec.reporting.vocabulary.DataCategory;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import org.hibernate.annotations.SQLRestriction;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/** One item of one catalogue report: the metadata an authority compiles, nothing more. */
@Entity
@Table(name = "catalogue_item")
// A superseded or retracted version no longer counts for the record (V10).
@SQLRestriction("not withdrawn")
@IdClass(CatalogueItemEntity.Key.class)
public class CatalogueItemEntity extends PanacheEntityBase {

    @Id
    public UUID submissionId;

    @Id
    public String itemId;

    public String institutionUscc;

    public String name;

    public String source;

    @Enumerated(EnumType.STRING)
    public DataCategory category;

    @Enumerated(EnumType.STRING)
    public DataGrade grade;

    public long records;

    public long personalInformationSubjects;

    public Long volumeBytes;

    public boolean storageDomestic;

    public String storageRegion;

    public boolean crossBorder;

    @Enumerated(EnumType.STRING)
    public CrossBorderLegalBasis crossBorderLegalBasis;

    public LocalDate reviewedOn;

    /** The networks (MLPS network ids) the item is stored or processed on. */
    public String[] hostedOnNetworks = new String[0];

    public Instant receivedAt;

    static CatalogueItemEntity of(UUID submissionId, String uscc, CatalogueItem i, LocalDate reviewedOn, Instant receivedAt) {
        CatalogueItemEntity e = new CatalogueItemEntity();
        e.submissionId = submissionId;
        e.itemId = i.id();
        e.institutionUscc = uscc;
        e.name = i.name();
        e.source = i.source();
        e.category = i.category();
        e.grade = i.grade();
        e.records = i.scale().records();
        e.personalInformationSubjects = i.scale().personalInformationSubjects();
        e.volumeBytes = i.scale().volumeBytes();
        e.storageDomestic = i.storage().domestic();
        e.storageRegion = i.storage().region();
        e.crossBorder = i.crossBorder().transferred();
        e.crossBorderLegalBasis = i.crossBorder().legalBasis();
        e.reviewedOn = reviewedOn;
        e.hostedOnNetworks = i.hostedOnNetworks() == null ? new String[0] : i.hostedOnNetworks().toArray(String[]::new);
        e.receivedAt = receivedAt;
        return e;
    }

    public static class Key implements Serializable {
        public UUID submissionId;
        public String itemId;

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(submissionId, k.submissionId) && Objects.equals(itemId, k.itemId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(submissionId, itemId);
        }
    }

    /** Set when the submission was superseded by an amendment or retracted ({@code SubmissionWithdrawn}). */
    public boolean withdrawn;
}
