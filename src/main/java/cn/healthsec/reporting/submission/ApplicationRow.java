package cn.healthsec.reporting.submission;

import jakarta.persistence.MappedSuperclass;

/**
 * The row of an application for approval: a report row with the submission's reference (what a
 * later report names the approval by) and the standing decision of its primary recipient (null
 * until decided), kept by {@link ApplicationType#decided}.
 */
@MappedSuperclass
public abstract class ApplicationRow extends ReportRow {

    public String reference;

    public String decision;

    public boolean approved() {
        return "APPROVED".equals(decision);
    }
}
