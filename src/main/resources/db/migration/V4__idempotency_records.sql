-- An Idempotency-Key names one request of one institution: the operation it called, the target it
-- called it on (the incident of an update or final report) and the body it sent. A retry of that
-- request gets the first receipt; the key on any other request is a conflict, never a silent
-- replay of something else (an update to incident 2 must not answer with incident 1's receipt).
--
-- The row is claimed first in the filing's transaction (insert … on conflict do nothing): a
-- concurrent retry waits on the key until the first commits, then replays it. The submission row
-- is written later in the same transaction, hence the deferred foreign key.
create table idempotency_record (
    institution_uscc varchar(18)  not null,
    idempotency_key  varchar(100) not null,
    operation        varchar(64)  not null,
    target           varchar(64),
    submission_id    uuid         not null,
    created_at       timestamptz  not null,
    constraint idempotency_record_pk primary key (institution_uscc, idempotency_key),
    constraint idempotency_record_submission_fk foreign key (submission_id) references submission (id)
        deferrable initially deferred
);

insert into idempotency_record (institution_uscc, idempotency_key, operation, target, submission_id, created_at)
select s.institution_uscc, s.idempotency_key,
       case
           when s.type = 'MLPS_FILING' then 'fileMlpsFiling'
           when s.type = 'DATA_CATALOGUE_REPORT' then 'fileDataCatalogueReport'
           when s.type = 'RISK_ASSESSMENT_REPORT' then 'fileRiskAssessmentReport'
           when r.stage = 'UPDATE' then 'updateIncident'
           when r.stage = 'FINAL' then 'reportIncidentFinal'
           else 'reportIncident'
       end,
       case when r.stage in ('UPDATE', 'FINAL') then r.incident_id::text end,
       s.id, s.received_at
from submission s
left join incident_report r on r.submission_id = s.id
where s.idempotency_key is not null;

alter table submission drop constraint submission_idempotency_uq;
alter table submission drop column idempotency_key;
