-- Two-way supervision (issue 10 §1): an authority's decisions, an institution's amendments and
-- retractions. Nothing is deleted: a superseded or retracted version stays, marked.

-- Versions. A submission's lineage is the id of its first version; version 1 keeps its reference,
-- version n carries the first version's reference with the suffix "/n" (MLPS-2026-00000042/2).
alter table submission add column lineage_id uuid;
update submission set lineage_id = id;
alter table submission alter column lineage_id set not null;
alter table submission add column version integer not null default 1 check (version >= 1);
alter table submission add column previous_version_id uuid references submission (id);
create unique index submission_lineage_version_uq on submission (lineage_id, version);

-- Where the submission stands. status stays what the rules concluded at receipt (ACCEPTED,
-- ACCEPTED_WITH_FINDINGS); state, when set, overrides it for readers: RETURNED_FOR_CORRECTION,
-- SUPERSEDED (an amendment replaced it), RETRACTED (withdrawn as sent in error). decision is the
-- latest decision of its primary recipient. revision counts every change of these: the ETag.
alter table submission add column state varchar(32)
    check (state in ('RETURNED_FOR_CORRECTION', 'SUPERSEDED', 'RETRACTED'));
alter table submission add column decision varchar(32) check (decision in ('ACCEPTED', 'RETURNED_FOR_CORRECTION'));
alter table submission add column revision integer not null default 0;
alter table submission add column retracted_at timestamptz;
alter table submission add column retracted_by varchar(200);
alter table submission add column retraction_reason varchar(1000);
create index submission_state_idx on submission (institution_uscc, state) where state is not null;

-- Every decision an authority made on a submission, in order: the latest one stands.
create table submission_decision (
    id            bigint        generated always as identity primary key,
    submission_id uuid          not null references submission (id),
    authority_id  varchar(16)   not null,
    outcome       varchar(32)   not null check (outcome in ('ACCEPTED', 'RETURNED_FOR_CORRECTION')),
    comment       varchar(2000),
    findings      jsonb         not null,
    decided_by    varchar(200)  not null,
    decided_at    timestamptz   not null
);
create index submission_decision_submission_idx on submission_decision (submission_id, id);

-- An inbox entry delivering an amendment names the version it amends; a RETRACTION entry tells a
-- recipient that a submission it received was withdrawn. One entry per authority, submission and kind.
alter table inbox_entry add column amends_submission_id uuid;
alter table inbox_entry add column amends_reference varchar(40);
alter table inbox_entry drop constraint inbox_entry_kind_ck;
alter table inbox_entry add constraint inbox_entry_kind_ck check (
    (kind in ('SUBMISSION', 'RETRACTION') and submission_id is not null and obligation_id is null)
    or (kind = 'OVERDUE_NOTICE' and obligation_id is not null and submission_id is null));
drop index inbox_entry_submission_uq;
create unique index inbox_entry_submission_uq on inbox_entry (authority_id, submission_id, kind) where submission_id is not null;
create or replace view delivery as
select authority_id, submission_id from inbox_entry where submission_id is not null and kind = 'SUBMISSION';

-- The rows each report type keeps for its record: a superseded or retracted version no longer
-- counts (the rules and the ledger read the record without it).
alter table mlps_filing add column withdrawn boolean not null default false;
alter table catalogue_report add column withdrawn boolean not null default false;
alter table catalogue_item add column withdrawn boolean not null default false;
alter table risk_assessment add column withdrawn boolean not null default false;
alter table self_inspection add column withdrawn boolean not null default false;
alter table rectification_item add column withdrawn boolean not null default false;

create or replace view current_catalogue_item as
select distinct on (ci.institution_uscc, ci.item_id) ci.*
from catalogue_item ci
where not ci.withdrawn
  and ci.received_at >= coalesce(
        (select max(cr.received_at) from catalogue_report cr
          where cr.institution_uscc = ci.institution_uscc and cr.report_type = 'PERIODIC_REVIEW' and not cr.withdrawn),
        '-infinity'::timestamptz)
order by ci.institution_uscc, ci.item_id, ci.received_at desc;
