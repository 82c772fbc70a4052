-- Reference data an admin can replace without a rebuild; seeded from classpath resources at start.
create table division (
    code  varchar(6)   primary key,
    name  varchar(100) not null,
    level varchar(12)  not null check (level in ('PROVINCE', 'PREFECTURE', 'COUNTY'))
);

create table calendar_year (
    year             integer      primary key,
    holidays         jsonb        not null,
    make_up_workdays jsonb        not null,
    source           varchar(500) not null,
    loaded_at        timestamptz  not null,
    loaded_by        varchar(200) not null
);

-- Bumped whenever a reference table is replaced, so every replica notices and reloads.
create table reference_data_version (
    name    varchar(32) primary key,
    version bigint      not null
);
insert into reference_data_version (name, version) values ('division', 0), ('calendar', 0);

create table institution (
    uscc                                varchar(18)  primary key,
    name                                varchar(200) not null,
    division_code                       varchar(6)   not null,
    supervising_authority_id            varchar(16)  not null,
    critical_information_infrastructure boolean      not null,
    central_organ_affiliate             boolean      not null,
    processes_important_data            boolean      not null,
    processes_core_data                 boolean      not null,
    uscc_override_approved_by           varchar(200),
    uscc_override_reason                varchar(500),
    created_at                          timestamptz  not null,
    updated_at                          timestamptz  not null,
    version                             bigint       not null
);
create index institution_supervisor_idx on institution (supervising_authority_id);

create sequence submission_reference_seq;

-- Every accepted report of any type. payload is the request as accepted; evaluation is what the
-- rules concluded at receipt (deadlines with their dates, findings with their codes).
create table submission (
    id               uuid         primary key,
    reference        varchar(40)  not null unique,
    type             varchar(32)  not null,
    institution_uscc varchar(18)  not null references institution (uscc),
    received_at      timestamptz  not null,
    status           varchar(32)  not null,
    payload          jsonb        not null,
    evaluation       jsonb        not null,
    submitted_by     varchar(200) not null,
    idempotency_key  varchar(100),
    constraint submission_idempotency_uq unique (institution_uscc, idempotency_key)
);
create index submission_institution_idx on submission (institution_uscc, received_at, id);
create index submission_type_idx on submission (type, received_at, id);

-- The facts of an MLPS filing that later reports look up (the level on record of a network).
create table mlps_filing (
    submission_id       uuid        primary key references submission (id),
    institution_uscc    varchar(18) not null,
    network_id          varchar(64) not null,
    filing_type         varchar(16) not null,
    protection_level    smallint    not null check (protection_level between 1 and 5),
    level_determined_on date        not null
);
create index mlps_filing_network_idx on mlps_filing (institution_uscc, network_id);

-- One entry per recipient authority per submission: the authority's queue.
-- txid orders entries by the transaction that wrote them, so a cursor never skips an entry whose
-- transaction committed after a later-numbered one (see InboxRepository).
create table inbox_entry (
    id               bigint       generated always as identity primary key,
    authority_id     varchar(16)  not null,
    submission_id    uuid         not null references submission (id),
    reason           varchar(64)  not null,
    basis            varchar(300) not null,
    rule_id          varchar(64)  not null,
    txid             bigint       not null default (pg_current_xact_id()::text::bigint),
    created_at       timestamptz  not null,
    acknowledged_at  timestamptz,
    acknowledged_by  varchar(200),
    constraint inbox_entry_uq unique (authority_id, submission_id)
);
create index inbox_entry_queue_idx on inbox_entry (authority_id, txid, id);
create index inbox_entry_submission_idx on inbox_entry (submission_id);

-- Who did what, when. Never holds request bodies.
create table audit_event (
    id           bigint       generated always as identity primary key,
    occurred_at  timestamptz  not null,
    actor        varchar(200) not null,
    actor_role   varchar(32)  not null,
    actor_org    varchar(32),
    action       varchar(64)  not null,
    target_type  varchar(32),
    target_id    varchar(64),
    outcome      varchar(16)  not null
);
create index audit_event_target_idx on audit_event (target_type, target_id);
create index audit_event_time_idx on audit_event (occurred_at);
