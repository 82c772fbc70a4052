package cn.healthsec.reporting.catalogue;

import cn.healthsec.reporting.catalogue.api.CatalogueItem;
import cn.healthsec.reporting.catalogue.api.DataGrade;
import cn.healthsec.reporting.vocabulary.CrossBorderLegalBasis;
import cn.healthsec.reporting.vocabulary.DataCategory;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
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
    @Column(name = "submission_id")
    public UUID submissionId;

    @Id
    @Column(name = "item_id", length = 64)
    public String itemId;

    @Column(name = "institution_uscc", nullable = false, length = 18)
    public String institutionUscc;

    @Column(nullable = false, length = 200)
    public String name;

    @Column(nullable = false, length = 200)
    public String source;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 24)
    public DataCategory category;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    public DataGrade grade;

    @Column(nullable = false)
    public long records;

    @Column(name = "personal_information_subjects", nullable = false)
    public long personalInformationSubjects;

    @Column(name = "volume_bytes")
    public Long volumeBytes;

    @Column(name = "storage_domestic", nullable = false)
    public boolean storageDomestic;

    @Column(name = "storage_region", length = 100)
    public String storageRegion;

    @Column(name = "cross_border", nullable = false)
    public boolean crossBorder;

    @Enumerated(EnumType.STRING)
    @Column(name = "cross_border_legal_basis", length = 24)
    public CrossBorderLegalBasis crossBorderLegalBasis;

    @Column(name = "reviewed_on", nullable = false)
    public LocalDate reviewedOn;

    /** The networks (MLPS network ids) the item is stored or processed on. */
    @Column(name = "hosted_on_networks", nullable = false)
    public String[] hostedOnNetworks = new String[0];

    @Column(name = "received_at", nullable = false)
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
    @Column(nullable = false)
    public boolean withdrawn;
}
