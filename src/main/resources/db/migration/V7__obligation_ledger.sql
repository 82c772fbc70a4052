-- The obligation ledger (issue 9). What each owner keeps so that obligations can be derived from
-- the record, then the ledger itself and its overdue notices.

-- MLPS: the facts of a filing the obligations count from: the public-security filing date, the last
-- assessment, the previous level of a change, personal-information volume and go-live.
alter table mlps_filing add column previous_protection_level smallint;
alter table mlps_filing add column psb_filed_on date;
alter table mlps_filing add column last_assessment_on date;
alter table mlps_filing add column personal_information_subjects bigint not null default 0;
alter table mlps_filing add column go_live_on date;
update mlps_filing f
   set previous_protection_level = (s.payload ->> 'previousProtectionLevel')::smallint,
       psb_filed_on = (s.payload -> 'publicSecurityFiling' ->> 'filedOn')::date,
       last_assessment_on = (s.payload -> 'lastAssessment' ->> 'completedOn')::date,
       personal_information_subjects = coalesce((s.payload -> 'network' ->> 'personalInformationSubjects')::bigint, 0),
       go_live_on = (s.payload -> 'network' ->> 'goLiveOn')::date
  from submission s
 where s.id = f.submission_id;

-- Catalogue: the networks each item is hosted on (important data on a network below level 3 owes a re-filing).
alter table catalogue_item add column hosted_on_networks varchar(64)[] not null default '{}';
update catalogue_item c
   set hosted_on_networks = array(select jsonb_array_elements_text(i -> 'hostedOnNetworks')
                                    from submission s, jsonb_array_elements(s.payload -> 'items') i
                                   where s.id = c.submission_id and i ->> 'id' = c.item_id
                                     and jsonb_typeof(i -> 'hostedOnNetworks') = 'array');

-- The current catalogue carries the new column too (a view's * is expanded when it is created).
create or replace view current_catalogue_item as
select distinct on (ci.institution_uscc, ci.item_id) ci.*
from catalogue_item ci
where ci.received_at >= coalesce(
        (select max(cr.received_at) from catalogue_report cr
          where cr.institution_uscc = ci.institution_uscc and cr.report_type = 'PERIODIC_REVIEW'),
        '-infinity'::timestamptz)
order by ci.institution_uscc, ci.item_id, ci.received_at desc;

-- The ledger: every obligation of every institution, derived from the law and the record, replaced
-- for an institution whenever its record changes. The state (PENDING, MET, LATE, OVERDUE) is not
-- stored: it follows from overdue_from, met_on, late and the moment of reading.
create table obligation (
    id                       varchar(200) primary key,
    institution_uscc         varchar(18)  not null,
    supervising_authority_id varchar(16)  not null,
    division_code            varchar(6)   not null,
    kind                     varchar(48)  not null,
    subject                  varchar(120),
    due_on                   date,
    due_at                   timestamptz,
    overdue_from             timestamptz,
    provisional              boolean      not null,
    met_by                   uuid,
    met_on                   date,
    met_at                   timestamptz,
    late                     boolean      not null,
    basis                    varchar(300) not null,
    policy                   boolean      not null,
    rule_id                  varchar(64)  not null,
    derived_at               timestamptz  not null,
    constraint obligation_due_ck check (due_on is null or due_at is null)
);
create index obligation_institution_idx on obligation (institution_uscc, kind, id);
create index obligation_supervisor_idx on obligation (supervising_authority_id varchar_pattern_ops, id);
create index obligation_open_idx on obligation (overdue_from) where met_on is null;

-- When each institution's ledger was last derived, and whether something it counts from (the
-- calendar, the policy) changed since: the ledger job re-derives stale ones.
create table obligation_ledger (
    institution_uscc varchar(18)  primary key,
    derived_at       timestamptz  not null,
    derivation       varchar(64)  not null,
    stale            boolean      not null default false
);

-- One overdue notice per obligation and due instant, whatever runs the job, however often.
create table overdue_notice (
    obligation_id    varchar(200) not null,
    overdue_from     timestamptz  not null,
    institution_uscc varchar(18)  not null,
    authority_id     varchar(16)  not null,
    noticed_at       timestamptz  not null,
    constraint overdue_notice_pk primary key (obligation_id, overdue_from)
);

-- An inbox also carries overdue notices: an entry is the delivery of a submission or the notice of
-- an obligation past its due date (what it is, about whom, by when it was due).
alter table inbox_entry add column kind varchar(16) not null default 'SUBMISSION';
alter table inbox_entry add column obligation_id varchar(200);
alter table inbox_entry add column obligation_kind varchar(48);
alter table inbox_entry add column obligation_subject varchar(120);
alter table inbox_entry add column obligation_due varchar(40);
alter table inbox_entry alter column submission_id drop not null;
alter table inbox_entry alter column submission_type drop not null;
alter table inbox_entry alter column submission_reference drop not null;
alter table inbox_entry add constraint inbox_entry_kind_ck check (
    (kind = 'SUBMISSION' and submission_id is not null and obligation_id is null)
    or (kind = 'OVERDUE_NOTICE' and obligation_id is not null and submission_id is null));
alter table inbox_entry drop constraint inbox_entry_uq;
create unique index inbox_entry_submission_uq on inbox_entry (authority_id, submission_id) where submission_id is not null;

-- The published read model of deliveries stays what it was: submissions delivered.
create or replace view delivery as select authority_id, submission_id from inbox_entry where submission_id is not null;

-- The registry's published read model gains where each institution is (statistics by division).
create or replace view registered_institution as
select uscc, name, supervising_authority_id, division_code from institution;
