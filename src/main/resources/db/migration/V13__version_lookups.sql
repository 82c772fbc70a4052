-- The next version of a submission is looked up by its previous one (reading a submission, the
-- ledger's corrections): an index, so neither scans the institution's submissions.
create index submission_previous_version_idx on submission (previous_version_id) where previous_version_id is not null;
create index submission_returned_idx on submission (institution_uscc) where decision = 'RETURNED_FOR_CORRECTION';
