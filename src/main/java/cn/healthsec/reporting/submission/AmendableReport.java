package cn.healthsec.reporting.submission;

import cn.healthsec.reporting.rules.SubmissionType;

/**
 * A report type whose submissions may be amended (the whole document again) and decided on: its
 * intake form and how it files. Each such type provides one bean; the submission capability finds
 * it by type without naming the type's package. Incidents are not among them: an incident is
 * corrected by its updates and final report.
 */
public interface AmendableReport<T> {

    SubmissionType type();

    ReportIntake.Form<T> form();

    SubmissionService.Accepted file(Received<T> received);
}
