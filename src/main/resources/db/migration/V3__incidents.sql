-- Incident routes carry hour clocks: when the recipient had to have the report, and on what basis.
alter table inbox_entry add column due_at timestamptz;
alter table inbox_entry add column clock_basis varchar(300);

-- Reports that belong together (an incident's initial report, updates and final report) share a
-- thread: whoever received one of them may read all of them.
alter table submission add column thread_id uuid;
create index submission_thread_idx on submission (thread_id);

-- One row per incident; its id is the initial report's submission id. Grades only go up:
-- effective_grade = the highest of every declared and computed grade so far.
create table incident (
    id                       uuid         primary key references submission (id),
    institution_uscc         varchar(18)  not null references institution (uscc),
    category                 varchar(16)  not null,
    discovered_at            timestamptz  not null,
    declared_grade           varchar(16)  not null,
    computed_grade           varchar(16)  not null,
    effective_grade          varchar(16)  not null,
    personal_information     boolean      not null,
    important_or_core_data   boolean      not null,
    suspected_crime          boolean      not null,
    opened_at                timestamptz  not null,
    handling_ended_at        timestamptz,
    closed_at                timestamptz
);
create index incident_institution_idx on incident (institution_uscc, closed_at);

create table incident_report (
    submission_id uuid        primary key references submission (id),
    incident_id   uuid        not null references incident (id),
    stage         varchar(8)  not null check (stage in ('INITIAL', 'UPDATE', 'FINAL')),
    received_at   timestamptz not null
);
create index incident_report_incident_idx on incident_report (incident_id, received_at);
