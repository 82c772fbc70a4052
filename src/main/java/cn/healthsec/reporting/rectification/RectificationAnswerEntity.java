package cn.healthsec.reporting.rectification;

import cn.healthsec.reporting.submission.ReportRow;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.hibernate.annotations.SQLRestriction;

import java.util.UUID;

/** Which notice a rectification report answers. */
@Entity
@Table(name = "rectification_answer")
// A superseded or retracted version no longer counts for the record (V10; ReportRow.withdrawn).
@SQLRestriction("not withdrawn")
public class RectificationAnswerEntity extends ReportRow {

    public UUID noticeId;
}
