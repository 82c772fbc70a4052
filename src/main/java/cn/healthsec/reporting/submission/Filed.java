package cn.healthsec.reporting.submission;

/** What a filing's transaction answers: the submission filed (or replayed) and its receipt, read before the commit. */
record Filed(Accepted accepted, SubmissionQueries.Answer answer) {
}
