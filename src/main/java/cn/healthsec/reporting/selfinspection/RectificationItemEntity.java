package cn.healthsec.reporting.selfinspection;

import cn.healthsec.reporting.selfinspection.api.RectificationState;
import cn.healthsec.reporting.submission.ItemKey;
import cn.healthsec.reporting.submission.ReportRow;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import org.hibernate.annotations.SQLRestriction;

import java.time.LocalDate;

/** One rectification item as one report states it. */
@Entity
@Table(name = "rectification_item")
// A superseded or retracted version no longer counts for the record (V10; ReportRow.withdrawn).
@SQLRestriction("not withdrawn")
@IdClass(ItemKey.class)
public class RectificationItemEntity extends ReportRow {

    @Id
    public String itemId;

    public LocalDate targetDate;

    @Enumerated(EnumType.STRING)
    public RectificationState state;

    public LocalDate completedOn;
}
