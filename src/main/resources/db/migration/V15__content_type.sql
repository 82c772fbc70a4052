-- Issue 11 §3: a submission names the request schema its content follows, so a client can read
-- the content as its type (Submission.contentType, GET /submissions/{id}/content). A report type
-- with one schema is its own content type; an incident's report is its initial report, an update
-- or the final report, as incident_report records its stage.
alter table submission add column content_type varchar(32);
update submission set content_type = type where type <> 'INCIDENT_REPORT';
update submission s set content_type = case r.stage when 'INITIAL' then 'INCIDENT_INITIAL_REPORT'
                                                   when 'UPDATE' then 'INCIDENT_UPDATE'
                                                   else 'INCIDENT_FINAL_REPORT' end
  from incident_report r where r.submission_id = s.id;
-- Every incident submission has its incident_report row (written in the same transaction); the
-- constraint below fails the migration loudly rather than leave a submission without a type.
alter table submission alter column content_type set not null;
alter table submission add constraint submission_content_type_check check (content_type in
  ('MLPS_FILING', 'DATA_CATALOGUE_REPORT', 'RISK_ASSESSMENT_REPORT', 'INCIDENT_INITIAL_REPORT', 'INCIDENT_UPDATE',
   'INCIDENT_FINAL_REPORT', 'SELF_INSPECTION_REPORT', 'RECTIFICATION_REPORT'));
