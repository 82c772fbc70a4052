package cn.healthsec.reporting.catalogue;

import cn.healthsec.reporting.catalogue.api.CatalogueItem;
import cn.healthsec.reporting.vocabulary.DataGrade;
import cn.healthsec.reporting.submission.Accepted;
import cn.healthsec.reporting.submission.ItemKey;
import cn.healthsec.reporting.submission.Received;
import cn.healthsec.reporting.submission.ReportRow;
import cn.healthsec.reporting.vocabulary.CrossBorderLegalBasis;
import cn.healthsec.reporting.vocabulary.DataCategory;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import org.hibernate.annotations.SQLRestriction;

import java.time.LocalDate;

/** One item of one catalogue report: the metadata an authority compiles, nothing more. */
@Entity
@Table(name = "catalogue_item")
// A superseded or retracted version no longer counts for the record (V10; ReportRow.withdrawn).
@SQLRestriction("not withdrawn")
@IdClass(ItemKey.class)
public class CatalogueItemEntity extends ReportRow {

    @Id
    public String itemId;

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

    static CatalogueItemEntity of(Accepted accepted, Received<?> received, CatalogueItem i, LocalDate reviewedOn) {
        CatalogueItemEntity e = ReportRow.of(CatalogueItemEntity::new, accepted, received);
        e.itemId = i.id();
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
        return e;
    }
}
