-- Issue 29 §1: the channels the texts define that the service lacked. Each report type owns its
-- table (ARCHITECTURE.md); the submission's payload is in submission, these rows are what rules
-- and the obligation ledger read. An application's standing decision is kept on its own row by its
-- type (ReportType.decided), so the rules that accept an approved application read their own table.

-- The decisions an application takes besides a report's (2026 Data Measures art. 22(4); 2022 Measures art. 6(1)).
do $$
declare c record;
begin
  for c in select con.conname, con.conrelid::regclass as tab from pg_constraint con
            where con.contype = 'c' and con.conrelid in ('submission'::regclass, 'submission_decision'::regclass)
              and pg_get_constraintdef(con.oid) like '%ACCEPTED%RETURNED_FOR_CORRECTION%'
              and pg_get_constraintdef(con.oid) not like '%SUPERSEDED%'
  loop
    execute format('alter table %s drop constraint %I', c.tab, c.conname);
  end loop;
end $$;
alter table submission add constraint submission_decision_ck
  check (decision in ('ACCEPTED', 'RETURNED_FOR_CORRECTION', 'APPROVED', 'REFUSED'));
alter table submission_decision add constraint submission_decision_outcome_ck
  check (outcome in ('ACCEPTED', 'RETURNED_FOR_CORRECTION', 'APPROVED', 'REFUSED'));

alter table submission drop constraint submission_content_type_check;
alter table submission add constraint submission_content_type_check check (content_type in
  ('MLPS_FILING', 'DATA_CATALOGUE_REPORT', 'RISK_ASSESSMENT_REPORT', 'INCIDENT_INITIAL_REPORT', 'INCIDENT_UPDATE',
   'INCIDENT_FINAL_REPORT', 'SELF_INSPECTION_REPORT', 'RECTIFICATION_REPORT', 'HAZARD_REPORT', 'EXTERNAL_PROVISION_REPORT',
   'CROSS_BORDER_APPLICATION', 'LEVEL_APPROVAL_REQUEST'));

-- hazard: risks and hazards that may cause an important- or core-data incident (2026 art. 24 ¶3).
create table hazard_report (
    submission_id              uuid        primary key references submission (id),
    institution_uscc           varchar(18) not null,
    received_at                timestamptz not null,
    withdrawn                  boolean     not null default false,
    reference                  varchar(40) not null,
    identified_on              date        not null,
    important_or_core_data     boolean     not null,
    risk_markedly_increased    boolean     not null
);
create index hazard_report_institution_idx on hazard_report (institution_uscc, received_at);

-- dataexport: the external provision of the institution's data (2026 art. 15 ¶3) ...
create table external_provision_report (
    submission_id              uuid        primary key references submission (id),
    institution_uscc           varchar(18) not null,
    received_at                timestamptz not null,
    withdrawn                  boolean     not null default false,
    reference                  varchar(40) not null,
    starts_on                  date        not null,
    recipient_country          varchar(2)  not null
);
create index external_provision_report_institution_idx on external_provision_report (institution_uscc, received_at);

-- ... and applications for the review and approval of a data export (2026 art. 22(4)).
create table cross_border_application (
    submission_id              uuid        primary key references submission (id),
    institution_uscc           varchar(18) not null,
    received_at                timestamptz not null,
    withdrawn                  boolean     not null default false,
    reference                  varchar(40) not null,
    planned_start_on           date        not null,
    assessment_required        boolean     not null,
    decision                   varchar(32) check (decision in ('APPROVED', 'REFUSED', 'RETURNED_FOR_CORRECTION'))
);
create index cross_border_application_institution_idx on cross_border_application (institution_uscc, reference);

-- mlps: a new network's level put to the superior at the planning stage (2022 Measures art. 6(1)).
create table level_approval_request (
    submission_id              uuid        primary key references submission (id),
    institution_uscc           varchar(18) not null,
    received_at                timestamptz not null,
    withdrawn                  boolean     not null default false,
    reference                  varchar(40) not null,
    network_id                 varchar(64) not null,
    proposed_level             smallint    not null check (proposed_level between 1 and 5),
    planned_go_live_on         date        not null,
    decision                   varchar(32) check (decision in ('APPROVED', 'REFUSED', 'RETURNED_FOR_CORRECTION'))
);
create index level_approval_request_institution_idx on level_approval_request (institution_uscc, reference);

-- institution: the central organ (department) a central-organ affiliate belongs to, whose cybersecurity office receives
-- its 较大+ incidents (CAC Incident Measures art. 4: "本部门（本行业）网络安全工作机构"). Null: not stated (the NHC, by policy).
alter table institution add column central_organ_department varchar(100);

-- selfinspection: the personal-information protection compliance audit a report records (2026 art. 26).
alter table self_inspection add column pi_audited_on date;
