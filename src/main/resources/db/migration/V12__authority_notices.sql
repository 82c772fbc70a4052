-- Notices an authority sends (issue 10 §3).

-- A rectification notice (整改通知; 2022 Measures art. 24, 2026 Data Measures art. 30): the problems
-- a health commission found at an institution it supervises and the day by which it is to answer
-- with a rectification report. Never changed once issued; its answers are RECTIFICATION_REPORT
-- submissions (rectification_answer).
create sequence rectification_notice_seq;
create table rectification_notice (
    id               uuid          primary key,
    reference        varchar(40)   not null unique,
    institution_uscc varchar(18)   not null references institution (uscc),
    authority_id     varchar(16)   not null,
    document_number  varchar(64),
    summary          varchar(2000) not null,
    problems         jsonb         not null,
    due_on           date          not null,
    issued_at        timestamptz   not null,
    issued_by        varchar(200)  not null
);
create index rectification_notice_institution_idx on rectification_notice (institution_uscc, issued_at);

-- Which notice each rectification report answers (the report itself is the submission's payload).
create table rectification_answer (
    submission_id    uuid        primary key references submission (id),
    notice_id        uuid        not null references rectification_notice (id),
    institution_uscc varchar(18) not null,
    received_at      timestamptz not null,
    withdrawn        boolean     not null default false
);
create index rectification_answer_notice_idx on rectification_answer (notice_id, received_at);

-- An important-data determination (2026 Data Measures art. 6 ¶1): a health commission at provincial
-- level or above confirms items of an institution's catalogue as important (or core) data. From
-- then the registry's data flags follow the determinations as well as the institution's own
-- latest catalogue. Owned by the registry.
create table important_data_determination (
    id               bigint        generated always as identity primary key,
    institution_uscc varchar(18)   not null references institution (uscc),
    authority_id     varchar(16)   not null,
    items            jsonb         not null,
    important        boolean       not null,
    core             boolean       not null,
    document_number  varchar(64),
    determined_on    date          not null,
    recorded_at      timestamptz   not null,
    recorded_by      varchar(200)  not null
);
create index important_data_determination_institution_idx on important_data_determination (institution_uscc, id);
